import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@skillproof/api-core';
import { SkillModel } from './skill.model';

@ObjectType('Alignment', { description: 'A skill a credential definition proves, at a level.' })
export class AlignmentModel {
  @Field(() => SkillModel) skill!: SkillModel;
  @Field(() => Int, { description: "Proficiency level proven, on the organisation's scale (default 1..5)." }) level!: number;
}

@ObjectType('CredentialDefinition', { description: 'What a credential certifies (OB 3.0 Achievement / OB 2.0 BadgeClass).' })
export class CredentialDefinitionModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'BADGE | CERTIFICATE | LICENSE | CERTIFICATION | ASSESSMENT | MICROCREDENTIAL' }) kind!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'The real provider of this credential.' }) providerName!: string | null;
  @Field(() => Float, { nullable: true, description: 'Estimated hours of learning to earn it.' }) estimatedHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Cost in USD.' }) cost!: number | null;
  @Field(() => Int, { nullable: true, description: 'Months of validity after issue; null = does not expire.' }) validityMonths!: number | null;
  @Field(() => String, { nullable: true, description: 'ONLINE | IN_PERSON | HYBRID' }) delivery!: string | null;
  issuerId!: string | null;
}

@ObjectType('CredentialDefinitionConnection')
export class CredentialDefinitionConnection extends Connection(CredentialDefinitionModel, 'CredentialDefinition') {}
