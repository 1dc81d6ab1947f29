import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@skillproof/api-core';
import { SkillModel } from '@skillproof/api-feature-catalog';

export enum JobStatus { DRAFT = 'DRAFT', OPEN = 'OPEN', CLOSED = 'CLOSED' }
registerEnumType(JobStatus, { name: 'JobStatus' });

@ObjectType('Requirement', { description: 'A skill requirement of a job.' })
export class RequirementModel {
  @Field(() => SkillModel) skill!: SkillModel;
  @Field(() => Int, { description: "Minimum level on the organisation's scale (1..5 by default); 0 = presence required." }) minLevel!: number;
  @Field(() => Float, { description: 'Relative weight (> 0) in the fit.' }) weight!: number;
  @Field({ description: 'Must-have: a person is eligible only when every must-have is MET.' }) mustHave!: boolean;
}

@ObjectType('Job', { description: 'A requisition with its skill requirements.' })
export class JobModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'O*NET-SOC or ESCO occupation code.' }) occupationCode!: string | null;
  @Field(() => JobStatus) status!: JobStatus;
  teamId!: string | null;
}

@ObjectType('JobConnection')
export class JobConnection extends Connection(JobModel, 'Job') {}
