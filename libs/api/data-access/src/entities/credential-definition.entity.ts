import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What a credential certifies (OB 3.0 Achievement / OB 2.0 BadgeClass). */
@Entity('credential_definition')
@Index(['organizationId', 'slug'], { unique: true })
export class CredentialDefinitionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') slug!: string;
  @Column('text') name!: string;
  /** BADGE | CERTIFICATE | LICENSE | CERTIFICATION | ASSESSMENT | MICROCREDENTIAL */
  @Column('text') kind!: string;
  @Column('uuid', { name: 'issuer_id', nullable: true }) issuerId!: string | null;
  @Column('text', { name: 'provider_name', nullable: true }) providerName!: string | null;
  @Column('text', { nullable: true }) description!: string | null;
  /** Achievement id (URI) used in issued OB 3.0 credentials. */
  @Column('text', { name: 'achievement_uri', nullable: true }) achievementUri!: string | null;
  @Column('real', { name: 'estimated_hours', nullable: true }) estimatedHours!: number | null;
  /** USD. */
  @Column('real', { nullable: true }) cost!: number | null;
  /** Months of validity after issue; null = does not expire. */
  @Column('integer', { name: 'validity_months', nullable: true }) validityMonths!: number | null;
  @Column('text', { nullable: true }) delivery!: string | null;
  @Column('text', { nullable: true }) source!: string | null;
  @Column('text', { name: 'source_ref', nullable: true }) sourceRef!: string | null;
}

/** A skill a definition proves, at a level on the organisation's scale. */
@Entity('credential_definition_alignment')
export class CredentialDefinitionAlignmentEntity {
  @PrimaryColumn('uuid', { name: 'definition_id' }) definitionId!: string;
  @PrimaryColumn('text', { name: 'skill_id' }) skillId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('integer') level!: number;
}
