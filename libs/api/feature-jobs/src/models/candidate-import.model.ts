import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonModel } from '@skillproof/api-feature-people';

@InputType('ImportCandidatesInput', { description: 'A CSV file of candidates and the skills they claim, as uploaded.' })
export class ImportCandidatesInput {
  @Field({
    description:
      'The file bytes, base64-encoded (bytes, not text, so the encoding can be detected: UTF-8 with or without BOM, UTF-16LE with BOM, ' +
      'or a Windows-1252 / ISO-8859-1 spreadsheet export). At most 2,000,000 bytes decoded and 10,000 data rows. Columns (header row, any order, ' +
      'case/space-insensitive names): email, name, skill (name, alias or id; case- and accent-insensitive), level (on the organisation scale: ' +
      'number or label); separated by `,` or `;` (detected from the header).',
  })
  contentBase64!: string;
  @Field(() => String, { nullable: true, description: 'Original file name (shown in the audit log only).' }) filename?: string | null;
  @Field(() => ID, { nullable: true, description: "When given, every imported person is also added to this job's pipeline at APPLIED (people already in it stay where they are)." })
  jobId?: string | null;
}

export enum CandidateImportRowOutcome { IMPORTED = 'IMPORTED', REJECTED = 'REJECTED' }
registerEnumType(CandidateImportRowOutcome, { name: 'CandidateImportRowOutcome', description: 'IMPORTED: the whole row was saved. REJECTED: nothing of the row was saved (see errors).' });

@ObjectType('CandidateImportRow', { description: 'The outcome of one data row.' })
export class CandidateImportRowModel {
  @Field(() => Int, { description: 'Row number in the file: 1-based, the header line is row 1 (so the first data row is row 2); an empty line still counts.' }) row!: number;
  @Field(() => CandidateImportRowOutcome) outcome!: CandidateImportRowOutcome;
  @Field({ description: 'E-mail as read (lower-case).' }) email!: string;
  @Field({ description: 'Name as read (decoded from the detected encoding).' }) name!: string;
  @Field({ description: 'Skill as written in the file.' }) skill!: string;
  @Field(() => ID, { nullable: true, description: 'The skill it resolved to (null when it did not).' }) skillId!: string | null;
  @Field(() => String, { nullable: true, description: "Preferred label of the resolved skill." }) skillName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Claimed level on the organisation scale (null when unreadable).' }) level!: number | null;
  @Field(() => [String], { description: 'Why the row was rejected (every problem found); empty when imported.' }) errors!: string[];
  @Field(() => ID, { nullable: true, description: 'The person created or updated (null when rejected).' }) personId!: string | null;
  @Field({ description: 'True when this row created the person (false: an existing person with this e-mail was updated).' }) createdPerson!: boolean;
}

@ObjectType('CandidateImportResult', {
  description: 'Summary of a candidate CSV import. Each row is all-or-nothing: a rejected row saved nothing; the other rows were saved.',
})
export class CandidateImportResultModel {
  @Field({ description: 'Encoding the file was read in, e.g. UTF-8 or windows-1252.' }) encoding!: string;
  @Field({ description: 'Separator detected from the header: "," or ";".' }) delimiter!: string;
  @Field(() => Int, { description: 'Data rows read (header excluded, empty lines skipped).' }) total!: number;
  @Field(() => Int, { description: 'Rows saved.' }) imported!: number;
  @Field(() => Int, { description: 'Rows rejected.' }) rejected!: number;
  @Field(() => Int, { description: 'People created by this import.' }) peopleCreated!: number;
  @Field(() => Int, { description: 'Existing people updated by this import.' }) peopleUpdated!: number;
  @Field(() => Int, { description: "People added to the job's pipeline at APPLIED (0 without jobId)." }) addedToPipeline!: number;
  @Field(() => [CandidateImportRowModel], { description: 'Every row in file order (imported and rejected).' }) rows!: CandidateImportRowModel[];
  @Field(() => [PersonModel], { description: 'The people imported (created or updated), in file order of their first row.' }) people!: PersonModel[];
}
