import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A learning assignment (PRODUCT.md §2): L&D asks an employee to earn a credential definition by a due
 * date. `status` ASSIGNED | IN_PROGRESS | COMPLETED | CANCELLED; COMPLETED is set by the
 * `credential_completes_learning_assignment` trigger when a VERIFIED credential of the definition
 * arrives for the person (migration 1764720000000). Overdue is derived (open and due date passed).
 */
@Entity('learning_assignment')
@Index(['organizationId', 'status', 'dueDate'])
export class LearningAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'definition_id' }) definitionId!: string;
  /** ASSIGNED | IN_PROGRESS | COMPLETED | CANCELLED */
  @Column('text') status!: 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
  @Column('timestamptz', { name: 'due_date' }) dueDate!: Date;
  @Column('timestamptz', { name: 'assigned_at' }) assignedAt!: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Column('uuid', { name: 'completed_by_credential_id', nullable: true }) completedByCredentialId!: string | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('text', { nullable: true }) note!: string | null;
  /** Who assigned it (a user reference once sign-in exists; null until then). */
  @Column('text', { name: 'created_by', nullable: true }) createdBy!: string | null;
}
