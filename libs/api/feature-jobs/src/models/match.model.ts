import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@skillproof/api-core';
import { CredentialDefinitionModel, SkillModel } from '@skillproof/api-feature-catalog';
import { PersonModel, VerificationStatus } from '@skillproof/api-feature-people';

export enum RequirementStatus { MET = 'MET', PARTIAL = 'PARTIAL', MISSING = 'MISSING' }
registerEnumType(RequirementStatus, {
  name: 'RequirementStatus',
  description: 'MET: attained ≥ required (score 1). PARTIAL: 0 < attained < required (score attained/required). MISSING: score 0.',
});

@ObjectType('Evidence', { description: 'A credential that proves (part of) a requirement.' })
export class EvidenceModel {
  @Field(() => ID) credentialId!: string;
  @Field() credentialName!: string;
  @Field(() => String, { nullable: true }) issuerName!: string | null;
  @Field({ description: "True when the issuer is on the organisation's trust list." }) issuerTrusted!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) issuedOn!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) validUntil!: Date | null;
  @Field(() => VerificationStatus) verificationStatus!: VerificationStatus;
  @Field(() => Int, { description: 'Level this credential proves for the requirement.' }) level!: number;
  @Field(() => SkillModel, { nullable: true, description: 'The narrower skill the credential is aligned to, when the evidence is inferred (e.g. PostgreSQL for SQL).' }) inferredFrom!: SkillModel | null;
  @Field(() => [SkillModel], { description: 'Inference path from the aligned skill up to the required one, e.g. [PostgreSQL, SQL]; empty when direct.' }) inferencePath!: SkillModel[];
}

@ObjectType('RequirementMatch', { description: 'How one person meets one requirement.' })
export class RequirementMatchModel {
  @Field(() => SkillModel) skill!: SkillModel;
  @Field(() => RequirementStatus) status!: RequirementStatus;
  @Field(() => Int, { description: 'Highest level proven by VERIFIED, current credentials (0 = none).' }) attainedLevel!: number;
  @Field(() => Int) requiredLevel!: number;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { description: 'Requirement score 0..1.' }) score!: number;
  @Field() mustHave!: boolean;
  @Field(() => [EvidenceModel], { description: 'Credentials counted, best first.' }) evidence!: EvidenceModel[];
  @Field(() => [CredentialDefinitionModel], { description: 'For unmet requirements: definitions proving the skill at the needed level, fewest hours first (at most 3).' }) suggestions!: CredentialDefinitionModel[];
}

@ObjectType('Match', { description: "A person's fit for a job, explained requirement by requirement." })
export class MatchModel {
  @Field(() => PersonModel, { description: 'In blind mode, displayName is the candidate code and e-mail is null.' }) person!: PersonModel;
  @Field(() => Float, { description: 'Fit 0..100 = 100 × Σ weight·score / Σ weight; surplus on one skill never compensates another.' }) fit!: number;
  @Field({ description: 'Every must-have requirement is MET.' }) eligible!: boolean;
  @Field({ description: 'Not eligible, but one credential definition would make every must-have MET.' }) oneCredentialAway!: boolean;
  @Field(() => Int, { description: 'Number of MET requirements.' }) metCount!: number;
  @Field(() => Int, { description: '1-based rank: eligible first, then fit desc, then MET count desc, then person id.' }) rank!: number;
  @Field(() => [RequirementMatchModel]) requirements!: RequirementMatchModel[];
  /** The job ranked (not a field: lets `currentStage` find the person's application). */
  jobId?: string;
  /** Stage in the job's pipeline, preloaded with the page's people (not a field itself: see `Match.currentStage`). */
  currentStage?: string | null;
}

@ObjectType('MatchConnection')
export class MatchConnection extends Connection(MatchModel, 'Match') {}
