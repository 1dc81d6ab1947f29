import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A Bitstring Status List this organisation publishes for its own issuer
 * (W3C Bitstring Status List v1.0). Served verbatim at GET /status-lists/:id.
 */
@Entity('status_list')
export class StatusListEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'issuer_id' }) issuerId!: string;
  /** revocation | suspension */
  @Column('text', { name: 'status_purpose' }) statusPurpose!: string;
  /** Indexes whose bit is set. */
  @Column('integer', { name: 'set_indexes', array: true, default: () => "'{}'" }) setIndexes!: number[];
  /** The signed BitstringStatusListCredential. */
  @Column('jsonb') credential!: Record<string, unknown>;
}
