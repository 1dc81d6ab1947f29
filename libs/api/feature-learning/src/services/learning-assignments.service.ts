import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, DomainError, notFound } from '@skillproof/api-core';
import { CredentialEntity, LearningAssignmentEntity } from '@skillproof/api-data-access';
import { assertTransition, type AssignmentStatus } from '@skillproof/domain-learning';
import { withDomainErrors } from './learning-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Most people one `assignCredential` call may assign. */
export const MAX_ASSIGNEES = 500;
/** Longest note kept on a status change. */
export const MAX_NOTE_LENGTH = 2000;
/** Largest `expiringCredentials` window, in days (ten years). */
export const MAX_EXPIRY_WINDOW_DAYS = 3650;

/** Filters of {@link LearningAssignmentsService.list}. */
export interface AssignmentFilters {
  status?: AssignmentStatus | null;
  teamId?: string | null;
  /** true: open and past due at `now`; false: everything else. */
  overdue?: boolean | null;
}

const COLUMNS = `a.id, a.organization_id AS "organizationId", a.person_id AS "personId", a.definition_id AS "definitionId",
  a.status, a.due_date AS "dueDate", a.assigned_at AS "assignedAt", a.completed_at AS "completedAt",
  a.completed_by_credential_id AS "completedByCredentialId", a.cancelled_at AS "cancelledAt", a.note, a.created_by AS "createdBy"`;

/**
 * Learning assignments (PRODUCT.md §2, §5): create (one by one or a whole plan, all-or-nothing),
 * list with filters, manual status changes under the lifecycle rules, and the expiring credentials of
 * employees. Completion is NOT done here: the database trigger `credential_completes_learning_assignment`
 * completes open assignments when a VERIFIED credential of the definition arrives for the person,
 * whichever import path writes it. Every query is scoped by organisation.
 */
@Injectable()
export class LearningAssignmentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Assigns `definitionId` to every person of `personIds`, due `dueDate`, in one transaction.
   * Duplicates: when a person already has an OPEN (ASSIGNED / IN_PROGRESS) assignment of that
   * definition, that assignment is returned unchanged (its due date is kept) — so a retried request is
   * harmless and never creates a second one (a partial unique index also guards concurrent requests).
   * @returns one assignment per distinct person, in input order.
   * @throws DomainError BAD_USER_INPUT (no person, more than 500, a non-employee, due date not in the
   *   future), NOT_FOUND (an unknown person or definition). Nothing is written on error.
   */
  async assign(organizationId: string, personIds: readonly string[], definitionId: string, dueDate: Date, now: Date, createdBy: string | null = null): Promise<LearningAssignmentEntity[]> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0) throw badInput('personIds', 'personIds must name at least one employee');
    if (ids.length > MAX_ASSIGNEES) throw badInput('personIds', `At most ${MAX_ASSIGNEES} people per assignment (got ${ids.length})`);
    assertFuture(dueDate, now);
    return this.db.transaction(async (tx) => {
      await this.assertDefinition(tx, organizationId, definitionId);
      await this.assertEmployees(tx, organizationId, ids);
      return this.insert(tx, organizationId, ids.map((personId) => ({ personId, definitionId })), dueDate, createdBy, true);
    });
  }

  /**
   * Creates the given (person, definition) assignments due `dueDate` in one transaction (used to
   * accept an upskilling plan computed server-side). Pairs that already have an open assignment are
   * skipped (not returned).
   * @throws DomainError BAD_USER_INPUT when the due date is not in the future.
   */
  async createMany(organizationId: string, pairs: readonly { personId: string; definitionId: string }[], dueDate: Date, now: Date, createdBy: string | null = null): Promise<LearningAssignmentEntity[]> {
    assertFuture(dueDate, now);
    if (pairs.length === 0) return [];
    return this.db.transaction((tx) => this.insert(tx, organizationId, pairs, dueDate, createdBy, false));
  }

  /**
   * A page of assignments, ordered by due date, then assigned at, then id; with the total count.
   * @param now the instant `overdue` is judged at.
   */
  async list(organizationId: string, filters: AssignmentFilters, limit: number, offset: number, now: Date): Promise<{ totalCount: number; items: LearningAssignmentEntity[] }> {
    const where = ['a.organization_id = $1'];
    const params: unknown[] = [organizationId];
    if (filters.status) {
      params.push(filters.status);
      where.push(`a.status = $${params.length}`);
    }
    if (filters.teamId) {
      if (!UUID.test(filters.teamId)) return { totalCount: 0, items: [] };
      params.push(filters.teamId);
      where.push(`p.team_id = $${params.length}`);
    }
    if (filters.overdue != null) {
      params.push(now);
      const overdue = `(a.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date < $${params.length})`;
      where.push(filters.overdue ? overdue : `NOT ${overdue}`);
    }
    const from = `learning_assignment a JOIN person p ON p.id = a.person_id AND p.organization_id = a.organization_id WHERE ${where.join(' AND ')}`;
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM ${from}`, params);
    const items: LearningAssignmentEntity[] = await this.db.query(
      `SELECT ${COLUMNS} FROM ${from} ORDER BY a.due_date ASC, a.assigned_at ASC, a.id ASC LIMIT ${limit} OFFSET ${offset}`, params);
    return { totalCount: count as number, items };
  }

  /**
   * Manual status change: IN_PROGRESS or CANCELLED only (COMPLETED is set by a VERIFIED credential),
   * under the lifecycle rules (ASSIGNED → IN_PROGRESS → COMPLETED | CANCELLED). `note` (≤ 2000
   * characters) replaces the previous note when given. The row is locked while checking, so a
   * concurrent automatic completion cannot be overwritten.
   * @throws DomainError NOT_FOUND, BAD_USER_INPUT (status COMPLETED/ASSIGNED, note too long),
   *   CONFLICT (a transition the lifecycle forbids, e.g. from COMPLETED or CANCELLED).
   */
  async updateStatus(organizationId: string, id: string, status: AssignmentStatus, note: string | null | undefined, now: Date): Promise<LearningAssignmentEntity> {
    if (status !== 'IN_PROGRESS' && status !== 'CANCELLED') {
      throw badInput('status', `Only IN_PROGRESS or CANCELLED can be set by hand (got ${status}); COMPLETED is set when a VERIFIED credential of the definition is imported`);
    }
    if (note != null && note.length > MAX_NOTE_LENGTH) throw badInput('note', `note must be at most ${MAX_NOTE_LENGTH} characters`);
    if (!UUID.test(id)) throw notFound('LearningAssignment', id);
    return this.db.transaction(async (tx) => {
      const [current]: LearningAssignmentEntity[] = await tx.query(
        `SELECT ${COLUMNS} FROM learning_assignment a WHERE a.organization_id = $1 AND a.id = $2 FOR UPDATE`, [organizationId, id]);
      if (!current) throw notFound('LearningAssignment', id);
      withDomainErrors(() => assertTransition(current.status, status));
      // TypeORM returns [rows, affectedCount] for an UPDATE ... RETURNING on PostgreSQL.
      const [updatedRows]: [LearningAssignmentEntity[], number] = await tx.query(
        `UPDATE learning_assignment a SET status = $3, note = coalesce($4, a.note),
                cancelled_at = CASE WHEN $3 = 'CANCELLED' THEN $5::timestamptz ELSE a.cancelled_at END
          WHERE a.organization_id = $1 AND a.id = $2 RETURNING ${COLUMNS}`,
        [organizationId, id, status, note ?? null, now]);
      return updatedRows[0];
    });
  }

  /**
   * Employees' VERIFIED credentials whose validUntil falls within `(now, now + withinDays days]`,
   * soonest first (then id); with `teamId`, only that team's members.
   * @throws DomainError BAD_USER_INPUT when `withinDays` is not an integer 0..3650.
   */
  async expiring(organizationId: string, withinDays: number, teamId: string | null | undefined, now: Date): Promise<CredentialEntity[]> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > MAX_EXPIRY_WINDOW_DAYS) {
      throw badInput('withinDays', `withinDays must be an integer between 0 and ${MAX_EXPIRY_WINDOW_DAYS} (got ${withinDays})`);
    }
    if (teamId && !UUID.test(teamId)) return [];
    const until = new Date(now.getTime() + withinDays * 86_400_000);
    const params: unknown[] = [organizationId, now, until];
    let team = '';
    if (teamId) {
      params.push(teamId);
      team = `AND p.team_id = $4`;
    }
    const ids: { id: string }[] = await this.db.query(
      `SELECT c.id FROM credential c JOIN person p ON p.id = c.person_id AND p.organization_id = c.organization_id
        WHERE c.organization_id = $1 AND p.kind = 'EMPLOYEE' AND c.verification_status = 'VERIFIED'
          AND c.valid_until > $2 AND c.valid_until <= $3 ${team}
        ORDER BY c.valid_until ASC, c.id ASC`, params);
    if (ids.length === 0) return [];
    const rows = await this.db.getRepository(CredentialEntity).createQueryBuilder('c')
      .where('c.organization_id = :org AND c.id IN (:...ids)', { org: organizationId, ids: ids.map((r) => r.id) }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((r) => byId.get(r.id) ?? []);
  }

  private async insert(tx: EntityManager, organizationId: string, pairs: readonly { personId: string; definitionId: string }[], dueDate: Date, createdBy: string | null, returnExisting: boolean): Promise<LearningAssignmentEntity[]> {
    const result: LearningAssignmentEntity[] = [];
    for (const { personId, definitionId } of pairs) {
      const [created]: LearningAssignmentEntity[] = await tx.query(
        `INSERT INTO learning_assignment AS a (organization_id, person_id, definition_id, status, due_date, created_by)
         VALUES ($1, $2, $3, 'ASSIGNED', $4, $5)
         ON CONFLICT (organization_id, person_id, definition_id) WHERE status IN ('ASSIGNED', 'IN_PROGRESS') DO NOTHING
         RETURNING ${COLUMNS}`, [organizationId, personId, definitionId, dueDate, createdBy]);
      if (created) {
        result.push(created);
      } else if (returnExisting) {
        const [existing]: LearningAssignmentEntity[] = await tx.query(
          `SELECT ${COLUMNS} FROM learning_assignment a WHERE a.organization_id = $1 AND a.person_id = $2 AND a.definition_id = $3
              AND a.status IN ('ASSIGNED', 'IN_PROGRESS')`, [organizationId, personId, definitionId]);
        if (existing) result.push(existing);
      }
    }
    return result;
  }

  private async assertDefinition(tx: EntityManager, organizationId: string, definitionId: string): Promise<void> {
    const rows = UUID.test(definitionId)
      ? await tx.query('SELECT 1 FROM credential_definition WHERE organization_id = $1 AND id = $2', [organizationId, definitionId])
      : [];
    if (rows.length === 0) throw notFound('CredentialDefinition', definitionId);
  }

  private async assertEmployees(tx: EntityManager, organizationId: string, ids: readonly string[]): Promise<void> {
    const unknown = ids.filter((id) => !UUID.test(id));
    if (unknown.length) throw new DomainError('NOT_FOUND', `Person ${unknown[0]} was not found`, { entity: 'Person', ids: unknown });
    const rows: { id: string; kind: string }[] = await tx.query('SELECT id, kind FROM person WHERE organization_id = $1 AND id = ANY($2::uuid[])', [organizationId, ids]);
    const kinds = new Map(rows.map((r) => [r.id, r.kind]));
    const missing = ids.filter((id) => !kinds.has(id));
    if (missing.length) throw new DomainError('NOT_FOUND', `Person ${missing[0]} was not found`, { entity: 'Person', ids: missing });
    const candidates = ids.filter((id) => kinds.get(id) !== 'EMPLOYEE');
    if (candidates.length) {
      throw new DomainError('BAD_USER_INPUT', `Only employees can be assigned learning (not an employee: ${candidates.join(', ')})`, { field: 'personIds', ids: candidates });
    }
  }
}

/**
 * Validates a due date.
 * @throws DomainError BAD_USER_INPUT (field dueDate) when invalid or not after `now`.
 */
export function assertFuture(dueDate: Date, now: Date): void {
  if (!(dueDate instanceof Date) || Number.isNaN(dueDate.getTime())) throw badInput('dueDate', 'dueDate must be a valid ISO-8601 instant');
  if (dueDate.getTime() <= now.getTime()) throw badInput('dueDate', `dueDate must be in the future (got ${dueDate.toISOString()})`);
}
