import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@skillproof/api-core';
import { PersonModel } from '@skillproof/api-feature-people';

export enum ApplicationStage {
  APPLIED = 'APPLIED',
  SCREENING = 'SCREENING',
  SHORTLISTED = 'SHORTLISTED',
  INTERVIEW = 'INTERVIEW',
  OFFER = 'OFFER',
  HIRED = 'HIRED',
  REJECTED = 'REJECTED',
}
registerEnumType(ApplicationStage, {
  name: 'ApplicationStage',
  description:
    "Stage of a person in a job's pipeline, in order. A person enters at APPLIED, SCREENING or SHORTLISTED; from an active stage " +
    '(APPLIED..OFFER) they may move to any other active stage or to REJECTED, and to HIRED only from OFFER; HIRED and REJECTED are final ' +
    'unless the application is reopened into an active stage. Every move needs a reason.',
});

@ObjectType('Actor', { description: 'The signed-in user who made a decision.' })
export class ActorModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
}

@ObjectType('StageEvent', { description: 'One pipeline decision: from which stage to which, why, who and when.' })
export class StageEventModel {
  @Field(() => ID) id!: string;
  @Field(() => ApplicationStage, { nullable: true, description: 'Null when the person entered the pipeline with this event.' }) fromStage!: ApplicationStage | null;
  @Field(() => ApplicationStage) toStage!: ApplicationStage;
  @Field({ description: 'Why (as entered, trimmed; never blank).' }) reason!: string;
  @Field(() => ActorModel, { nullable: true, description: 'Who decided (null only if that account was deleted since).' }) actor!: ActorModel | null;
  @Field(() => GraphQLISODateTime, { description: 'When (UTC instant).' }) at!: Date;
}

@ObjectType('Application', { description: "A person in a job's pipeline with its current stage and every decision." })
export class ApplicationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) jobId!: string;
  @Field(() => PersonModel, { description: 'In blind mode displayName is the candidate code and e-mail is null.' }) person!: PersonModel;
  @Field(() => ApplicationStage) stage!: ApplicationStage;
  @Field(() => GraphQLISODateTime, { description: 'When the person entered the pipeline (UTC).' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the current stage was reached (UTC).' }) updatedAt!: Date;
  @Field(() => [ApplicationStage], { description: 'Stages this application may move to now, in pipeline order.' }) allowedMoves!: ApplicationStage[];
  @Field(() => [StageEventModel], { description: 'Every decision, oldest first.' }) history!: StageEventModel[];
  personId!: string;
}

@ObjectType('ApplicationConnection')
export class ApplicationConnection extends Connection(ApplicationModel, 'Application') {}

@ObjectType('StageCount', { description: 'Number of applications at one stage.' })
export class StageCountModel {
  @Field(() => ApplicationStage) stage!: ApplicationStage;
  @Field(() => Int) count!: number;
}

@ObjectType('Pipeline', { description: "A job's hiring pipeline." })
export class PipelineModel {
  @Field(() => Int, { description: 'Applications at any stage.' }) total!: number;
  @Field(() => [StageCountModel], { description: 'Every stage in pipeline order with its count (zeros included).' }) stageCounts!: StageCountModel[];
  @Field(() => ApplicationConnection, { description: 'Applications (of `stage` when given), most recently moved first (then id).' }) applications!: ApplicationConnection;
}

@InputType('MoveApplicationInput', { description: "Moves a person to a stage of a job's pipeline (adding them to the pipeline if they are not in it)." })
export class MoveApplicationInput {
  @Field(() => ID) jobId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => ApplicationStage) toStage!: ApplicationStage;
  @Field({ description: 'Why: required, not blank, at most 2,000 characters (trimmed).' }) reason!: string;
  @Field(() => ApplicationStage, {
    nullable: true,
    description: 'Optimistic check: the stage the client saw. When given and the application is elsewhere now (someone else moved it), CONFLICT and nothing changes.',
  })
  expectedStage?: ApplicationStage | null;
}

@ObjectType('MoveApplicationPayload')
export class MoveApplicationPayload {
  @Field(() => ApplicationModel, { description: 'The application after the move (history included).' }) application!: ApplicationModel;
  @Field(() => StageEventModel, { description: 'The decision just recorded.' }) event!: StageEventModel;
}
