import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PersonEntity } from '@skillproof/api-data-access';
import { DomainError, notFound } from '@skillproof/api-core';
import { AuditService } from '@skillproof/api-feature-auth';
import { APPLICATION_STAGES, checkMove, isStage, normalizeReason, type Stage } from '../rules/pipeline-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One recorded decision with its actor (null when the account was deleted). */
export interface StageEventRow {
  id: string;
  fromStage: Stage | null;
  toStage: Stage;
  reason: string;
  at: Date;
  actor: { id: string; email: string; displayName: string } | null;
}

/** An application with its person and history (oldest decision first). */
export interface ApplicationRow {
  id: string;
  jobId: string;
  personId: string;
  stage: Stage;
  createdAt: Date;
  updatedAt: Date;
  person: PersonEntity;
  history: StageEventRow[];
}

interface RawApplication {
  id: string; job_id: string; person_id: string; stage: Stage; created_at: Date; updated_at: Date;
  person: { id: string; organizationId: string; kind: 'CANDIDATE' | 'EMPLOYEE'; givenName: string; familyName: string; displayName: string; email: string; code: string; teamId: string | null; homeOccupationCode: string | null };
  history: { id: string; fromStage: Stage | null; toStage: Stage; reason: string; at: string; actorId: string | null; actorEmail: string | null; actorName: string | null }[];
}

/** The SELECT list of an application `a` with its person and history (one row per application). */
const APPLICATION_COLUMNS = `
  a.id, a.job_id, a.person_id, a.stage, a.created_at, a.updated_at,
  json_build_object('id', p.id, 'organizationId', p.organization_id, 'kind', p.kind, 'givenName', p.given_name, 'familyName', p.family_name,
    'displayName', p.display_name, 'email', p.email, 'code', p.code, 'teamId', p.team_id, 'homeOccupationCode', p.home_occupation_code) AS person,
  (SELECT coalesce(json_agg(json_build_object('id', e.id, 'fromStage', e.from_stage, 'toStage', e.to_stage, 'reason', e.reason, 'at', e.at,
            'actorId', u.id, 'actorEmail', u.email, 'actorName', u.display_name) ORDER BY e.at, e.id), '[]'::json)
     FROM application_stage_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
    WHERE e.application_id = a.id) AS history`;

const toRow = (r: RawApplication): ApplicationRow => ({
  id: r.id, jobId: r.job_id, personId: r.person_id, stage: r.stage, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
  person: r.person as PersonEntity,
  history: r.history.map((e) => ({
    id: e.id, fromStage: e.fromStage, toStage: e.toStage, reason: e.reason, at: new Date(e.at),
    actor: e.actorId ? { id: e.actorId, email: e.actorEmail ?? '', displayName: e.actorName ?? '' } : null,
  })),
});

/**
 * A job's hiring pipeline (PRODUCT.md §2 "Application"): who is at which stage, and every decision
 * with who (the signed-in user), when (UTC) and why (a required reason). Moves follow
 * `rules/pipeline-rules.ts`; each move is one transaction (application row locked, stage event and
 * audit event written together).
 */
@Injectable()
export class PipelineService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Moves `personId` to `toStage` in `jobId`'s pipeline (creating the application when the person is not
   * in it yet), recording the reason, the actor and the instant, plus an `application.move` audit event.
   * @param expectedStage when given (null = "not in the pipeline"), the move happens only if the
   *   application is still there (optimistic check).
   * @throws DomainError BAD_USER_INPUT (blank or too long reason), NOT_FOUND (job, person),
   *   CONFLICT (move not allowed from the current stage, or the stage changed since `expectedStage`).
   */
  async move(
    organizationId: string,
    actorUserId: string,
    input: { jobId: string; personId: string; toStage: Stage; reason: string; expectedStage?: Stage | null },
  ): Promise<{ application: ApplicationRow; event: StageEventRow }> {
    const reason = normalizeReason(input.reason);
    if (!('reason' in reason)) throw new DomainError(reason.code, reason.message, { field: reason.field });
    if (!isStage(input.toStage)) throw new DomainError('BAD_USER_INPUT', `Unknown stage ${String(input.toStage)}`, { field: 'toStage' });
    const { applicationId, eventId } = await this.db.transaction(async (tx) => {
      await this.assertJobAndPerson(tx, organizationId, input.jobId, input.personId);
      // Serialise moves of the same person in the same job (also when the application does not exist yet).
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`application:${input.jobId}:${input.personId}`]);
      const current: { id: string; stage: Stage }[] = await tx.query(
        'SELECT id, stage FROM application WHERE organization_id = $1 AND job_id = $2 AND person_id = $3 FOR UPDATE',
        [organizationId, input.jobId, input.personId],
      );
      const from = current[0]?.stage ?? null;
      if (input.expectedStage !== undefined && input.expectedStage !== from) {
        throw new DomainError('CONFLICT', `This application is now ${from ? from.toLowerCase() : 'not in the pipeline'}, not ${input.expectedStage ? input.expectedStage.toLowerCase() : 'out of the pipeline'}: reload and try again`, {
          field: 'expectedStage', currentStage: from,
        });
      }
      const refusal = checkMove(from, input.toStage);
      if (refusal) throw new DomainError(refusal.code, refusal.message, { field: refusal.field, currentStage: from });
      let applicationId = current[0]?.id;
      if (applicationId) {
        await tx.query('UPDATE application SET stage = $2, updated_at = clock_timestamp() WHERE id = $1', [applicationId, input.toStage]);
      } else {
        const [created]: { id: string }[] = await tx.query(
          'INSERT INTO application (organization_id, job_id, person_id, stage) VALUES ($1, $2, $3, $4) RETURNING id',
          [organizationId, input.jobId, input.personId, input.toStage],
        );
        applicationId = created.id;
      }
      const [event]: { id: string }[] = await tx.query(
        `INSERT INTO application_stage_event (organization_id, application_id, from_stage, to_stage, reason, actor_user_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [organizationId, applicationId, from, input.toStage, reason.reason, actorUserId],
      );
      await this.audit.record({
        organizationId, actorUserId, action: 'application.move', subjectType: 'application', subjectId: applicationId,
        details: { jobId: input.jobId, personId: input.personId, fromStage: from, toStage: input.toStage, reason: reason.reason },
      }, tx);
      return { applicationId, eventId: event.id };
    });
    const application = await this.get(organizationId, applicationId);
    const event = application.history.find((e) => e.id === eventId);
    if (!event) throw new Error(`stage event ${eventId} vanished`);
    return { application, event };
  }

  /**
   * Adds people to a job's pipeline at APPLIED with `reason` (people already in it stay where they are),
   * inside the caller's transaction. Returns how many were added.
   */
  async addApplied(tx: EntityManager, organizationId: string, actorUserId: string, jobId: string, personIds: readonly string[], reason: string): Promise<number> {
    if (!personIds.length) return 0;
    const added: { id: string }[] = await tx.query(
      `INSERT INTO application (organization_id, job_id, person_id, stage)
       SELECT $1, $2, p, 'APPLIED' FROM unnest($3::uuid[]) AS p
       ON CONFLICT (organization_id, job_id, person_id) DO NOTHING RETURNING id`,
      [organizationId, jobId, [...new Set(personIds)]],
    );
    if (!added.length) return 0;
    await tx.query(
      `INSERT INTO application_stage_event (organization_id, application_id, from_stage, to_stage, reason, actor_user_id)
       SELECT $1, a, NULL, 'APPLIED', $3, $4 FROM unnest($2::uuid[]) AS a`,
      [organizationId, added.map((a) => a.id), reason, actorUserId],
    );
    return added.length;
  }

  /** One application with person and history. @throws NOT_FOUND */
  async get(organizationId: string, applicationId: string): Promise<ApplicationRow> {
    const rows: RawApplication[] = await this.db.query(
      `SELECT ${APPLICATION_COLUMNS} FROM application a JOIN person p ON p.id = a.person_id WHERE a.organization_id = $1 AND a.id = $2`,
      [organizationId, applicationId],
    );
    if (!rows.length) throw notFound('Application', applicationId);
    return toRow(rows[0]);
  }

  /** Count per stage (every stage, pipeline order) and the total, for a job. */
  async counts(organizationId: string, jobId: string): Promise<{ total: number; stageCounts: { stage: Stage; count: number }[] }> {
    const rows: { stage: Stage; count: number }[] = await this.db.query(
      'SELECT stage, count(*)::int AS count FROM application WHERE organization_id = $1 AND job_id = $2 GROUP BY stage',
      [organizationId, jobId],
    );
    const by = new Map(rows.map((r) => [r.stage, r.count]));
    const stageCounts = APPLICATION_STAGES.map((stage) => ({ stage, count: by.get(stage) ?? 0 }));
    return { total: stageCounts.reduce((n, s) => n + s.count, 0), stageCounts };
  }

  /** A page of a job's applications (of `stage` when given), most recently moved first, then id; and the total. */
  async page(organizationId: string, jobId: string, stage: Stage | null, limit: number, offset: number): Promise<{ items: ApplicationRow[]; totalCount: number }> {
    const params: unknown[] = [organizationId, jobId];
    let where = 'a.organization_id = $1 AND a.job_id = $2';
    if (stage) {
      params.push(stage);
      where += ` AND a.stage = $${params.length}`;
    }
    const rows: (RawApplication & { total: number })[] = await this.db.query(
      `SELECT ${APPLICATION_COLUMNS}, count(*) OVER ()::int AS total
         FROM application a JOIN person p ON p.id = a.person_id
        WHERE ${where}
        ORDER BY a.updated_at DESC, a.id
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    let totalCount = rows[0]?.total ?? 0;
    if (!rows.length && offset > 0) {
      const [{ count }]: { count: number }[] = await this.db.query(`SELECT count(*)::int AS count FROM application a WHERE ${where}`, params);
      totalCount = count;
    }
    return { items: rows.map(toRow), totalCount };
  }

  /** Current stage of each person in a job's pipeline (absent when not in it). */
  async stagesOf(organizationId: string, jobId: string, personIds: readonly string[]): Promise<Map<string, Stage>> {
    if (!personIds.length) return new Map();
    const rows: { person_id: string; stage: Stage }[] = await this.db.query(
      'SELECT person_id, stage FROM application WHERE organization_id = $1 AND job_id = $2 AND person_id = ANY($3::uuid[])',
      [organizationId, jobId, [...personIds]],
    );
    return new Map(rows.map((r) => [r.person_id, r.stage]));
  }

  /**
   * People by id (organisation-scoped) with their current stage in `jobId`'s pipeline (null when not in
   * it), in one statement. Unknown ids are absent from the map.
   */
  async peopleWithStage(organizationId: string, jobId: string, personIds: readonly string[]): Promise<Map<string, { person: PersonEntity; stage: Stage | null }>> {
    if (!personIds.length) return new Map();
    const { entities, raw } = await this.db.getRepository(PersonEntity).createQueryBuilder('p')
      .leftJoin('application', 'a', 'a.organization_id = p.organization_id AND a.job_id = :job AND a.person_id = p.id', { job: UUID.test(jobId) ? jobId : null })
      .addSelect('a.stage', 'stage')
      .where('p.organization_id = :org AND p.id IN (:...ids)', { org: organizationId, ids: [...personIds] })
      .getRawAndEntities<{ p_id: string; stage: Stage | null }>();
    const stageOf = new Map(raw.map((r) => [r.p_id, r.stage]));
    return new Map(entities.map((person) => [person.id, { person, stage: stageOf.get(person.id) ?? null }]));
  }

  private async assertJobAndPerson(tx: EntityManager, organizationId: string, jobId: string, personId: string): Promise<void> {
    if (!UUID.test(jobId)) throw notFound('Job', jobId);
    if (!UUID.test(personId)) throw notFound('Person', personId);
    const [row]: { job: boolean; person: boolean }[] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM job WHERE organization_id = $1 AND id = $2) AS job,
              EXISTS (SELECT 1 FROM person WHERE organization_id = $1 AND id = $3) AS person`,
      [organizationId, jobId, personId],
    );
    if (!row.job) throw notFound('Job', jobId);
    if (!row.person) throw notFound('Person', personId);
  }
}
