import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { documentHash, type PersonEntity } from '@skillproof/api-data-access';
import { badInput, DomainError, notFound } from '@skillproof/api-core';
import { AuditService } from '@skillproof/api-feature-auth';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import { tryParseLevel } from '@skillproof/domain-taxonomy';
import { CandidateCsvError, MAX_CANDIDATE_CSV_BYTES, parseCandidateCsv, type CandidateCsvRow } from '../rules/candidate-csv';
import { skillLookupFor, type SkillLookup } from '../rules/skill-lookup';
import { loadProficiencyScale } from './organization-scale';
import { PipelineService } from './pipeline.service';

/** The outcome of one data row (see CandidateImportRowModel). */
export interface CandidateImportRowResult {
  row: number;
  outcome: 'IMPORTED' | 'REJECTED';
  email: string;
  name: string;
  skill: string;
  skillId: string | null;
  skillName: string | null;
  level: number | null;
  errors: string[];
  personId: string | null;
  createdPerson: boolean;
}

export interface CandidateImportResult {
  encoding: string;
  delimiter: string;
  total: number;
  imported: number;
  rejected: number;
  peopleCreated: number;
  peopleUpdated: number;
  addedToPipeline: number;
  rows: CandidateImportRowResult[];
  people: PersonEntity[];
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const MAX_NAME = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `credential_uri` of the claim a CSV import keeps per (person, skill): re-importing updates it. */
const claimUri = (personId: string, skillId: string) => `urn:skillproof:claim:csv:${personId}:${encodeURIComponent(skillId)}`;

/**
 * Candidate CSV import (issue 5, HR; case C8). Reads the file with `parseCandidateCsv` (encoding
 * detected from the bytes, BOM stripped, `,` or `;`), checks every row (e-mail, name, skill resolved by
 * name, alias or id case- and accent-insensitively, level on the organisation's scale), then saves the
 * valid rows in ONE transaction with a savepoint per row, so each row is all-or-nothing and the rest of
 * the file still imports:
 * - the person is upserted by e-mail (lower-case): created as a CANDIDATE (name split into given /
 *   family at the first space, a fresh blind-mode code), or an existing CANDIDATE's name updated (an
 *   employee's name is never changed by a candidate file);
 * - the skill is stored as a CLAIMED, self-reported credential (format MANUAL, aligned to the skill at
 *   the level): shown apart as `claimedSkills`, never scored. One claim per (person, skill) from CSV:
 *   importing again with another level updates it explicitly;
 * - with `jobId`, the person is added to that job's pipeline at APPLIED (reason "Imported from <file>").
 * One `candidates.import` audit event summarises the import.
 */
@Injectable()
export class CandidateImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly pipeline: PipelineService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Imports the CSV `bytes` (see the class docs).
   * @throws DomainError BAD_USER_INPUT for a file that cannot be read as a whole (empty, too large, not
   *   base64, header without email/name/skill/level); NOT_FOUND for an unknown `jobId`. Row problems are
   *   never thrown: they are reported per row (with its row number, header = row 1).
   */
  async import(organizationId: string, actorUserId: string, input: { bytes: Uint8Array; filename?: string | null; jobId?: string | null }): Promise<CandidateImportResult> {
    let parsed;
    try {
      parsed = parseCandidateCsv(input.bytes);
    } catch (e) {
      if (e instanceof CandidateCsvError) throw new DomainError('BAD_USER_INPUT', e.message, { field: 'contentBase64', ...e.details });
      throw e;
    }
    const jobId = input.jobId?.trim() || null;
    if (jobId) {
      const rows: unknown[] = UUID.test(jobId) ? await this.db.query('SELECT 1 FROM job WHERE organization_id = $1 AND id = $2', [organizationId, jobId]) : [];
      if (!rows.length) throw notFound('Job', jobId);
    }
    const [scale, { taxonomy, skills }] = await Promise.all([loadProficiencyScale(this.db.manager, organizationId), this.taxonomy.get()]);
    const lookup = skillLookupFor(taxonomy);

    // 1. Check every row (no database): collect every problem of a row.
    const results: CandidateImportRowResult[] = parsed.rows.map((r) => this.check(r, scale, lookup, (id) => skills.get(id)?.name ?? id));
    const parserErrors: CandidateImportRowResult[] = parsed.errors.map((e) => ({
      row: e.row, outcome: 'REJECTED', email: '', name: '', skill: '', skillId: null, skillName: null, level: null, errors: [e.message], personId: null, createdPerson: false,
    }));

    // 2. Save the valid rows: one transaction, a savepoint per row.
    const touched = new Map<string, PersonEntity>();
    let peopleCreated = 0;
    let peopleUpdated = 0;
    let addedToPipeline = 0;
    const filename = input.filename?.trim().slice(0, 200) || 'a CSV file';
    await this.db.transaction(async (tx) => {
      for (const r of results) {
        if (r.errors.length) continue;
        await tx.query('SAVEPOINT candidate_row');
        try {
          const { person, created, updated } = await this.upsertPerson(tx, organizationId, r.email, r.name);
          await this.upsertClaim(tx, organizationId, person, r.skillId as string, r.skillName as string, r.level as number, filename);
          if (jobId) addedToPipeline += await this.pipeline.addApplied(tx, organizationId, actorUserId, jobId, [person.id], `Imported from ${filename} (row ${r.row})`);
          await tx.query('RELEASE SAVEPOINT candidate_row');
          r.outcome = 'IMPORTED';
          r.personId = person.id;
          r.createdPerson = created;
          if (created) peopleCreated += 1;
          else if (updated && !touched.has(person.id)) peopleUpdated += 1;
          touched.set(person.id, person);
        } catch (e) {
          await tx.query('ROLLBACK TO SAVEPOINT candidate_row');
          r.outcome = 'REJECTED';
          r.errors.push(`Row ${r.row} could not be saved: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      const imported = results.filter((r) => r.outcome === 'IMPORTED').length;
      await this.audit.record({
        organizationId, actorUserId, action: 'candidates.import', subjectType: jobId ? 'job' : null, subjectId: jobId,
        details: { filename, encoding: parsed.encoding, delimiter: parsed.delimiter, rows: results.length + parserErrors.length, imported, peopleCreated, addedToPipeline },
      }, tx);
    });
    const rows = [...results, ...parserErrors].sort((a, b) => a.row - b.row);
    const imported = rows.filter((r) => r.outcome === 'IMPORTED').length;
    return {
      encoding: parsed.encoding, delimiter: parsed.delimiter, total: rows.length, imported, rejected: rows.length - imported,
      peopleCreated, peopleUpdated, addedToPipeline, rows, people: [...touched.values()],
    };
  }

  /** Decodes the base64 file content. @throws DomainError BAD_USER_INPUT */
  static decodeBase64(content: string): Uint8Array {
    const text = (content ?? '').replace(/\s+/g, '');
    if (!text) throw badInput('contentBase64', 'The file is empty');
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text) || text.length % 4 === 1) throw badInput('contentBase64', 'contentBase64 is not base64');
    if (text.length > Math.ceil(MAX_CANDIDATE_CSV_BYTES / 3) * 4 + 4) {
      throw new DomainError('BAD_USER_INPUT', `The file is larger than ${MAX_CANDIDATE_CSV_BYTES} bytes`, { field: 'contentBase64', limit: MAX_CANDIDATE_CSV_BYTES });
    }
    return new Uint8Array(Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64'));
  }

  private check(
    r: CandidateCsvRow,
    scale: Parameters<typeof tryParseLevel>[1],
    lookup: (ref: string) => SkillLookup,
    skillName: (id: string) => string,
  ): CandidateImportRowResult {
    const errors: string[] = [];
    const email = r.email.trim().toLowerCase();
    const name = r.name.trim().replace(/\s+/g, ' ');
    if (!email) errors.push(`Row ${r.row}: the email is empty`);
    else if (!EMAIL.test(email) || email.length > 320) errors.push(`Row ${r.row}: "${r.email}" is not an email address`);
    if (!name) errors.push(`Row ${r.row}: the name is empty`);
    else if (name.length > MAX_NAME) errors.push(`Row ${r.row}: the name is longer than ${MAX_NAME} characters`);
    let skillId: string | null = null;
    if (!r.skill.trim()) errors.push(`Row ${r.row}: the skill is empty`);
    else {
      const found = lookup(r.skill);
      if (found.skillId !== undefined) skillId = found.skillId;
      else if (found.ambiguous.length > 1) {
        errors.push(`Row ${r.row}: skill "${r.skill}" names several skills (${found.ambiguous.map(skillName).join('; ')}): use the skill id`);
      } else errors.push(`Row ${r.row}: unknown skill "${r.skill}" (not a skill name or alias of the taxonomy)`);
    }
    let level: number | null = null;
    const parsedLevel = tryParseLevel(r.level, scale);
    if (parsedLevel.ok) level = parsedLevel.level;
    else errors.push(`Row ${r.row}: ${r.level.trim() ? `level "${r.level}" is not on the scale` : 'the level is empty'}: ${describeScale(scale)}`);
    return {
      row: r.row, outcome: errors.length ? 'REJECTED' : 'IMPORTED', email, name, skill: r.skill, skillId, skillName: skillId ? skillName(skillId) : null,
      level, errors, personId: null, createdPerson: false,
    };
  }

  private async upsertPerson(tx: EntityManager, organizationId: string, email: string, name: string): Promise<{ person: PersonEntity; created: boolean; updated: boolean }> {
    const existing: PersonEntity[] = await tx.query(
      `SELECT id, organization_id AS "organizationId", kind, given_name AS "givenName", family_name AS "familyName", display_name AS "displayName",
              email, code, team_id AS "teamId", home_occupation_code AS "homeOccupationCode"
         FROM person WHERE organization_id = $1 AND email = $2 FOR UPDATE`,
      [organizationId, email],
    );
    const space = name.indexOf(' ');
    const givenName = space > 0 ? name.slice(0, space) : name;
    const familyName = space > 0 ? name.slice(space + 1) : '';
    if (existing.length) {
      const p = existing[0];
      if (p.kind !== 'CANDIDATE' || p.displayName === name) return { person: p, created: false, updated: false };
      await tx.query('UPDATE person SET given_name = $2, family_name = $3, display_name = $4 WHERE id = $1', [p.id, givenName, familyName, name]);
      return { person: { ...p, givenName, familyName, displayName: name }, created: false, updated: true };
    }
    for (let attempt = 0; ; attempt++) {
      const code = `C-${randomBytes(4).toString('hex').slice(0, attempt < 5 ? 5 : 8).toUpperCase()}`;
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO person (id, organization_id, kind, given_name, family_name, display_name, email, code)
         SELECT gen_random_uuid(), $1, 'CANDIDATE', $2, $3, $4, $5, $6
          WHERE NOT EXISTS (SELECT 1 FROM person WHERE organization_id = $1 AND code = $6)
         RETURNING id`,
        [organizationId, givenName, familyName, name, email, code],
      );
      if (rows.length) {
        return {
          person: { id: rows[0].id, organizationId, kind: 'CANDIDATE', givenName, familyName, displayName: name, email, code, teamId: null, homeOccupationCode: null },
          created: true, updated: false,
        };
      }
      if (attempt > 20) throw new Error('no free candidate code');
    }
  }

  /** The person's CSV claim of `skillId` at `level`: created, or updated when the level differs. */
  private async upsertClaim(tx: EntityManager, organizationId: string, person: PersonEntity, skillId: string, skillName: string, level: number, filename: string): Promise<void> {
    const uri = claimUri(person.id, skillId);
    const now = new Date();
    const document = JSON.stringify({ type: 'SelfReportedClaim', source: 'candidate-csv', claimedBy: person.email, skill: { id: skillId, name: skillName }, level, file: filename });
    const report = {
      status: 'CLAIMED', checkedAt: now, asOf: now, reasons: [],
      checks: [{ name: 'structure', outcome: 'PASS', message: 'Self-reported claim (candidate CSV import): shown apart, never counted as verified' }],
    };
    const existing: { id: string; level: number | null }[] = await tx.query(
      `SELECT c.id, a.level FROM credential c LEFT JOIN credential_alignment a ON a.credential_id = c.id AND a.skill_id = $3
        WHERE c.organization_id = $1 AND c.credential_uri = $2 AND c.format = 'MANUAL' AND c.verification_status = 'CLAIMED' FOR UPDATE OF c`,
      [organizationId, uri, skillId],
    );
    if (existing.length) {
      if (existing[0].level === level) return;
      await tx.query('UPDATE credential SET document = $2, content_hash = $3, verification_report = $4, verified_at = $5 WHERE id = $1',
        [existing[0].id, document, documentHash(document), JSON.stringify(report), now]);
      await tx.query(
        `INSERT INTO credential_alignment (credential_id, skill_id, organization_id, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (credential_id, skill_id) DO UPDATE SET level = EXCLUDED.level`,
        [existing[0].id, skillId, organizationId, level],
      );
      return;
    }
    const [credential]: { id: string }[] = await tx.query(
      `INSERT INTO credential (id, organization_id, person_id, credential_uri, content_hash, format, document, name, issued_on,
                               verification_status, verification_report, verified_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 'MANUAL', $5, $6, $7, 'CLAIMED', $8, $7) RETURNING id`,
      [organizationId, person.id, uri, documentHash(document), document, `Claimed: ${skillName}`, now, JSON.stringify(report)],
    );
    await tx.query('INSERT INTO credential_alignment (credential_id, skill_id, organization_id, level) VALUES ($1, $2, $3, $4)', [credential.id, skillId, organizationId, level]);
  }
}

/** "use 1..5 or a label (Foundational, …)". */
function describeScale(scale: { min: number; max: number; labels: readonly string[] }): string {
  return `use ${scale.min}..${scale.max}${scale.labels.length ? ` or a label (${scale.labels.join(', ')})` : ''}`;
}
