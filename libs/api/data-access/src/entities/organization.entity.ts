import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A tenant. Every organisation-owned table carries `organization_id`. */
@Entity('organization')
export class OrganizationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { unique: true }) slug!: string;
  /** Proficiency scale `{ min, max, labels }` (default 1..5). */
  @Column('jsonb', { name: 'proficiency_scale' }) proficiencyScale!: { min: number; max: number; labels: string[] };
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
