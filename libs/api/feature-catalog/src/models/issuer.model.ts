import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Issuer', { description: 'Who issues credentials.' })
export class IssuerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'DID or OB 2.0 issuer id as it appears in credentials.' }) did!: string | null;
  @Field({ description: "True when the issuer is on this organisation's trust list." }) trusted!: boolean;
}
