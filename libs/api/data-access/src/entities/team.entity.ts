import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('team')
export class TeamEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') name!: string;
  @Column('uuid', { name: 'manager_id', nullable: true }) managerId!: string | null;
}

/** Target profile entry: `needed` people at `minLevel` or above. */
@Entity('team_target_skill')
export class TeamTargetSkillEntity {
  @PrimaryColumn('uuid', { name: 'team_id' }) teamId!: string;
  @PrimaryColumn('text', { name: 'skill_id' }) skillId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('integer', { name: 'min_level' }) minLevel!: number;
  @Column('integer') needed!: number;
}
