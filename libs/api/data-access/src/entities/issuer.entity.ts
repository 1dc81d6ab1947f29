import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Who issues credentials; `trusted` = on this organisation's trust list. */
@Entity('issuer')
@Index(['organizationId', 'did'])
export class IssuerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) url!: string | null;
  /** DID or OB 2.0 issuer id (URL) as it appears in credentials. */
  @Column('text', { nullable: true }) did!: string | null;
  @Column('boolean', { default: false }) trusted!: boolean;
}

/**
 * Signing key of an issuer this organisation runs itself (the demo issuer). Exported Multikey JSON;
 * the private part never leaves the API.
 */
@Entity('issuer_key')
export class IssuerKeyEntity {
  @PrimaryColumn('uuid', { name: 'issuer_id' }) issuerId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('jsonb', { name: 'key_pair' }) keyPair!: Record<string, unknown>;
}
