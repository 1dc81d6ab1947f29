import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A role of a signed-in user (PRODUCT.md §6). */
export type UserRole = 'ADMIN' | 'HR' | 'MANAGER' | 'LND';

/** Every role, in display order. */
export const USER_ROLES: readonly UserRole[] = ['ADMIN', 'HR', 'MANAGER', 'LND'];

/**
 * A local account of an organisation (migration 1764806400000). `email` lower-case, unique per
 * organisation; `passwordHash` an argon2id PHC string (never exposed); `personId` the user's own
 * person record (a manager manages the teams whose `manager_id` is that person).
 */
@Entity('app_user')
export class AppUserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash!: string;
  @Column('text', { array: true }) roles!: UserRole[];
  @Column('uuid', { name: 'person_id', nullable: true }) personId!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('boolean') disabled!: boolean;
}
