import { matchPersonToJob } from '../index';
import { AS_OF, credential, day, requirement, taxonomy } from './fixtures';

// A credential counts only when current at asOf: validFrom (or issuedOn) ≤ asOf < validUntil.
describe('matchPersonToJob — expired and not-yet-valid credentials do not count', () => {
  const job = [requirement('sql', 3, { mustHave: true })];

  it.each([
    { name: 'expired the day before', overrides: { validUntil: day('2025-05-31') }, status: 'MISSING', reason: 'EXPIRED' },
    { name: 'expires exactly at asOf (end is exclusive)', overrides: { validUntil: AS_OF }, status: 'MISSING', reason: 'EXPIRED' },
    { name: 'expires one millisecond after asOf', overrides: { validUntil: new Date(AS_OF.getTime() + 1) }, status: 'MET', reason: null },
    { name: 'valid from tomorrow', overrides: { validFrom: day('2025-06-02') }, status: 'MISSING', reason: 'NOT_YET_VALID' },
    { name: 'issued tomorrow, no validFrom', overrides: { issuedOn: day('2025-06-02') }, status: 'MISSING', reason: 'NOT_YET_VALID' },
    { name: 'valid from exactly asOf (start is inclusive)', overrides: { validFrom: AS_OF }, status: 'MET', reason: null },
    { name: 'no dates at all (missing start treated as valid)', overrides: { issuedOn: null, validFrom: null }, status: 'MET', reason: null },
    { name: 'invalid expiry date (fails safe)', overrides: { validUntil: new Date('nonsense') }, status: 'MISSING', reason: 'EXPIRED' },
  ])('$name → $status', ({ overrides, status, reason }) => {
    const c = credential('p1', [['sql', 4]], overrides);
    const [match] = matchPersonToJob({ personId: 'p1', requirements: job, credentials: [c], taxonomy, asOf: AS_OF }).requirements;
    expect(match.status).toBe(status);
    if (reason) {
      expect(match.evidence).toEqual([]);
      expect(match.excluded).toEqual([expect.objectContaining({ credentialId: c.id, reason })]);
    } else {
      expect(match.evidence.map((e) => e.credentialId)).toEqual([c.id]);
    }
  });

  it('evaluates expiry at a chosen as-of date (e.g. the job start date)', () => {
    const c = credential('p1', [['sql', 4]], { validUntil: day('2025-09-01') });
    const today = matchPersonToJob({ personId: 'p1', requirements: job, credentials: [c], taxonomy, asOf: AS_OF });
    const startDate = matchPersonToJob({ personId: 'p1', requirements: job, credentials: [c], taxonomy, asOf: day('2025-10-01') });
    expect(today.eligible).toBe(true);
    expect(startDate.eligible).toBe(false);
    expect(startDate.fit).toBe(0);
  });

  it('an expired higher level falls back to the current lower one (PARTIAL)', () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: job,
      credentials: [credential('p1', [['sql', 5]], { validUntil: day('2025-01-01') }), credential('p1', [['sql', 2]])],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.requirements[0]).toMatchObject({ status: 'PARTIAL', attainedLevel: 2 });
    expect(result.fit).toBeCloseTo(200 / 3, 10);
  });
});
