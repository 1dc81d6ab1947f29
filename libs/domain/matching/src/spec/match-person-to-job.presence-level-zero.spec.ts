import { matchPersonToJob } from '../index';
import { AS_OF, credential, requirement, taxonomy } from './fixtures';

// PRODUCT.md §2: a required level of 0 means "presence required": any verified evidence meets it.
describe('matchPersonToJob — presence requirements (minLevel 0)', () => {
  const job = [requirement('kubernetes', 0, { mustHave: true })];

  it.each([
    { name: 'verified evidence at level 3', credentials: [credential('p1', [['kubernetes', 3]])], status: 'MET', fit: 100 },
    { name: 'verified presence-only evidence (level 0)', credentials: [credential('p1', [['kubernetes', 0]])], status: 'MET', fit: 100 },
    { name: 'no evidence', credentials: [], status: 'MISSING', fit: 0 },
    { name: 'only a claim', credentials: [credential('p1', [['kubernetes', 3]], { status: 'CLAIMED' })], status: 'MISSING', fit: 0 },
    { name: 'only an expired credential', credentials: [credential('p1', [['kubernetes', 3]], { validUntil: new Date('2020-01-01T00:00:00Z') })], status: 'MISSING', fit: 0 },
  ])('$name → $status', ({ credentials, status, fit }) => {
    const result = matchPersonToJob({ personId: 'p1', requirements: job, credentials, taxonomy, asOf: AS_OF });
    expect(result.requirements[0].status).toBe(status);
    expect(result.fit).toBe(fit);
    expect(result.eligible).toBe(status === 'MET');
  });

  it('presence-only evidence does not meet a level-1 requirement', () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('kubernetes', 1)],
      credentials: [credential('p1', [['kubernetes', 0]])],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.requirements[0]).toMatchObject({ status: 'MISSING', attainedLevel: 0 });
    expect(result.requirements[0].evidence).toHaveLength(1);
  });
});
