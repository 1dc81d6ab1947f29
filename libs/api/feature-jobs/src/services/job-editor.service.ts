import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { JobEntity } from '@skillproof/api-data-access';
import { badInput, DomainError, notFound, visibleText } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import type { ProficiencyScale } from '@skillproof/domain-model';
import type { CreateJobInput, RequirementInput, UpdateJobInput } from '../models/job-editor.model';
import { JobStatus } from '../models/job.model';
import { validateRequirements, type ValidRequirement } from '../rules/requirement-rules';
import { skillLookupFor } from '../rules/skill-lookup';
import { loadProficiencyScale } from './organization-scale';

const MAX_TITLE = 200;
const MAX_DESCRIPTION = 100_000;
const MAX_OCCUPATION_CODE = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The job editor (issue 5, HR): create and update requisitions and replace their requirements
 * atomically. Every write runs in ONE transaction: a bad requirement (unknown or duplicate skill,
 * level off the organisation's scale, weight outside 0.01..100) is BAD_USER_INPUT and nothing is saved.
 */
@Injectable()
export class JobEditorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /**
   * Creates a job (status DRAFT unless given) with its requirements.
   * @throws DomainError BAD_USER_INPUT (title, lengths, requirements), NOT_FOUND (teamId).
   */
  async create(organizationId: string, input: CreateJobInput): Promise<JobEntity> {
    const title = this.title(input.title);
    return this.db.transaction(async (tx) => {
      const teamId = await this.teamId(tx, organizationId, input.teamId);
      const requirements = await this.validate(tx, organizationId, input.requirements ?? []);
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO job (id, organization_id, team_id, title, description, occupation_code, status)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6) RETURNING id`,
        [organizationId, teamId, title, this.text('description', input.description, MAX_DESCRIPTION), this.text('occupationCode', input.occupationCode, MAX_OCCUPATION_CODE), input.status ?? JobStatus.DRAFT],
      );
      await this.writeRequirements(tx, organizationId, row.id, requirements);
      return this.load(tx, organizationId, row.id);
    });
  }

  /**
   * Updates the given fields of a job and, when `requirements` is given, replaces them — together.
   * @throws DomainError NOT_FOUND (job, teamId), BAD_USER_INPUT.
   */
  async update(organizationId: string, input: UpdateJobInput): Promise<JobEntity> {
    return this.db.transaction(async (tx) => {
      await this.lockJob(tx, organizationId, input.id);
      const sets: string[] = [];
      const params: unknown[] = [organizationId, input.id];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      if (input.title != null) set('title', this.title(input.title));
      if (input.status != null) set('status', input.status);
      if (input.teamId !== undefined && input.teamId !== null) set('team_id', await this.teamId(tx, organizationId, input.teamId));
      if (input.description !== undefined && input.description !== null) set('description', this.text('description', input.description, MAX_DESCRIPTION));
      if (input.occupationCode !== undefined && input.occupationCode !== null) set('occupation_code', this.text('occupationCode', input.occupationCode, MAX_OCCUPATION_CODE));
      if (input.requirements) {
        const requirements = await this.validate(tx, organizationId, input.requirements);
        await this.writeRequirements(tx, organizationId, input.id, requirements);
      }
      if (sets.length) await tx.query(`UPDATE job SET ${sets.join(', ')} WHERE organization_id = $1 AND id = $2`, params);
      return this.load(tx, organizationId, input.id);
    });
  }

  /**
   * Replaces a job's requirements with `drafts` (display order = input order), all or nothing.
   * @throws DomainError NOT_FOUND (job), BAD_USER_INPUT (details.problems lists every bad row).
   */
  async replaceRequirements(organizationId: string, jobId: string, drafts: RequirementInput[]): Promise<JobEntity> {
    return this.db.transaction(async (tx) => {
      await this.lockJob(tx, organizationId, jobId);
      const requirements = await this.validate(tx, organizationId, drafts);
      await this.writeRequirements(tx, organizationId, jobId, requirements);
      return this.load(tx, organizationId, jobId);
    });
  }

  /** Teams of the organisation by name (id and name), for the editor's team choice. */
  async teamOptions(organizationId: string): Promise<{ id: string; name: string }[]> {
    return this.db.query('SELECT id, name FROM team WHERE organization_id = $1 ORDER BY name, id', [organizationId]);
  }

  /** The organisation's proficiency scale. */
  scale(organizationId: string): Promise<ProficiencyScale> {
    return loadProficiencyScale(this.db.manager, organizationId);
  }

  private async validate(tx: EntityManager, organizationId: string, drafts: readonly RequirementInput[]): Promise<ValidRequirement[]> {
    const [scale, { taxonomy, skills }] = await Promise.all([loadProficiencyScale(tx, organizationId), this.taxonomy.get()]);
    const result = validateRequirements(drafts, scale, skillLookupFor(taxonomy), (id) => skills.get(id)?.name ?? id);
    if (!result.ok) {
      const [first] = result.problems;
      const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : '';
      throw new DomainError('BAD_USER_INPUT', `${first.message}${more}`, {
        field: first.field === 'requirements' ? 'requirements' : `requirements[${first.index}].${first.field}`,
        problems: result.problems,
      });
    }
    return result.requirements;
  }

  private async writeRequirements(tx: EntityManager, organizationId: string, jobId: string, requirements: ValidRequirement[]): Promise<void> {
    await tx.query('DELETE FROM job_requirement WHERE organization_id = $1 AND job_id = $2', [organizationId, jobId]);
    if (!requirements.length) return;
    await tx.query(
      `INSERT INTO job_requirement (job_id, skill_id, organization_id, min_level, weight, must_have, position)
       SELECT $1, r.skill_id, $2, r.min_level, r.weight, r.must_have, r.position
         FROM unnest($3::text[], $4::int[], $5::real[], $6::boolean[], $7::int[]) AS r(skill_id, min_level, weight, must_have, position)`,
      [jobId, organizationId, requirements.map((r) => r.skillId), requirements.map((r) => r.minLevel), requirements.map((r) => r.weight),
        requirements.map((r) => r.mustHave), requirements.map((r) => r.position)],
    );
  }

  /** Locks the job row for the transaction (concurrent editors are serialised). @throws NOT_FOUND */
  private async lockJob(tx: EntityManager, organizationId: string, jobId: string): Promise<void> {
    if (!UUID.test(jobId)) throw notFound('Job', jobId);
    const rows: unknown[] = await tx.query('SELECT 1 FROM job WHERE organization_id = $1 AND id = $2 FOR UPDATE', [organizationId, jobId]);
    if (!rows.length) throw notFound('Job', jobId);
  }

  private async load(tx: EntityManager, organizationId: string, id: string): Promise<JobEntity> {
    const job = await tx.getRepository(JobEntity).findOneBy({ organizationId, id });
    if (!job) throw notFound('Job', id);
    return job;
  }

  /** A team id of the organisation, or null for none (`''`/null). @throws NOT_FOUND */
  private async teamId(tx: EntityManager, organizationId: string, teamId: string | null | undefined): Promise<string | null> {
    const id = teamId?.trim();
    if (!id) return null;
    if (!UUID.test(id)) throw notFound('Team', id);
    const rows: unknown[] = await tx.query('SELECT 1 FROM team WHERE organization_id = $1 AND id = $2', [organizationId, id]);
    if (!rows.length) throw notFound('Team', id);
    return id;
  }

  /**
   * The title to store: invisible characters (white space, zero-width and format characters) stripped
   * from both ends, inner white space collapsed; at least one visible character, at most MAX_TITLE.
   */
  private title(value: string): string {
    const title = visibleText(value, { collapse: true });
    if (!title) throw badInput('title', 'Give the job a title (it has no visible character)');
    if (title.length > MAX_TITLE) throw badInput('title', `The title is ${title.length} characters; at most ${MAX_TITLE}`);
    return title;
  }

  /** Optional text with invisible characters stripped from both ends; '' / null / only invisible characters → null. */
  private text(field: string, value: string | null | undefined, max: number): string | null {
    const text = visibleText(value);
    if (text.length > max) throw badInput(field, `${field} is ${text.length} characters; at most ${max}`);
    return text || null;
  }
}
