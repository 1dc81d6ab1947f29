import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('TargetSkillInput', { description: 'One entry of a team target profile: `needed` members must hold `skillId` at `minLevel` or above.' })
export class TargetSkillInput {
  @Field(() => ID, { description: 'A skill of the taxonomy: its id, or a preferred label or alias (resolved case- and whitespace-insensitively to the canonical skill).' })
  skillId!: string;
  @Field(() => Int, { description: "Minimum level on the organisation's scale (0 = presence required … the scale's maximum, 5 by default)." })
  minLevel!: number;
  @Field(() => Int, { description: 'How many members must hold it at minLevel or above: an integer 1..1000.' })
  needed!: number;
}

@InputType('SetTeamTargetProfileInput')
export class SetTeamTargetProfileInput {
  @Field(() => ID, { description: 'The team whose target profile is replaced.' }) teamId!: string;
  @Field(() => [TargetSkillInput], { description: 'The whole new target profile (0..200 entries, one per skill; an empty list clears it).' })
  skills!: TargetSkillInput[];
}
