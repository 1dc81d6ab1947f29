import { planUpskilling } from '../index';
import { AS_OF, byPerson, credential, definition, members, pairs, target, taxonomy } from './fixtures';

describe('planUpskilling — people already at the level are skipped', () => {
  const definitions = [definition('sql-course', [['sql', 3], ['python', 3]], 10)];

  it('never plans a skill for someone who already covers it; assigns the one who lacks it', () => {
    const plan = planUpskilling({
      members: members('ann', 'bob'), target: [target('sql', 3, 2)],
      credentialsByPerson: byPerson(credential('ann', [['sql', 4]])),
      definitions, taxonomy, asOf: AS_OF,
    });
    expect(pairs(plan)).toEqual(['bob:sql-course']);
    expect(plan.assignments[0].closes).toEqual(['sql']);
  });

  it('counts only the skills the person lacks: covered skills add no gain', () => {
    // ann covers sql, bob covers nothing: bob's assignment closes two gaps, ann's one — bob first.
    const plan = planUpskilling({
      members: members('ann', 'bob'), target: [target('sql', 3, 2), target('python', 3, 1)],
      credentialsByPerson: byPerson(credential('ann', [['sql', 3]])),
      definitions, taxonomy, asOf: AS_OF,
    });
    expect(plan.assignments.map((a) => [a.personId, a.closes])).toEqual([['bob', ['sql', 'python']]]);
    expect(plan.readinessAfter).toBe(1);
  });

  it('plans nothing when everyone is already at the level', () => {
    const plan = planUpskilling({
      members: members('ann'), target: [target('sql', 3, 1)],
      credentialsByPerson: byPerson(credential('ann', [['postgresql', 3]])), // narrower evidence counts
      definitions, taxonomy, asOf: AS_OF,
    });
    expect(plan.assignments).toEqual([]);
    expect(plan.readinessBefore).toBe(1);
    expect(plan.readinessAfter).toBe(1);
  });

  it('plans for someone whose credential expired, claimed or failed (not at the level)', () => {
    const plan = planUpskilling({
      members: members('ann'), target: [target('sql', 3, 1)],
      credentialsByPerson: byPerson(
        credential('ann', [['sql', 5]], { validUntil: new Date('2026-01-01T00:00:00Z') }),
        credential('ann', [['sql', 5]], { status: 'CLAIMED' }),
        credential('ann', [['sql', 5]], { status: 'FAILED' }),
      ),
      definitions, taxonomy, asOf: AS_OF,
    });
    expect(pairs(plan)).toEqual(['ann:sql-course']);
  });

  it('never re-assigns a definition the person already holds (VERIFIED, current) or has open', () => {
    const defs = [definition('sql-basic', [['sql', 2]], 5), definition('sql-pro', [['sql', 3]], 20)];
    const input = {
      members: members('ann', 'bob'), target: [target('sql', 3, 2)], definitions: defs, taxonomy, asOf: AS_OF,
    };
    // ann holds sql-pro, but the credential as received lists no alignment, so she does not cover sql;
    // bob has sql-pro open. sql-basic proves too low a level: nothing can be planned.
    const held = credential('ann', [], { definitionId: 'sql-pro' });
    const plan = planUpskilling({ ...input, credentialsByPerson: byPerson(held), existingAssignments: [{ personId: 'bob', definitionId: 'sql-pro' }] });
    expect(plan.assignments).toEqual([]);
    expect(plan.remainingGaps).toEqual([{ skillId: 'sql', gap: 1 }]);
    expect(plan.uncoverable).toEqual([]);
    // Once ann's credential has expired she no longer holds it: sql-pro may be planned again (renewal).
    const lapsed = credential('ann', [], { definitionId: 'sql-pro', validUntil: new Date('2026-02-01T00:00:00Z') });
    expect(pairs(planUpskilling({ ...input, credentialsByPerson: byPerson(lapsed), existingAssignments: [{ personId: 'bob', definitionId: 'sql-pro' }] })))
      .toEqual(['ann:sql-pro']);
  });
});
