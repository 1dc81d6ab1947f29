import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { VerificationReport } from '@skillproof/domain-model';

/**
 * One credential (award) as received: the document kept verbatim with its latest verification report.
 * Unique per organisation by `contentHash` (the same document imported twice is one credential).
 */
@Entity('credential')
@Index(['organizationId', 'contentHash'], { unique: true })
@Index(['organizationId', 'personId'])
export class CredentialEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'person_id', nullable: true }) personId!: string | null;
  @Column('uuid', { name: 'definition_id', nullable: true }) definitionId!: string | null;
  @Column('uuid', { name: 'issuer_id', nullable: true }) issuerId!: string | null;
  /** The credential's own `id` (URI) when it has one; not unique: a different document may reuse it. */
  @Column('text', { name: 'credential_uri', nullable: true }) credentialUri!: string | null;
  /** sha256 hex of the document's JSON canonicalisation (RFC 8785) or of the raw text when not JSON. */
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  /** OB3_JSONLD | VC_JWT | OB2_HOSTED | OB2_SIGNED | MANUAL */
  @Column('text') format!: string;
  /** The document exactly as received. */
  @Column('text') document!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'issuer_name', nullable: true }) issuerName!: string | null;
  @Column('timestamptz', { name: 'issued_on', nullable: true }) issuedOn!: Date | null;
  @Column('timestamptz', { name: 'valid_from', nullable: true }) validFrom!: Date | null;
  @Column('timestamptz', { name: 'valid_until', nullable: true }) validUntil!: Date | null;
  /** VERIFIED | FAILED | INDETERMINATE | CLAIMED (copy of report.status, indexed). */
  @Column('text', { name: 'verification_status' }) verificationStatus!: string;
  @Column('jsonb', { name: 'verification_report' }) verificationReport!: VerificationReport;
  @Column('timestamptz', { name: 'verified_at' }) verifiedAt!: Date;
  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' }) importedAt!: Date;
}

/** A skill a credential proves (from its definition or its document's alignments), at a level. */
@Entity('credential_alignment')
@Index(['organizationId', 'skillId'])
export class CredentialAlignmentEntity {
  @PrimaryColumn('uuid', { name: 'credential_id' }) credentialId!: string;
  @PrimaryColumn('text', { name: 'skill_id' }) skillId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('integer') level!: number;
}
