import { matchPersonToJob } from '../index';
import { AS_OF, credential, requirement, taxonomy } from './fixtures';

// PRODUCT.md §4.1: evidence for a narrower skill counts for its broader ones, never the reverse.
describe('matchPersonToJob — narrower evidence counts for broader skills only', () => {
  it('PostgreSQL 4 proves SQL 4 and Data 4, with the inference path', () => {
    const c = credential('p1', [['postgresql', 4]]);
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 3), requirement('data', 4)],
      credentials: [c],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.requirements.map((r) => r.status)).toEqual(['MET', 'MET']);
    expect(result.requirements[0].evidence).toEqual([
      expect.objectContaining({ credentialId: c.id, alignedSkillId: 'postgresql', level: 4, inferredFrom: ['postgresql', 'sql'] }),
    ]);
    expect(result.requirements[1].evidence[0].inferredFrom).toEqual(['postgresql', 'sql', 'data']);
    expect(taxonomy.formatPath(result.requirements[0].evidence[0].inferredFrom ?? [])).toBe('PostgreSQL → SQL');
  });

  it('SQL 5 never proves PostgreSQL', () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('postgresql', 1, { mustHave: true })],
      credentials: [credential('p1', [['sql', 5]])],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.requirements[0]).toMatchObject({ status: 'MISSING', attainedLevel: 0, evidence: [] });
    expect(result.eligible).toBe(false);
  });

  it('takes the highest level across the skill and its narrower skills; direct evidence listed first on a tie', () => {
    const direct = credential('p1', [['sql', 3]]);
    const viaMysql = credential('p1', [['mysql', 3]]);
    const viaPostgres = credential('p1', [['postgresql', 4]]);
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 5)],
      credentials: [viaMysql, direct, viaPostgres],
      taxonomy,
      asOf: AS_OF,
    });
    const [sql] = result.requirements;
    expect(sql).toMatchObject({ status: 'PARTIAL', attainedLevel: 4, score: 0.8 });
    expect(sql.evidence.map((e) => e.credentialId)).toEqual([viaPostgres.id, direct.id, viaMysql.id]);
  });

  it('one credential aligned to several skills counts once per requirement and alignment', () => {
    const c = credential('p1', [['postgresql', 2], ['sql', 3]]);
    const result = matchPersonToJob({ personId: 'p1', requirements: [requirement('sql', 3)], credentials: [c], taxonomy, asOf: AS_OF });
    expect(result.requirements[0].attainedLevel).toBe(3);
    expect(result.requirements[0].evidence.map((e) => [e.alignedSkillId, e.level])).toEqual([
      ['sql', 3],
      ['postgresql', 2],
    ]);
  });
});
