import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A candidate (external applicant) or an employee. Personal data: never exposed via a stray field. */
@Entity('person')
@Index(['organizationId', 'email'], { unique: true })
export class PersonEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  /** CANDIDATE | EMPLOYEE */
  @Column('text') kind!: 'CANDIDATE' | 'EMPLOYEE';
  @Column('text', { name: 'given_name' }) givenName!: string;
  @Column('text', { name: 'family_name' }) familyName!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  /** Stored lower-case. */
  @Column('text') email!: string;
  /** Candidate code shown in blind mode. */
  @Column('text') code!: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId!: string | null;
  @Column('text', { name: 'home_occupation_code', nullable: true }) homeOccupationCode!: string | null;
}
