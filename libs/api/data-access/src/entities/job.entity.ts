import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A requisition. */
@Entity('job')
export class JobEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId!: string | null;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  /** O*NET-SOC or ESCO occupation code. */
  @Column('text', { name: 'occupation_code', nullable: true }) occupationCode!: string | null;
  /** DRAFT | OPEN | CLOSED */
  @Column('text') status!: 'DRAFT' | 'OPEN' | 'CLOSED';
}

@Entity('job_requirement')
export class JobRequirementEntity {
  @PrimaryColumn('uuid', { name: 'job_id' }) jobId!: string;
  @PrimaryColumn('text', { name: 'skill_id' }) skillId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('integer', { name: 'min_level' }) minLevel!: number;
  @Column('real') weight!: number;
  @Column('boolean', { name: 'must_have' }) mustHave!: boolean;
  /** Display order. */
  @Column('integer', { default: 0 }) position!: number;
}
