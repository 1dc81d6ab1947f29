import { teamReadiness, teamSkillGaps } from '../index';
import { AS_OF, byPerson, credential, members, target, taxonomy } from './fixtures';

// PRODUCT.md §5: readiness = Σ min(coverage, needed) / Σ needed.
describe('teamReadiness', () => {
  it.each([
    { name: 'half the seats filled', gaps: [{ covered: 1, needed: 2 }, { covered: 1, needed: 2 }], readiness: 0.5 },
    { name: 'over-coverage of one skill does not compensate another', gaps: [{ covered: 5, needed: 1 }, { covered: 0, needed: 1 }], readiness: 0.5 },
    { name: 'fully covered', gaps: [{ covered: 3, needed: 3 }], readiness: 1 },
    { name: 'nothing covered', gaps: [{ covered: 0, needed: 4 }], readiness: 0 },
    { name: 'weighted by needed', gaps: [{ covered: 1, needed: 3 }, { covered: 1, needed: 1 }], readiness: 0.5 },
    { name: 'no target (Σ needed = 0) → 1', gaps: [], readiness: 1 },
    { name: 'targets needing nobody → 1', gaps: [{ covered: 0, needed: 0 }], readiness: 1 },
  ])('$name → $readiness', ({ gaps, readiness }) => {
    expect(teamReadiness(gaps)).toBe(readiness);
  });

  it('from teamSkillGaps: SQL 3 needed 2 (2 holders), Python 3 needed 2 (0 holders) → 0.5', () => {
    const gaps = teamSkillGaps({
      members: members('ana', 'ben', 'eve'),
      target: [target('sql', 3, 2), target('python', 3, 2)],
      credentialsByPerson: byPerson(credential('ana', [['sql', 3]]), credential('ben', [['sql', 4]]), credential('eve', [['sql', 5]])),
      taxonomy,
      asOf: AS_OF,
    });
    expect(gaps.map((g) => g.gap)).toEqual([0, 2]);
    expect(teamReadiness(gaps)).toBe(0.5);
  });
});
