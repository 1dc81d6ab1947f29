import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from '@skillproof/api-data-access';

/** What to record: the actor (null for anonymous, e.g. a failed sign-in), the action, its subject, details. */
export interface AuditRecord {
  organizationId: string;
  actorUserId: string | null;
  /** Dotted verb, e.g. `auth.login`, `auth.login_failed`, `credential.import`. */
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * The audit log (PRODUCT.md §6): every logged action carries the signed-in user. Append-only
 * (`audit_event`); read back newest first by ADMIN (`auditEvents`). A tamper-evident trail is a later issue.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Appends one event (in `tx` when given, so it commits or rolls back with the action). */
  async record(event: AuditRecord, tx?: EntityManager): Promise<void> {
    await (tx ?? this.db.manager).query(
      'INSERT INTO audit_event (organization_id, actor_user_id, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5, $6)',
      [event.organizationId, event.actorUserId, event.action, event.subjectType ?? null, event.subjectId ?? null, JSON.stringify(event.details ?? {})],
    );
  }

  /** Events of `organizationId`, newest first (`at` then id descending): `first` rows from `offset`, and the total. */
  async page(organizationId: string, first: number, offset: number): Promise<{ rows: AuditEventEntity[]; total: number }> {
    const [rows, total] = await this.db.getRepository(AuditEventEntity).findAndCount({
      where: { organizationId }, order: { at: 'DESC', id: 'DESC' }, take: first, skip: offset,
    });
    return { rows, total };
  }
}
