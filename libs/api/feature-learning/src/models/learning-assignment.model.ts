import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@skillproof/api-core';

export enum AssignmentStatus { ASSIGNED = 'ASSIGNED', IN_PROGRESS = 'IN_PROGRESS', COMPLETED = 'COMPLETED', CANCELLED = 'CANCELLED' }
registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: 'ASSIGNED → IN_PROGRESS → COMPLETED (automatic when a VERIFIED credential of the definition arrives for the person) | CANCELLED. COMPLETED and CANCELLED are final.',
});

@ObjectType('LearningAssignment', { description: 'L&D asks an employee to earn a credential definition by a due date (PRODUCT.md §2).' })
export class LearningAssignmentModel {
  @Field(() => ID) id!: string;
  @Field(() => AssignmentStatus) status!: AssignmentStatus;
  @Field(() => GraphQLISODateTime, { description: 'Due instant (UTC).' }) dueDate!: Date;
  @Field({ description: 'Open (ASSIGNED or IN_PROGRESS) and the due date has passed (derived at query time).' }) overdue!: boolean;
  @Field(() => GraphQLISODateTime, { description: 'When it was assigned (UTC).' }) assignedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was completed (UTC); null unless COMPLETED.' }) completedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was cancelled (UTC); null unless CANCELLED.' }) cancelledAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The VERIFIED credential that completed it.' }) completedByCredentialId!: string | null;
  @Field(() => String, { nullable: true, description: 'Free-text note of the last manual status change.' }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'Id of the signed-in user who assigned it (null when assigned without sign-in).' }) createdBy!: string | null;
  personId!: string;
  definitionId!: string;
}

@ObjectType('LearningAssignmentConnection')
export class LearningAssignmentConnection extends Connection(LearningAssignmentModel, 'LearningAssignment') {}

@ObjectType('AssignCredentialPayload')
export class AssignCredentialPayload {
  @Field(() => [LearningAssignmentModel], { description: 'One assignment per person, in input order (an existing open one is returned as is).' }) assignments!: LearningAssignmentModel[];
}

@ObjectType('AcceptUpskillingPlanPayload')
export class AcceptUpskillingPlanPayload {
  @Field(() => [LearningAssignmentModel], { description: 'The assignments created, in plan order (empty when the plan had none).' }) assignments!: LearningAssignmentModel[];
}
