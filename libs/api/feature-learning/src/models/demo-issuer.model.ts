import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CredentialDefinitionModel, IssuerModel } from '@skillproof/api-feature-catalog';
import { PersonModel } from '@skillproof/api-feature-people';

@InputType('IssueDemoCredentialInput', { description: 'Who receives the demo credential and what it certifies (exactly one of personId / personEmail).' })
export class IssueDemoCredentialInput {
  @Field(() => ID, { nullable: true, description: 'The recipient (a person of the organisation).' }) personId?: string | null;
  @Field(() => String, { nullable: true, description: "The recipient's email (case-insensitive), instead of personId." }) personEmail?: string | null;
  @Field(() => ID, { description: 'The credential definition to certify: its id or its catalogue slug (e.g. `nj-comptia-cysa-plus`).' }) definitionId!: string;
}

@ObjectType('DemoCredential', { description: 'A freshly signed demo credential, NOT imported: import it (Import page or importCredential) to make it count.' })
export class DemoCredentialModel {
  @Field({ description: 'The signed Open Badges 3.0 OpenBadgeCredential (VC Data Model 2.0, eddsa-rdfc-2022 Data Integrity proof) as pretty-printed JSON-LD text.' })
  document!: string;
  @Field({ description: 'A file name to save it under, e.g. `demo-credential-jane-doe-comptia-cysa.json`.' }) filename!: string;
  @Field(() => PersonModel, { description: 'The recipient (bound by a salted sha256 hash of their email).' }) person!: PersonModel;
  @Field(() => CredentialDefinitionModel, { description: 'What it certifies (its achievement id is the definition\'s, so the import links it to the definition).' }) definition!: CredentialDefinitionModel;
  @Field(() => IssuerModel, { description: "The demo issuer that signed it (the definition's issuer; did:key)." }) issuer!: IssuerModel;
  @Field(() => GraphQLISODateTime, { description: 'validFrom (UTC): the signing instant.' }) validFrom!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "validUntil (UTC): validFrom + the definition's validity in months; null when it does not expire." }) validUntil!: Date | null;
}
