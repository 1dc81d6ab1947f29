import { teamSkillGaps } from '../index';
import { AS_OF, byPerson, credential, members, target, taxonomy } from './fixtures';

// PRODUCT.md §5: coverage = members at or above the level; gap = max(0, needed − coverage).
describe('teamSkillGaps — coverage and gap formula', () => {
  const credentialsByPerson = byPerson(
    credential('ana', [['sql', 4], ['python', 2]]),
    credential('ben', [['postgresql', 3]]), // counts for SQL 3 via PostgreSQL → SQL
    credential('eve', [['sql', 5]]),
    credential('dan', [['python', 5]], { status: 'CLAIMED' }), // never covers
  );
  const team = members('ana', 'ben', 'eve', 'dan');

  it.each([
    // skill, minLevel, needed → covered, gap, holders
    ['sql', 3, 2, 3, 0, ['ana', 'ben', 'eve']], // over-coverage: gap 0, never −1
    ['sql', 4, 3, 2, 1, ['ana', 'eve']],
    ['sql', 5, 2, 1, 1, ['eve']],
    ['python', 3, 2, 0, 2, []], // ana's 2 is below; dan's 5 is only claimed
    ['python', 2, 1, 1, 0, ['ana']],
    ['data', 3, 1, 3, 0, ['ana', 'ben', 'eve']], // narrower evidence counts for broader skills
    ['postgresql', 1, 1, 1, 0, ['ben']], // never the reverse: SQL 5 does not prove PostgreSQL
    ['kubernetes', 0, 1, 0, 1, []],
  ])('%s ≥ %p needed %p → covered %p, gap %p', (skillId, minLevel, needed, covered, gap, holders) => {
    const [row] = teamSkillGaps({ members: team, target: [target(skillId, minLevel, needed)], credentialsByPerson, taxonomy, asOf: AS_OF });
    expect(row).toMatchObject({ skillId, minLevel, needed, covered, gap, holders });
    expect(row.gap).toBeGreaterThanOrEqual(0);
  });

  it('keeps target order and resolves aliases to canonical ids', () => {
    const rows = teamSkillGaps({
      members: team,
      target: [target('Postgres', 1, 1), target('sql', 1, 1)],
      credentialsByPerson,
      taxonomy,
      asOf: AS_OF,
    });
    expect(rows.map((r) => r.skillId)).toEqual(['postgresql', 'sql']);
  });

  it('a member listed twice counts once', () => {
    const [row] = teamSkillGaps({ members: members('eve', 'eve'), target: [target('sql', 5, 2)], credentialsByPerson, taxonomy, asOf: AS_OF });
    expect(row).toMatchObject({ covered: 1, gap: 1, holders: ['eve'] });
  });

  it('failed, indeterminate, expired and other people’s credentials never cover', () => {
    const rows = teamSkillGaps({
      members: members('x'),
      target: [target('sql', 1, 1)],
      credentialsByPerson: new Map([
        [
          'x',
          [
            credential('x', [['sql', 5]], { status: 'FAILED' }),
            credential('x', [['sql', 5]], { status: 'INDETERMINATE' }),
            credential('x', [['sql', 5]], { validUntil: new Date('2025-01-01T00:00:00Z') }),
            credential('someone-else', [['sql', 5]]),
          ],
        ],
      ]),
      taxonomy,
      asOf: AS_OF,
    });
    expect(rows[0]).toMatchObject({ covered: 0, uncovered: true });
  });

  it('rejects an invalid target or asOf with a typed error', () => {
    const base = { members: members('ana'), credentialsByPerson, taxonomy, asOf: AS_OF };
    expect(() => teamSkillGaps({ ...base, target: [target('sql', 1, -1)] })).toThrow(expect.objectContaining({ code: 'GAP_INVALID_TARGET' }));
    expect(() => teamSkillGaps({ ...base, target: [target('sql', 1, 1.5)] })).toThrow(expect.objectContaining({ code: 'GAP_INVALID_TARGET' }));
    expect(() => teamSkillGaps({ ...base, target: [target('sql', -1, 1)] })).toThrow(expect.objectContaining({ code: 'GAP_INVALID_TARGET' }));
    expect(() => teamSkillGaps({ ...base, target: [], asOf: new Date(Number.NaN) })).toThrow(expect.objectContaining({ code: 'GAP_INVALID_AS_OF' }));
  });
});
