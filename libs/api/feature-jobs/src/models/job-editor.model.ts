import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { JobModel, JobStatus } from './job.model';

@InputType('RequirementInput', { description: 'One requirement as entered in the job editor.' })
export class RequirementInput {
  @Field({ description: 'Skill id, preferred label or alias (resolved to the canonical skill; case- and whitespace-insensitive).' }) skillId!: string;
  @Field(() => Int, { description: "Minimum level on the organisation's scale (`proficiencyScale`, 1..5 by default), or 0 for presence required." }) minLevel!: number;
  @Field(() => Float, { description: 'Relative weight in the fit: a number from 0.01 to 100 (BAD_USER_INPUT otherwise).' }) weight!: number;
  @Field({ description: 'Must-have: a person is eligible only when every must-have is MET.' }) mustHave!: boolean;
}

@InputType('CreateJobInput', { description: 'A new requisition. Only `title` is required.' })
export class CreateJobInput {
  @Field({ description: 'Job title: 1..200 characters after trimming white space and invisible characters (zero-width, format), with at least one visible character; inner white space runs become one space.' }) title!: string;
  @Field(() => ID, { nullable: true, description: 'Team the job belongs to (see `hiringTeams`); none when omitted.' }) teamId?: string | null;
  @Field(() => JobStatus, { nullable: true, description: 'Default DRAFT.' }) status?: JobStatus | null;
  @Field(() => String, { nullable: true, description: 'Job description (at most 100,000 characters).' }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'O*NET-SOC code such as 15-1254.00, or an ESCO occupation URI (at most 200 characters).' }) occupationCode?: string | null;
  @Field(() => [RequirementInput], { nullable: true, description: 'Requirements in display order (see `replaceJobRequirements` for the rules); none when omitted.' })
  requirements?: RequirementInput[] | null;
}

@InputType('UpdateJobInput', { description: 'Changes to a job: omitted (or null, for title and status) fields stay as they are; `teamId`, `description` and `occupationCode` are cleared with an empty string.' })
export class UpdateJobInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'New title (same rules as `CreateJobInput.title`).' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'New team id; "" removes the team.' }) teamId?: string | null;
  @Field(() => JobStatus, { nullable: true }) status?: JobStatus | null;
  @Field(() => String, { nullable: true, description: 'New description; "" clears it.' }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'New occupation code; "" clears it.' }) occupationCode?: string | null;
  @Field(() => [RequirementInput], { nullable: true, description: 'When given, the requirements are replaced in the same transaction (rules of `replaceJobRequirements`).' })
  requirements?: RequirementInput[] | null;
}

@InputType('ReplaceJobRequirementsInput', { description: "A job's complete new requirement list, in display order." })
export class ReplaceJobRequirementsInput {
  @Field(() => ID) jobId!: string;
  @Field(() => [RequirementInput]) requirements!: RequirementInput[];
}

@ObjectType('JobPayload', { description: 'The job as saved.' })
export class JobPayload {
  @Field(() => JobModel) job!: JobModel;
}

@ObjectType('TeamOption', { description: 'A team a job can belong to (id and name only).' })
export class TeamOptionModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('ProficiencyScale', { description: "The organisation's proficiency scale: integer levels min..max, ordered by rank (never by name)." })
export class ProficiencyScaleModel {
  @Field(() => Int, { description: 'Lowest level (1 by default).' }) min!: number;
  @Field(() => Int, { description: 'Highest level (5 by default).' }) max!: number;
  @Field(() => [String], { description: 'Label of each level from min to max (default Foundational, Developing, Proficient, Advanced, Expert).' }) labels!: string[];
}
