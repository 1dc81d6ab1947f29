import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SkillModel } from '@skillproof/api-feature-catalog';
import { PersonModel } from '@skillproof/api-feature-people';

@ObjectType('Team', { description: 'Employees with a manager and a target profile.' })
export class TeamModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  managerId!: string | null;
}

@ObjectType('TargetSkill', { description: "An entry of the team's target profile." })
export class TargetSkillModel {
  @Field(() => SkillModel) skill!: SkillModel;
  @Field(() => Int, { description: "Minimum level (organisation's scale, 1..5 by default)." }) minLevel!: number;
  @Field(() => Int, { description: 'How many members must hold the skill at minLevel or above.' }) needed!: number;
}

@ObjectType('SkillGap', { description: 'Coverage of one target skill (PRODUCT.md §5).' })
export class SkillGapModel {
  @Field(() => SkillModel) skill!: SkillModel;
  @Field(() => Int) minLevel!: number;
  @Field(() => Int, { description: 'People needed at minLevel or above.' }) needed!: number;
  @Field(() => Int, { description: 'Members at or above minLevel, proven by VERIFIED current credentials.' }) covered!: number;
  @Field(() => Int, { description: 'max(0, needed − covered).' }) gap!: number;
  @Field({ description: 'Exactly one member holds it (bus factor 1).' }) singlePointOfKnowledge!: boolean;
  @Field({ description: 'No member holds it.' }) uncovered!: boolean;
  @Field(() => [PersonModel], { description: 'Members who cover the skill.' }) holders!: PersonModel[];
}

@ObjectType('SkillMatrixCell')
export class SkillMatrixCellModel {
  @Field(() => ID) personId!: string;
  @Field(() => ID) skillId!: string;
  @Field(() => Int, { description: 'Verified attained level (0 = none).' }) level!: number;
  @Field({ description: 'Level proven by a VERIFIED, current credential.' }) verified!: boolean;
  @Field(() => Int, { nullable: true, description: 'Level only claimed (not counted).' }) claimedLevel!: number | null;
  @Field({ description: 'The best evidence expires within 90 days.' }) expiresSoon!: boolean;
  @Field({ description: 'Evidence existed but has expired, with nothing current.' }) expired!: boolean;
}

@ObjectType('SkillMatrix', { description: 'Members × target skills.' })
export class SkillMatrixModel {
  @Field(() => [PersonModel]) members!: PersonModel[];
  @Field(() => [SkillModel]) skills!: SkillModel[];
  @Field(() => [SkillMatrixCellModel]) cells!: SkillMatrixCellModel[];
}
