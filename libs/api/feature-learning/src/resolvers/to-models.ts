import type { LearningAssignmentEntity } from '@skillproof/api-data-access';
import { toSkillModel, type SkillModel } from '@skillproof/api-feature-catalog';
import type { Skill } from '@skillproof/domain-model';
import { isOverdue } from '@skillproof/domain-learning';
import { AssignmentStatus, type LearningAssignmentModel } from '../models/learning-assignment.model';

/** Maps an assignment row to its GraphQL model; `overdue` is judged at `now`. */
export function toAssignmentModel(a: LearningAssignmentEntity, now: Date): LearningAssignmentModel {
  return {
    id: a.id, status: a.status as AssignmentStatus, dueDate: a.dueDate, overdue: isOverdue(a, now), assignedAt: a.assignedAt,
    completedAt: a.completedAt, cancelledAt: a.cancelledAt, completedByCredentialId: a.completedByCredentialId, note: a.note,
    createdBy: a.createdBy, personId: a.personId, definitionId: a.definitionId,
  };
}

/** The skill model of an id (a bare one when the taxonomy does not know it). */
export function skillModelOf(skills: ReadonlyMap<string, Skill>, id: string): SkillModel {
  const s = skills.get(id);
  return s ? toSkillModel(s) : { id, name: id, aliases: [], description: null, category: null, sourceId: null, broaderIds: [] };
}
