import type { CredentialEvidence } from '@skillproof/domain-model';
import { teamReadiness, teamSkillGaps } from '@skillproof/domain-gap-analytics';
import { planUpskilling } from '../index';
import { AS_OF, byPerson, credential, definition, members, target, taxonomy } from './fixtures';

describe("planUpskilling — readinessAfter is teamReadiness of the team once the plan is earned", () => {
  const team = members('ann', 'bob', 'cat');
  const goal = [target('sql', 3, 2), target('data', 2, 3), target('kubernetes', 3, 1), target('nursing', 1, 1)];
  const credentialsByPerson = byPerson(credential('ann', [['sql', 3]]), credential('bob', [['python', 2]]));
  const definitions = [
    definition('pg', [['postgresql', 3]], 12, 200), // proves sql (3) and data (3) via broader skills
    definition('k8s', [['kubernetes', 4]], 30, 300),
    definition('py', [['python', 2]], 8, 0),
  ];

  it('matches a simulation built independently: one VERIFIED credential per planned assignment', () => {
    const plan = planUpskilling({ members: team, target: goal, credentialsByPerson, definitions, taxonomy, asOf: AS_OF });
    const earned: CredentialEvidence[] = plan.assignments.map((a, i) => credential(a.personId,
      definitions.find((d) => d.id === a.definitionId)!.alignments.map((al) => [al.skillId, al.level] as [string, number]),
      { id: `earned-${i}`, issuedOn: AS_OF }));
    const all = byPerson(...[...credentialsByPerson.values()].flat(), ...earned);
    const before = teamReadiness(teamSkillGaps({ members: team, target: goal, credentialsByPerson, taxonomy, asOf: AS_OF }));
    const after = teamReadiness(teamSkillGaps({ members: team, target: goal, credentialsByPerson: all, taxonomy, asOf: AS_OF }));

    expect(plan.readinessBefore).toBe(before);
    expect(plan.readinessAfter).toBe(after);
    // Σ needed = 7; before: sql 1, data 2 (ann via sql, bob via python), k8s 0, nursing 0 → 3/7.
    expect(before).toBeCloseTo(3 / 7, 12);
    // gap units closed = readiness gained × Σ needed
    const closed = plan.assignments.reduce((n, a) => n + a.gain, 0);
    expect(closed).toBe(Math.round((after - before) * 7));
    expect(plan.assignments.map((a) => a.closes.length)).toEqual(plan.assignments.map((a) => a.gain));
    expect(plan.uncoverable).toEqual(['nursing']);
    // cat takes pg (2 gaps in 12 h beats bob's 1 and py's 1 in 8 h), then ann (first id) takes k8s.
    expect(plan.assignments.map((a) => `${a.personId}:${a.definitionId}`)).toEqual(['cat:pg', 'ann:k8s']);
    expect(after).toBeCloseTo(6 / 7, 12);
  });
});
