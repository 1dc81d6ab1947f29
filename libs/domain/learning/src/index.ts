/**
 * @skillproof/domain-learning — upskilling (PRODUCT.md §5, L&D): the upskilling plan (greedy
 * weighted cover of a team's gaps by credential definitions, per hour, within each person's capacity)
 * and the learning-assignment lifecycle (ASSIGNED → IN_PROGRESS → COMPLETED | CANCELLED, overdue).
 * Pure TypeScript: plain data and an explicit `asOf` in, plain data out.
 */
export { planUpskilling, simulateEarned, DEFAULT_CAPACITY_HOURS_PER_PERSON } from './lib/plan-upskilling';
export {
  ASSIGNMENT_STATUSES,
  OPEN_ASSIGNMENT_STATUSES,
  isAssignmentStatus,
  isOpenStatus,
  allowedTransitions,
  canTransition,
  assertTransition,
  transitionAssignment,
  isOverdue,
} from './lib/assignment-lifecycle';
export type { AssignmentStatus, AssignmentState } from './lib/assignment-lifecycle';
export { LearningError, LearningErrorCode } from './lib/learning.exception';
export type { PlanUpskillingInput, PlannedAssignment, UpskillingPlan, RemainingGap, ExistingAssignment } from './lib/learning.types';
