import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@skillproof/api-core';
import { SkillModel } from '@skillproof/api-feature-catalog';

export enum PersonKind { CANDIDATE = 'CANDIDATE', EMPLOYEE = 'EMPLOYEE' }
registerEnumType(PersonKind, { name: 'PersonKind', description: 'CANDIDATE = external applicant; EMPLOYEE = also an internal candidate.' });

@ObjectType('Person', { description: 'A candidate or an employee.' })
export class PersonModel {
  @Field(() => ID) id!: string;
  @Field(() => PersonKind) kind!: PersonKind;
  @Field({ description: 'Full name, or the candidate code in blind mode.' }) displayName!: string;
  @Field(() => String, { nullable: true, description: 'E-mail (lower-case); null in blind mode.' }) email!: string | null;
  @Field({ description: 'Stable candidate code shown in blind mode.' }) code!: string;
  teamId!: string | null;
  /** True when identifying fields are hidden (blind mode). */
  blind?: boolean;
}

@ObjectType('PersonConnection')
export class PersonConnection extends Connection(PersonModel, 'Person') {}

@ObjectType('PersonSkill', { description: 'A skill a person holds and the level they hold it at.' })
export class PersonSkillModel {
  @Field(() => SkillModel) skill!: SkillModel;
  @Field(() => Int, { description: "Level on the organisation's scale (1..5 by default)." }) level!: number;
  @Field({ description: 'True when proven by a VERIFIED, current credential; false for claimed skills.' }) verified!: boolean;
}
