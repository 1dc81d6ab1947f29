import { matchPersonToJob } from '../index';
import { AS_OF, credential, requirement, taxonomy } from './fixtures';

// PRODUCT.md §3, §4.5: claimed (manual / self-reported) skills are shown apart and never scored.
describe('matchPersonToJob — claimed skills are reported apart, never scored', () => {
  it('a claimed SQL 5 does not meet SQL 3 and is listed in claimed', () => {
    const claim = credential('p1', [['Structured Query Language', 5]], { status: 'CLAIMED', name: 'Self-reported SQL' });
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 3, { mustHave: true })],
      credentials: [claim],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.fit).toBe(0);
    expect(result.eligible).toBe(false);
    expect(result.requirements[0]).toMatchObject({ status: 'MISSING', evidence: [], excluded: [] });
    expect(result.claimed).toEqual([
      expect.objectContaining({ skillId: 'sql', level: 5, credentialId: claim.id, credentialName: 'Self-reported SQL' }),
    ]);
  });

  it('a claim next to a verified lower level leaves the score on the verified level', () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('python', 4)],
      credentials: [credential('p1', [['python', 5]], { status: 'CLAIMED' }), credential('p1', [['python', 2]])],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.requirements[0]).toMatchObject({ status: 'PARTIAL', attainedLevel: 2, score: 0.5 });
    expect(result.fit).toBe(50);
    expect(result.claimed.map((c) => [c.skillId, c.level])).toEqual([['python', 5]]);
  });

  it('claims of skills outside the job are still shown (sorted by skill id)', () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 1)],
      credentials: [credential('p1', [['kubernetes', 2], ['K8s', 3]], { status: 'CLAIMED' })],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.claimed.map((c) => [c.skillId, c.level])).toEqual([
      ['kubernetes', 3],
      ['kubernetes', 2],
    ]);
  });
});
