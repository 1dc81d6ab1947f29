import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SkillModel } from '@skillproof/api-feature-catalog';

export enum RequirementContext { REQUIRED = 'REQUIRED', NEUTRAL = 'NEUTRAL', PREFERRED = 'PREFERRED' }
registerEnumType(RequirementContext, { name: 'RequirementContext', description: 'Where a skill was mentioned: a "required/must" sentence or section, a "nice to have/plus" one, or neither.' });

export enum ProposalSource { TEXT = 'TEXT', OCCUPATION = 'OCCUPATION' }
registerEnumType(ProposalSource, { name: 'ProposalSource', description: 'TEXT: found in the pasted description; OCCUPATION: from the O*NET occupation profile.' });

@InputType('ProposeRequirementsInput', { description: 'A pasted job description, an O*NET-SOC occupation code, or both (at least one).' })
export class ProposeRequirementsInput {
  @Field(() => String, { nullable: true, description: 'Job description text (at most 100,000 characters).' }) text?: string | null;
  @Field(() => String, { nullable: true, description: 'O*NET-SOC code such as 15-1254.00 (the 21 demo occupations are known; others are NOT_FOUND).' }) occupationCode?: string | null;
}

@ObjectType('SkillMention', { description: 'One occurrence of a skill label or alias in the text.' })
export class SkillMentionModel {
  @Field({ description: 'The text as written.' }) text!: string;
  @Field(() => Int, { description: 'UTF-16 offset of the first character (inclusive).' }) start!: number;
  @Field(() => Int, { description: 'UTF-16 offset after the last character (exclusive).' }) end!: number;
  @Field({ description: 'LABEL (preferred label) or ALIAS.' }) matchedBy!: string;
  @Field({ description: 'The taxonomy label or alias that matched.' }) label!: string;
}

@ObjectType('RequirementProposal', { description: 'A proposed job requirement for HR to review; nothing is saved.' })
export class RequirementProposalModel {
  @Field(() => SkillModel) skill!: SkillModel;
  @Field({ description: 'First mention as written (the skill id for an occupation proposal).' }) matchedText!: string;
  @Field(() => [SkillMentionModel], { description: 'Every mention in text order (empty for an occupation proposal).' }) mentions!: SkillMentionModel[];
  @Field(() => Int, { description: 'Number of mentions.' }) count!: number;
  @Field(() => Int, { description: "Suggested minimum level on the organisation's scale (1..5): 3 by default (DATA.md), 4 / 2 on 'advanced' / 'basic' cues; the profile's level for an occupation." }) suggestedLevel!: number;
  @Field({ description: 'Suggested must-have: mentioned in a REQUIRED context, or a must-have of the occupation profile.' }) mustHave!: boolean;
  @Field(() => RequirementContext) context!: RequirementContext;
  @Field(() => Float, { description: 'Suggested weight (> 0): the occupation importance / 5, else 1 for must-haves and 0.5 otherwise.' }) weight!: number;
  @Field(() => ProposalSource) source!: ProposalSource;
}
