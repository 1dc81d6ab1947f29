import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One audited action (PRODUCT.md §6, migration 1764806400000): who (`actorUserId`, null for an
 * anonymous failed sign-in) did `action` to (`subjectType`, `subjectId`) at `at` (UTC).
 */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('text') action!: string;
  @Column('text', { name: 'subject_type', nullable: true }) subjectType!: string | null;
  @Column('text', { name: 'subject_id', nullable: true }) subjectId!: string | null;
  @Column('jsonb') details!: Record<string, unknown>;
  @Column('timestamptz') at!: Date;
}
