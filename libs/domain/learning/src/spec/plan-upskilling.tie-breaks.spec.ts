import { planUpskilling } from '../index';
import { AS_OF, definition, members, pairs, target, taxonomy } from './fixtures';

describe('planUpskilling — order: gain per hour, then fewer hours, lower cost, person id, definition id', () => {
  const plan = (team: string[], defs: ReturnType<typeof definition>[], goal = [target('sql', 3, 1)], capacity = 100) =>
    planUpskilling({ members: members(...team), target: goal, credentialsByPerson: new Map(), definitions: defs, taxonomy, asOf: AS_OF, capacityHoursPerPerson: capacity });

  it.each([
    {
      name: 'more gap per hour wins over more gap',
      defs: [definition('wide', [['sql', 3], ['python', 3]], 40), definition('narrow', [['sql', 3]], 10)],
      goal: [target('sql', 3, 1), target('python', 3, 1)],
      first: 'ann:narrow',
    },
    { name: 'equal rate: fewer hours first', defs: [definition('b', [['sql', 3], ['python', 3]], 20), definition('a', [['sql', 3]], 10)], goal: [target('sql', 3, 1), target('python', 3, 1)], first: 'ann:a' },
    { name: 'equal hours: lower cost first', defs: [definition('a', [['sql', 3]], 10, 500), definition('b', [['sql', 3]], 10, 50)], first: 'ann:b' },
    { name: 'unknown cost after a known one', defs: [definition('a', [['sql', 3]], 10, null), definition('b', [['sql', 3]], 10, 999)], first: 'ann:b' },
    { name: 'equal cost: definition id', defs: [definition('b', [['sql', 3]], 10, 5), definition('a', [['sql', 3]], 10, 5)], first: 'ann:a' },
    { name: 'a zero-hour definition first', defs: [definition('a', [['sql', 3]], 1, 0), definition('z', [['sql', 3]], 0, 0)], first: 'ann:z' },
  ])('$name', ({ defs, goal, first }) => {
    expect(pairs(plan(['ann'], defs, goal))[0]).toBe(first);
    expect(pairs(plan(['ann'], [...defs].reverse(), goal))[0]).toBe(first);
  });

  it('equal pairs: the lower person id, whatever the member order', () => {
    const defs = [definition('a', [['sql', 3]], 10)];
    expect(pairs(plan(['zed', 'amy', 'kim'], defs))).toEqual(['amy:a']);
    expect(pairs(plan(['kim', 'zed', 'amy'], defs))).toEqual(['amy:a']);
  });

  it('is deterministic: the same input gives the same plan', () => {
    const defs = [definition('a', [['sql', 3]], 10), definition('b', [['python', 3]], 10), definition('c', [['sql', 3], ['python', 3]], 20)];
    const goal = [target('sql', 3, 2), target('python', 3, 2)];
    const one = plan(['p1', 'p2', 'p3'], defs, goal, 20);
    expect(plan(['p3', 'p1', 'p2'], [...defs].reverse(), goal, 20).assignments).toEqual(one.assignments);
    expect(one.readinessAfter).toBe(1);
  });
});
