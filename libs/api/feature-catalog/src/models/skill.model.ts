import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@skillproof/api-core';
import type { Skill } from '@skillproof/domain-model';

@ObjectType('Skill', { description: 'An entry of the shared skill taxonomy (ESCO + O*NET subset).' })
export class SkillModel {
  @Field(() => ID, { description: 'Stable id: `esco:<uuid>`, `onet:<element id>` or `onet-tech:<commodity>/<slug>`.' }) id!: string;
  @Field({ description: 'Preferred label.' }) name!: string;
  @Field(() => [String], { description: 'Alternative labels (matched case- and whitespace-insensitively).' }) aliases!: string[];
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => String, { nullable: true, description: 'ESCO concept URI or O*NET element id.' }) sourceId!: string | null;
  /** Ids of broader skills; resolved by `broader`. */
  broaderIds!: string[];
}

@ObjectType('SkillConnection')
export class SkillConnection extends Connection(SkillModel, 'Skill') {}

/** Maps a domain Skill to its GraphQL model. */
export const toSkillModel = (s: Skill): SkillModel => ({
  id: s.id, name: s.name, aliases: s.aliases, description: s.description ?? null, category: s.category ?? null,
  sourceId: s.sourceId ?? null, broaderIds: s.broaderIds,
});
