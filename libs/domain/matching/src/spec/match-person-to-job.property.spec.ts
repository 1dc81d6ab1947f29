import fc from 'fast-check';
import type { CredentialEvidence, VerificationStatus } from '@skillproof/domain-model';
import {
  attainedLevels,
  compareMatches,
  matchCandidates,
  matchPersonToJob,
  prepareJob,
  rankCandidates,
  scoreCandidate,
  type JobRequirement,
  type MatchResult,
} from '../index';
import { AS_OF, taxonomy } from './fixtures';

const SKILL_IDS = ['data', 'sql', 'postgresql', 'mysql', 'python', 'pandas', 'it', 'devops', 'kubernetes', 'K8s', 'Postgres', 'rust'];
const DAY = 86_400_000;

const requirementArb: fc.Arbitrary<JobRequirement> = fc.record({
  skillId: fc.constantFrom(...SKILL_IDS),
  minLevel: fc.integer({ min: 0, max: 5 }),
  weight: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.01, max: 100, noNaN: true })),
  mustHave: fc.boolean(),
  requireTrustedIssuer: fc.boolean(),
});

const dateArb = fc.option(fc.integer({ min: -800, max: 800 }).map((d) => new Date(AS_OF.getTime() + d * DAY)), { nil: null });

const credentialArb = (personId: string): fc.Arbitrary<CredentialEvidence> =>
  fc.record({
    id: fc.uuid(),
    personId: fc.constant(personId),
    name: fc.constant('credential'),
    issuerTrusted: fc.boolean(),
    issuedOn: dateArb,
    validFrom: dateArb,
    validUntil: dateArb,
    status: fc.constantFrom<VerificationStatus>('VERIFIED', 'VERIFIED', 'FAILED', 'INDETERMINATE', 'CLAIMED'),
    alignments: fc.array(fc.record({ skillId: fc.constantFrom(...SKILL_IDS), level: fc.integer({ min: 0, max: 5 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
  });

const verifiedCurrentArb = (personId: string): fc.Arbitrary<CredentialEvidence> =>
  credentialArb(personId).map((c) => ({ ...c, status: 'VERIFIED' as const, issuedOn: null, validFrom: null, validUntil: null }));

const RUNS = { numRuns: 300 };

describe('matchPersonToJob — properties', () => {
  it('fit is always within 0..100, scores within 0..1, and eligibility agrees with the statuses', () => {
    fc.assert(
      fc.property(fc.array(requirementArb, { maxLength: 8 }), fc.array(credentialArb('p'), { maxLength: 10 }), (requirements, credentials) => {
        const result = matchPersonToJob({ personId: 'p', requirements, credentials, taxonomy, asOf: AS_OF });
        expect(result.fit).toBeGreaterThanOrEqual(0);
        expect(result.fit).toBeLessThanOrEqual(100);
        for (const r of result.requirements) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
        }
        expect(result.eligible).toBe(result.requirements.every((r) => !r.mustHave || r.status === 'MET'));
        expect(result.metCount).toBe(result.requirements.filter((r) => r.status === 'MET').length);
      }),
      RUNS,
    );
  });

  it('adding a VERIFIED, current credential never lowers fit (nor the MET count, nor eligibility)', () => {
    fc.assert(
      fc.property(
        fc.array(requirementArb, { maxLength: 8 }),
        fc.array(credentialArb('p'), { maxLength: 8 }),
        verifiedCurrentArb('p'),
        (requirements, credentials, extra) => {
          const job = prepareJob(requirements, taxonomy);
          const before = matchPersonToJob({ job, personId: 'p', credentials, asOf: AS_OF });
          const after = matchPersonToJob({ job, personId: 'p', credentials: [...credentials, extra], asOf: AS_OF });
          expect(after.fit).toBeGreaterThanOrEqual(before.fit);
          expect(after.metCount).toBeGreaterThanOrEqual(before.metCount);
          if (before.eligible) expect(after.eligible).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('credential order never changes the result', () => {
    fc.assert(
      fc.property(
        fc.array(requirementArb, { maxLength: 8 }),
        fc.array(credentialArb('p'), { maxLength: 10 }).chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        (requirements, [credentials, shuffled]) => {
          const a = matchPersonToJob({ personId: 'p', requirements, credentials, taxonomy, asOf: AS_OF });
          const b = matchPersonToJob({ personId: 'p', requirements, credentials: shuffled, taxonomy, asOf: AS_OF });
          expect(b).toEqual(a);
        },
      ),
      RUNS,
    );
  });

  it('the prepared fast path equals the unprepared path, and agrees with attainedLevels', () => {
    fc.assert(
      fc.property(fc.array(requirementArb, { maxLength: 8 }), fc.array(credentialArb('p'), { maxLength: 10 }), (requirements, credentials) => {
        const job = prepareJob(requirements, taxonomy);
        const fast = matchPersonToJob({ job, personId: 'p', credentials, asOf: AS_OF });
        const slow = matchPersonToJob({ personId: 'p', requirements, credentials, taxonomy, asOf: AS_OF });
        expect(fast).toEqual(slow);
        const attained = attainedLevels(credentials, taxonomy, AS_OF);
        for (const r of fast.requirements) {
          if (r.requireTrustedIssuer) continue;
          expect(r.attainedLevel).toBe(attained.skills.get(r.skillId)?.level ?? 0);
          expect(r.evidence.length).toBe(attained.skills.get(r.skillId)?.evidence.length ?? 0);
        }
        expect(fast.claimed).toEqual(attained.claimed);
      }),
      RUNS,
    );
  });
});

describe('rankCandidates — properties', () => {
  const matchArb: fc.Arbitrary<Pick<MatchResult, 'personId' | 'eligible' | 'fit' | 'metCount'>[]> = fc.uniqueArray(
    fc.record({
      personId: fc.string({ minLength: 1, maxLength: 4 }),
      eligible: fc.boolean(),
      fit: fc.constantFrom(0, 25, 50, 62.5, 100),
      metCount: fc.integer({ min: 0, max: 3 }),
    }),
    { selector: (m) => m.personId, maxLength: 40 },
  );

  it('is a deterministic total order: any permutation of the input gives the same ranking', () => {
    fc.assert(
      fc.property(
        matchArb.chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }))),
        ([matches, shuffled]) => {
          const ranked = rankCandidates(matches);
          expect(rankCandidates(shuffled)).toEqual(ranked);
          for (let i = 0; i + 1 < ranked.length; i++) expect(compareMatches(ranked[i], ranked[i + 1])).toBeLessThan(0);
          for (const a of matches) {
            expect(compareMatches(a, a)).toBe(0);
            for (const b of matches) if (a !== b) expect(Math.sign(compareMatches(a, b))).toBe(-Math.sign(compareMatches(b, a)));
          }
        },
      ),
      RUNS,
    );
  });
});

describe('scoreCandidate / matchCandidates — agree with the full match', () => {
  it('scoreCandidate returns exactly the ranking fields of matchPersonToJob', () => {
    fc.assert(
      fc.property(fc.array(requirementArb, { maxLength: 8 }), fc.array(credentialArb('p'), { maxLength: 10 }), (requirements, credentials) => {
        const job = prepareJob(requirements, taxonomy);
        const full = matchPersonToJob({ job, personId: 'p', credentials, asOf: AS_OF });
        expect(scoreCandidate(job, 'p', credentials, AS_OF)).toEqual({
          personId: 'p',
          fit: full.fit,
          eligible: full.eligible,
          metCount: full.metCount,
          mustHaveUnmetCount: full.mustHaveUnmetCount,
        });
      }),
      RUNS,
    );
  });

  it('matchCandidates(limit) equals ranking every full match and taking the page', () => {
    fc.assert(
      fc.property(
        fc.array(requirementArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(credentialArb('x'), { maxLength: 4 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 15 }),
        (requirements, pools, limit) => {
          const job = prepareJob(requirements, taxonomy);
          const candidates = pools.map((credentials, i) => ({
            personId: `p${i}`,
            credentials: credentials.map((c) => ({ ...c, personId: `p${i}` })),
          }));
          const all = candidates.map((c) => matchPersonToJob({ job, personId: c.personId, credentials: c.credentials, asOf: AS_OF }));
          expect(matchCandidates({ job, candidates, asOf: AS_OF, limit })).toEqual(rankCandidates(all).slice(0, limit));
        },
      ),
      { numRuns: 200 },
    );
  });
});
