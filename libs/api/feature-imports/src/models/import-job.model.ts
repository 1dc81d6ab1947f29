import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@skillproof/api-core';
import { CredentialModel, PersonModel } from '@skillproof/api-feature-people';

export enum ImportJobStatus { QUEUED = 'QUEUED', RUNNING = 'RUNNING', COMPLETED = 'COMPLETED', FAILED = 'FAILED' }
registerEnumType(ImportJobStatus, {
  name: 'ImportJobStatus',
  description: 'QUEUED → RUNNING → COMPLETED (every item has an outcome, whatever it is) or FAILED (the job itself could not run; see `error`).',
});

export enum ImportOutcome { VERIFIED = 'VERIFIED', FAILED = 'FAILED', INDETERMINATE = 'INDETERMINATE', DUPLICATE = 'DUPLICATE', ERROR = 'ERROR' }
registerEnumType(ImportOutcome, {
  name: 'ImportOutcome',
  description: 'Per-item result of a bulk import: the verification status of the stored credential (VERIFIED, FAILED, INDETERMINATE = could not check), DUPLICATE (already imported: the existing credential), or ERROR (not imported: unreadable entry, unreachable URL, unknown person email, RECIPIENT_MISMATCH).',
});

@ObjectType('ImportItem', { description: 'One entry of a bulk import file and what became of it.' })
export class ImportItemModel {
  @Field(() => Int, { description: 'Position in the file, from 0.' }) index!: number;
  @Field({ description: 'Where it came from: file name in a zip, `row N` of a CSV (header = row 1), `[i]` of a JSON array, `line N` of NDJSON.' }) source!: string;
  @Field(() => ImportOutcome, { nullable: true, description: 'Null while the item is still pending.' }) outcome!: ImportOutcome | null;
  @Field(() => [String], { description: 'Reason codes of the verification (["VALID"] when verified) or of the refusal (RECIPIENT_MISMATCH).' }) reasons!: string[];
  @Field(() => String, { nullable: true, description: 'Why the item could not be imported (outcome ERROR).' }) error!: string | null;
  @Field(() => CredentialModel, { nullable: true, description: 'The stored credential (the existing one for DUPLICATE).' }) credential!: CredentialModel | null;
  @Field(() => PersonModel, { nullable: true, description: 'The person the credential was attached to (CSV email, or the one person its recipient names).' }) person!: PersonModel | null;
  credentialId!: string | null;
  personId!: string | null;
}

@ObjectType('ImportItemConnection')
export class ImportItemConnection extends Connection(ImportItemModel, 'ImportItem') {}

@ObjectType('ImportJob', { description: 'A bulk import of one file, processed in the background (`POST /imports`).' })
export class ImportJobModel {
  @Field(() => ID) id!: string;
  @Field() filename!: string;
  @Field({ description: 'JSON | NDJSON | ZIP | CSV' }) format!: string;
  @Field(() => ImportJobStatus) status!: ImportJobStatus;
  @Field(() => Int, { description: 'Items in the file.' }) total!: number;
  @Field(() => Int, { description: 'Items with an outcome so far.' }) processed!: number;
  @Field(() => Int) verified!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int, { description: 'Stored but could not be checked completely (retried by the scheduled re-verification).' }) indeterminate!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => Int) errors!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the job FAILED as a whole.' }) error!: string | null;
  @Field(() => Float, { description: 'processed / total, a fraction in 0..1.' }) progress!: number;
}

@ObjectType('ImportJobConnection')
export class ImportJobConnection extends Connection(ImportJobModel, 'ImportJob') {}
