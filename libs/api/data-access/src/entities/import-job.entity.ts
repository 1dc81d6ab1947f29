import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** QUEUED → RUNNING → COMPLETED | FAILED (FAILED only when the file itself could not be processed). */
export type ImportJobStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';
/** PENDING until processed; DONE with an outcome; ERROR when the item could not be imported at all. */
export type ImportItemStatus = 'PENDING' | 'DONE' | 'ERROR';
/** Per-item result of a bulk import. */
export type ImportItemOutcome = 'VERIFIED' | 'FAILED' | 'INDETERMINATE' | 'DUPLICATE' | 'ERROR';

/**
 * A bulk import of one uploaded file (JSON array, NDJSON, zip, CSV), processed in the background.
 * Counters are updated in the same transaction as each item, so they always agree with the items.
 */
@Entity('import_job')
@Index(['organizationId', 'createdAt'])
export class ImportJobEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') filename!: string;
  /** JSON | NDJSON | ZIP | CSV */
  @Column('text') format!: string;
  @Column('text') status!: ImportJobStatus;
  @Column('integer') total!: number;
  @Column('integer') processed!: number;
  @Column('integer') verified!: number;
  @Column('integer') failed!: number;
  @Column('integer') indeterminate!: number;
  @Column('integer') duplicates!: number;
  @Column('integer') errors!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
  /** Why the whole job failed (status FAILED). */
  @Column('text', { nullable: true }) error!: string | null;
}

/**
 * One credential (or unreadable entry) of an import job, with its document until processed and
 * its outcome afterwards. Primary key (job_id, index): processing an item twice is impossible.
 */
@Entity('import_item')
@Index(['organizationId', 'jobId', 'status'])
export class ImportItemEntity {
  @PrimaryColumn('uuid', { name: 'job_id' }) jobId!: string;
  @PrimaryColumn('integer') index!: number;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  /** Where the item came from: file name in the zip, `row 7` of a CSV, `[3]` of a JSON array, `line 4` of NDJSON. */
  @Column('text') source!: string;
  /** The credential text (JSON-LD, JWT) or an https URL of a hosted OB 2.0 assertion; null when unreadable. */
  @Column('text', { nullable: true }) document!: string | null;
  /** Email of the person named by a CSV row (explicit recipient), lower-case. */
  @Column('text', { name: 'person_email', nullable: true }) personEmail!: string | null;
  @Column('text', { name: 'content_hash', nullable: true }) contentHash!: string | null;
  @Column('text') status!: ImportItemStatus;
  @Column('uuid', { name: 'credential_id', nullable: true }) credentialId!: string | null;
  @Column('text', { nullable: true }) outcome!: ImportItemOutcome | null;
  @Column('text', { array: true, default: () => "'{}'" }) reasons!: string[];
  @Column('text', { name: 'error_message', nullable: true }) errorMessage!: string | null;
  @Column('uuid', { name: 'person_id', nullable: true }) personId!: string | null;
}
