import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum VerificationStatus { VERIFIED = 'VERIFIED', FAILED = 'FAILED', INDETERMINATE = 'INDETERMINATE', CLAIMED = 'CLAIMED' }
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description: 'VERIFIED: every check passed. FAILED: a check failed. INDETERMINATE: none failed but some could not be checked ("could not check", never counted). CLAIMED: self-reported, never counted.',
});
export enum CheckOutcome { PASS = 'PASS', FAIL = 'FAIL', UNKNOWN = 'UNKNOWN' }
registerEnumType(CheckOutcome, { name: 'CheckOutcome', description: 'UNKNOWN = could not check (e.g. a status list that cannot be fetched).' });

@ObjectType('VerificationCheck')
export class VerificationCheckModel {
  @Field({ description: 'structure | proof | issuer | validity | status | recipient | trust' }) name!: string;
  @Field(() => CheckOutcome) outcome!: CheckOutcome;
  @Field(() => String, { nullable: true, description: 'Reason code (e.g. EXPIRED, REVOKED, BAD_SIGNATURE) when not PASS.' }) code!: string | null;
  @Field() message!: string;
}

@ObjectType('VerificationReport', { description: 'The latest verification of a credential.' })
export class VerificationReportModel {
  @Field(() => VerificationStatus) status!: VerificationStatus;
  @Field(() => GraphQLISODateTime, { description: 'When the checks ran (UTC).' }) checkedAt!: Date;
  @Field(() => [String], { description: 'Reason codes; ["VALID"] when verified.' }) reasons!: string[];
  @Field(() => [VerificationCheckModel]) checks!: VerificationCheckModel[];
}

@ObjectType('Credential', { description: 'One credential (award) as received, with its latest verification report.' })
export class CredentialModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Achievement / badge name.' }) name!: string;
  @Field({ description: 'OB3_JSONLD | VC_JWT | OB2_HOSTED | OB2_SIGNED | MANUAL' }) format!: string;
  @Field(() => String, { nullable: true, description: "The credential's own id (URI), when it has one." }) credentialUri!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) issuedOn!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) validFrom!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Expiry instant (UTC); null = does not expire.' }) validUntil!: Date | null;
  @Field(() => VerificationReportModel) verification!: VerificationReportModel;
  @Field({ description: 'The document exactly as received (JSON-LD text, compact JWS, or the manual entry).' }) document!: string;
  personId!: string | null;
  definitionId!: string | null;
  issuerId!: string | null;
  issuerName!: string | null;
}
