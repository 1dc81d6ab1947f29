import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { AssignmentStatus } from './learning-assignment.model';

@InputType('AssignCredentialInput')
export class AssignCredentialInput {
  @Field(() => [ID], { description: 'Employees of the organisation (1..500, duplicates count once).' }) personIds!: string[];
  @Field(() => ID, { description: 'A credential definition of the organisation.' }) definitionId!: string;
  @Field(() => GraphQLISODateTime, { description: 'Due instant (UTC), in the future.' }) dueDate!: Date;
}

@InputType('AcceptUpskillingPlanInput')
export class AcceptUpskillingPlanInput {
  @Field(() => ID) teamId!: string;
  @Field(() => Int, { nullable: true, description: 'Hours per employee per quarter (default 40), 0..2000.' }) capacityHoursPerPerson?: number | null;
  @Field(() => GraphQLISODateTime, { description: 'Due instant (UTC) of every created assignment, in the future.' }) dueDate!: Date;
}

@InputType('UpdateAssignmentStatusInput')
export class UpdateAssignmentStatusInput {
  @Field(() => ID) id!: string;
  @Field(() => AssignmentStatus, { description: 'IN_PROGRESS or CANCELLED (COMPLETED is set automatically by a VERIFIED credential).' }) status!: AssignmentStatus;
  @Field(() => String, { nullable: true, description: 'Why (kept on the assignment; at most 2000 characters).' }) note?: string | null;
}
