import {
  ASSIGNMENT_STATUSES, allowedTransitions, assertTransition, canTransition, isOverdue, LearningError, LearningErrorCode,
  transitionAssignment, type AssignmentStatus,
} from '../index';

const AT = new Date('2026-03-01T12:00:00Z');

describe('assignment lifecycle — ASSIGNED → IN_PROGRESS → COMPLETED | CANCELLED', () => {
  const allowed: [AssignmentStatus, AssignmentStatus][] = [
    ['ASSIGNED', 'IN_PROGRESS'], ['ASSIGNED', 'COMPLETED'], ['ASSIGNED', 'CANCELLED'],
    ['IN_PROGRESS', 'COMPLETED'], ['IN_PROGRESS', 'CANCELLED'],
  ];

  it.each(ASSIGNMENT_STATUSES.flatMap((from) => ASSIGNMENT_STATUSES.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const ok = allowed.some(([f, t]) => f === from && t === to);
    expect(canTransition(from, to)).toBe(ok);
    if (ok) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      expect(() => assertTransition(from, to)).toThrow(expect.objectContaining({ code: LearningErrorCode.INVALID_TRANSITION, details: expect.objectContaining({ from, to }) }));
    }
  });

  it('COMPLETED and CANCELLED are final', () => {
    expect(allowedTransitions('COMPLETED')).toEqual([]);
    expect(allowedTransitions('CANCELLED')).toEqual([]);
    expect(() => assertTransition('COMPLETED', 'CANCELLED')).toThrow(/COMPLETED is final/);
  });

  it('an unknown status is a typed error', () => {
    expect(() => assertTransition('ASSIGNED', 'DONE' as AssignmentStatus)).toThrow(expect.objectContaining({ code: LearningErrorCode.INVALID_STATUS }));
  });

  it('transitionAssignment stamps completedAt / cancelledAt and never mutates', () => {
    const a = { status: 'ASSIGNED' as AssignmentStatus, dueDate: AT };
    expect(transitionAssignment(a, 'IN_PROGRESS', AT)).toEqual({ status: 'IN_PROGRESS', dueDate: AT });
    expect(transitionAssignment(a, 'COMPLETED', AT)).toEqual({ status: 'COMPLETED', dueDate: AT, completedAt: AT });
    expect(transitionAssignment(a, 'CANCELLED', AT)).toEqual({ status: 'CANCELLED', dueDate: AT, cancelledAt: AT });
    expect(a.status).toBe('ASSIGNED');
    expect(() => transitionAssignment({ status: 'CANCELLED' as AssignmentStatus, dueDate: AT }, 'IN_PROGRESS', AT)).toThrow(LearningError);
  });
});

describe('isOverdue — open and the due date has passed', () => {
  const due = new Date('2026-03-01T00:00:00Z');
  it.each([
    ['ASSIGNED', '2026-03-01T00:00:00.001Z', true],
    ['IN_PROGRESS', '2026-04-01T00:00:00Z', true],
    ['ASSIGNED', '2026-03-01T00:00:00Z', false], // at the due instant: not yet
    ['ASSIGNED', '2026-02-28T23:59:59Z', false],
    ['COMPLETED', '2027-01-01T00:00:00Z', false],
    ['CANCELLED', '2027-01-01T00:00:00Z', false],
  ] as const)('%s at %s → %s', (status, asOf, expected) => {
    expect(isOverdue({ status, dueDate: due }, new Date(asOf))).toBe(expected);
  });

  it('an invalid date is a typed error', () => {
    expect(() => isOverdue({ status: 'ASSIGNED', dueDate: due }, new Date('x'))).toThrow(expect.objectContaining({ code: LearningErrorCode.INVALID_DATE }));
  });
});
