import { assertDate, LearningError, LearningErrorCode } from './learning.exception';

/**
 * Status of a learning assignment (PRODUCT.md §2): ASSIGNED → IN_PROGRESS → COMPLETED | CANCELLED.
 * COMPLETED is normally set automatically when a VERIFIED credential of the definition arrives for the
 * person; CANCELLED is a manual decision. COMPLETED and CANCELLED are final.
 */
export type AssignmentStatus = 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';

/** Every status, in lifecycle order. */
export const ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = Object.freeze(['ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED']);

/** Statuses of an assignment still to be done (it can be overdue, it is completed by a credential). */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = Object.freeze(['ASSIGNED', 'IN_PROGRESS']);

const TRANSITIONS: Readonly<Record<AssignmentStatus, readonly AssignmentStatus[]>> = Object.freeze({
  ASSIGNED: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
});

/** The fields of an assignment the lifecycle reads. */
export interface AssignmentState {
  status: AssignmentStatus;
  /** Due instant (UTC). */
  dueDate: Date;
  completedAt?: Date | null;
  cancelledAt?: Date | null;
}

/** True for one of the four {@link AssignmentStatus} values. */
export function isAssignmentStatus(value: unknown): value is AssignmentStatus {
  return typeof value === 'string' && (ASSIGNMENT_STATUSES as readonly string[]).includes(value);
}

/** True when the assignment is still to be done (ASSIGNED or IN_PROGRESS). */
export function isOpenStatus(status: AssignmentStatus): boolean {
  return status === 'ASSIGNED' || status === 'IN_PROGRESS';
}

/** The statuses `from` may move to: ASSIGNED → IN_PROGRESS | COMPLETED | CANCELLED; IN_PROGRESS → COMPLETED | CANCELLED; none from COMPLETED or CANCELLED. */
export function allowedTransitions(from: AssignmentStatus): readonly AssignmentStatus[] {
  return TRANSITIONS[from] ?? [];
}

/** True when the lifecycle allows `from` → `to` (a status never "moves" to itself). */
export function canTransition(from: AssignmentStatus, to: AssignmentStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/**
 * Checks a status change.
 * @throws {LearningError} `LEARNING_INVALID_STATUS` for an unknown status, `LEARNING_INVALID_TRANSITION`
 *   (details `{ from, to, allowed }`) when the lifecycle does not allow it.
 */
export function assertTransition(from: AssignmentStatus, to: AssignmentStatus): void {
  for (const s of [from, to]) {
    if (!isAssignmentStatus(s)) {
      throw new LearningError(LearningErrorCode.INVALID_STATUS, `Unknown assignment status "${String(s)}" (expected one of ${ASSIGNMENT_STATUSES.join(', ')})`, { status: s });
    }
  }
  if (!canTransition(from, to)) {
    const allowed = allowedTransitions(from);
    throw new LearningError(
      LearningErrorCode.INVALID_TRANSITION,
      `An assignment cannot go from ${from} to ${to}` + (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ` (${from} is final)`),
      { from, to, allowed: [...allowed] },
    );
  }
}

/**
 * Applies a status change at instant `at`: returns a copy with the new status, and `completedAt` or
 * `cancelledAt` set to `at` when the assignment becomes COMPLETED or CANCELLED.
 * @throws {LearningError} as {@link assertTransition}; `LEARNING_INVALID_DATE` for an invalid `at`.
 */
export function transitionAssignment<T extends AssignmentState>(assignment: T, to: AssignmentStatus, at: Date): T {
  assertDate(at, 'at');
  assertTransition(assignment.status, to);
  return {
    ...assignment,
    status: to,
    ...(to === 'COMPLETED' ? { completedAt: at } : {}),
    ...(to === 'CANCELLED' ? { cancelledAt: at } : {}),
  };
}

/**
 * Overdue (PRODUCT.md §2: "derived from the due date"): the assignment is open (ASSIGNED or
 * IN_PROGRESS) and its due date has passed — `dueDate < asOf` (at the due instant itself it is not yet
 * overdue). Completed and cancelled assignments are never overdue.
 * @throws {LearningError} `LEARNING_INVALID_DATE` for an invalid `asOf` or due date.
 */
export function isOverdue(assignment: Pick<AssignmentState, 'status' | 'dueDate'>, asOf: Date): boolean {
  assertDate(asOf, 'asOf');
  assertDate(assignment.dueDate, 'dueDate');
  return isOpenStatus(assignment.status) && assignment.dueDate.getTime() < asOf.getTime();
}
