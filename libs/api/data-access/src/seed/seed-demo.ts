import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  createMapFetcher, createStatusListCredential, exportIssuerKey, generateIssuerKey, issueOpenBadgeCredential,
  verifyCredential, type IssuerKey,
} from '@skillproof/domain-verification';
import type { VerificationReport } from '@skillproof/domain-model';
import { documentHash } from '../credential-hash';
import { buildDemoPlan, stableUuid, type DemoPlan } from './demo-plan';
import { loadReferenceData } from './demo-reference-data';
import { seedDemoUsers } from './seed-users';

export { DEMO_ORGANIZATION_SLUG } from './demo-plan';

export interface SeedDemoOptions {
  /** Folder of data/reference. */
  referenceDataDir: string;
  /** Public origin of the server; status-list URLs in demo credentials point at `<publicUrl>/status-lists/<id>`. */
  publicUrl: string;
  log?: (message: string) => void;
  /** Verification date (default now). */
  asOf?: Date;
}

export interface SeedDemoResult {
  created: boolean;
  organizationId: string;
  summary: string;
}

const CHUNK = 500;
const SKILL_URI_PREFIX: Record<string, string> = {
  esco: 'http://data.europa.eu/esco/skill/',
  onet: 'https://www.onetonline.org/find/descriptor/result/',
};

/** The URI an issued credential's `achievement.alignment[].targetUrl` gives for a skill id. */
export function skillTargetUrl(skillId: string, sourceId: string | null | undefined): string {
  if (sourceId && /^https?:\/\//.test(sourceId)) return sourceId;
  const [framework, rest] = [skillId.slice(0, skillId.indexOf(':')), skillId.slice(skillId.indexOf(':') + 1)];
  const prefix = SKILL_URI_PREFIX[framework];
  return prefix ? `${prefix}${rest}` : `urn:skillproof:skill:${encodeURIComponent(skillId)}`;
}

async function insertChunks(tx: EntityManager, table: string, columns: string[], rows: unknown[][], conflict = ''): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const slice = rows.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const values = slice.map((r) => `(${r.map((v) => { params.push(v); return `$${params.length}`; }).join(', ')})`);
    await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ${conflict}`, params);
  }
}

/**
 * Loads the demo organisation once (a no-op when its slug exists): the shared skill taxonomy, the
 * organisation, its own issuers with real Ed25519 keys (did:key, derived deterministically from the
 * plan), the credential catalogue, teams, people, jobs, a signed Bitstring Status List per issuer,
 * and every award as a real signed OB 3.0 credential verified through the product's verifier and
 * stored verbatim with its report (claimed awards are stored as CLAIMED, never signed).
 * All in ONE transaction: a failed seed leaves nothing behind. Same plan → same ids and documents.
 */
export async function seedDemo(db: DataSource, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const log = options.log ?? (() => undefined);
  const reference = loadReferenceData(options.referenceDataDir);
  const plan: DemoPlan = buildDemoPlan(reference);
  const existing: unknown[] = await db.query('SELECT 1 FROM organization WHERE slug = $1', [plan.organization.slug]);
  // Demo accounts (issue 5) also reach a demo loaded before sign-in existed (idempotent).
  if (existing.length) await seedDemoUsers(db.manager, plan);
  if (existing.length) return { created: false, organizationId: plan.organization.id, summary: 'already loaded' };

  const started = Date.now();
  const asOf = options.asOf ?? new Date();
  const orgId = plan.organization.id;
  const skillSource = new Map(reference.skills.map((s) => [s.id, s.sourceId ?? null]));
  const skillName = new Map(reference.skills.map((s) => [s.id, s.name]));

  // Issuer keys and status lists are made before the transaction (CPU work, no database).
  const keys = new Map<string, IssuerKey>();
  for (const issuer of plan.issuers) {
    const seed = createHash('sha256').update(`skillproof-demo-issuer:${issuer.key}`).digest();
    keys.set(issuer.id, await generateIssuerKey(new Uint8Array(seed)));
  }
  const statusLists = new Map<string, { id: string; url: string; indexes: number[]; credential: Record<string, unknown> }>();
  for (const issuer of plan.issuers) {
    const id = uuidFrom(`status-list:${issuer.id}`);
    const url = `${options.publicUrl}/status-lists/${id}`;
    const indexes = plan.awards.filter((a) => a.state === 'REVOKED' && definitionIssuer(plan, a.definitionId) === issuer.id)
      .map((a) => a.statusListIndex).sort((a, b) => a - b);
    const key = need(keys, issuer.id);
    const credential = await createStatusListCredential({
      key, issuer: { id: key.did, name: issuer.name }, id: url, statusPurpose: 'revocation', revokedIndexes: indexes,
      validFrom: new Date('2019-01-01T00:00:00Z'), created: new Date('2019-01-01T00:00:00Z'),
    });
    statusLists.set(issuer.id, { id, url, indexes, credential });
  }
  const fetcher = createMapFetcher(Object.fromEntries([...statusLists.values()].map((s) => [s.url, s.credential])));

  // Sign and verify every award (real verification, same verifier as importCredential).
  const definitions = new Map(plan.definitions.map((d) => [d.id, d]));
  /** Catalogue ids are slugs in the plan; the database keys them by a stable UUID. */
  const definitionUuid = (slug: string) => stableUuid(plan.seed, 'definition', slug);
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const issuersById = new Map(plan.issuers.map((i) => [i.id, i]));
  const credentials: unknown[][] = [];
  const alignments: unknown[][] = [];
  const counts: Record<string, number> = {};
  for (const award of plan.awards) {
    const def = need(definitions, award.definitionId);
    const person = need(people, award.personId);
    let document: string;
    let report: VerificationReport;
    let format = 'OB3_JSONLD';
    if (award.state === 'CLAIMED') {
      format = 'MANUAL';
      document = JSON.stringify({ type: 'SelfReportedClaim', achievement: def.name, claimedBy: person.email, claimedOn: award.issuedOn.toISOString() });
      report = { status: 'CLAIMED', checkedAt: asOf, asOf, reasons: [], checks: [{ name: 'structure', outcome: 'PASS', message: 'Self-reported claim: shown apart, never counted as verified' }] };
    } else {
      const issuer = need(issuersById, def.issuerId, 'issuer');
      const key = need(keys, issuer.id);
      const signed = await issueOpenBadgeCredential({
        key,
        issuer: { id: key.did, name: issuer.name, url: issuer.url },
        credentialId: `urn:uuid:${award.id}`,
        subject: { email: person.email, salt: award.id.slice(0, 8) },
        achievement: {
          id: `urn:uuid:${definitionUuid(def.id)}`,
          name: def.name,
          description: def.description || def.name,
          achievementType: achievementType(def.kind),
          criteria: { narrative: `Awarded by ${def.providerName} (${def.kind.toLowerCase()}).` },
          alignment: def.alignments.map((a) => ({
            targetUrl: skillTargetUrl(a.skillId, skillSource.get(a.skillId)), targetName: skillName.get(a.skillId) ?? a.skillId,
            targetCode: a.skillId, targetFramework: a.skillId.startsWith('esco:') ? 'ESCO' : 'O*NET',
          })),
        },
        validFrom: award.issuedOn,
        validUntil: award.validUntil ?? undefined,
        status: { statusListCredential: need(statusLists, issuer.id).url, statusListIndex: award.statusListIndex, statusPurpose: 'revocation' },
        created: award.issuedOn,
      });
      if (award.state === 'TAMPERED') {
        // An attacker extends the validity / renames the achievement after signing: must come out FAILED.
        const subject = signed['credentialSubject'] as { achievement: { name: string } };
        subject.achievement.name = `${subject.achievement.name} (Advanced)`;
      }
      document = JSON.stringify(signed, null, 2);
      report = (await verifyCredential(document, { asOf, now: asOf, fetcher })).report;
    }
    counts[report.status] = (counts[report.status] ?? 0) + 1;
    credentials.push([
      award.id, orgId, award.personId, definitionUuid(def.id), def.issuerId, `urn:uuid:${award.id}`, documentHash(document), format, document,
      def.name, plan.issuers.find((i) => i.id === def.issuerId)?.name ?? null, award.issuedOn, award.issuedOn, award.validUntil,
      report.status, JSON.stringify(report), report.checkedAt,
    ]);
    for (const a of def.alignments) alignments.push([award.id, a.skillId, orgId, a.level]);
  }
  log(`signed and verified ${plan.awards.length} demo credentials in ${Math.round((Date.now() - started) / 1000)} s`);

  await db.transaction(async (tx) => {
    await insertChunks(tx, 'skill', ['id', 'name', 'aliases', 'search_text', 'description', 'category', 'source_id'],
      reference.skills.map((s) => [s.id, s.name, s.aliases, searchText(s.name, s.aliases), s.description ?? null, s.category ?? null, s.sourceId ?? null]),
      'ON CONFLICT (id) DO NOTHING');
    await insertChunks(tx, 'skill_broader', ['skill_id', 'broader_id'],
      reference.skills.flatMap((s) => s.broaderIds.map((b) => [s.id, b])), 'ON CONFLICT DO NOTHING');
    await tx.query('INSERT INTO organization (id, name, slug, proficiency_scale) VALUES ($1, $2, $3, $4)', [
      orgId, plan.organization.name, plan.organization.slug,
      JSON.stringify({ min: 1, max: 5, labels: ['Foundational', 'Developing', 'Proficient', 'Advanced', 'Expert'] }),
    ]);
    await insertChunks(tx, 'issuer', ['id', 'organization_id', 'name', 'url', 'did', 'trusted'],
      plan.issuers.map((i) => [i.id, orgId, i.name, i.url, need(keys, i.id).did, i.trusted]));
    await insertChunks(tx, 'issuer_key', ['issuer_id', 'organization_id', 'key_pair'],
      plan.issuers.map((i) => [i.id, orgId, JSON.stringify(exportIssuerKey(need(keys, i.id)))]));
    await insertChunks(tx, 'status_list', ['id', 'organization_id', 'issuer_id', 'status_purpose', 'set_indexes', 'credential'],
      plan.issuers.map((i) => { const s = need(statusLists, i.id); return [s.id, orgId, i.id, 'revocation', s.indexes, JSON.stringify(s.credential)]; }));
    await insertChunks(tx, 'credential_definition',
      ['id', 'organization_id', 'slug', 'name', 'kind', 'issuer_id', 'provider_name', 'description', 'achievement_uri', 'estimated_hours', 'cost', 'validity_months', 'delivery', 'source', 'source_ref'],
      plan.definitions.map((d) => [definitionUuid(d.id), orgId, d.id, d.name, d.kind, d.issuerId, d.providerName, d.description, `urn:uuid:${definitionUuid(d.id)}`, d.estimatedHours, d.cost, d.validityMonths, d.delivery, d.source, d.sourceRef]));
    await insertChunks(tx, 'credential_definition_alignment', ['definition_id', 'skill_id', 'organization_id', 'level'],
      plan.definitions.flatMap((d) => d.alignments.map((a) => [definitionUuid(d.id), a.skillId, orgId, a.level])));
    await insertChunks(tx, 'team', ['id', 'organization_id', 'name'], plan.teams.map((t) => [t.id, orgId, t.name]));
    await insertChunks(tx, 'person', ['id', 'organization_id', 'kind', 'given_name', 'family_name', 'display_name', 'email', 'code', 'team_id', 'home_occupation_code'],
      plan.people.map((p) => [p.id, orgId, p.kind, p.givenName, p.familyName, p.displayName, p.email, p.code, p.teamId ?? null, p.homeOccupationCode ?? null]));
    for (const t of plan.teams) await tx.query('UPDATE team SET manager_id = $1 WHERE id = $2', [t.managerId, t.id]);
    await insertChunks(tx, 'team_target_skill', ['team_id', 'skill_id', 'organization_id', 'min_level', 'needed'],
      plan.teams.flatMap((t) => t.target.map((s) => [t.id, s.skillId, orgId, s.minLevel, s.needed])));
    await insertChunks(tx, 'job', ['id', 'organization_id', 'team_id', 'title', 'description', 'occupation_code', 'status'],
      plan.jobs.map((j) => [j.id, orgId, j.teamId, j.title, j.description, j.occupationCode, j.status]));
    await insertChunks(tx, 'job_requirement', ['job_id', 'skill_id', 'organization_id', 'min_level', 'weight', 'must_have', 'position'],
      plan.jobs.flatMap((j) => j.requirements.map((r, i) => [j.id, r.skillId, orgId, r.minLevel, r.weight, r.mustHave, i])));
    await insertChunks(tx, 'credential',
      ['id', 'organization_id', 'person_id', 'definition_id', 'issuer_id', 'credential_uri', 'content_hash', 'format', 'document', 'name', 'issuer_name', 'issued_on', 'valid_from', 'valid_until', 'verification_status', 'verification_report', 'verified_at'],
      credentials);
    await insertChunks(tx, 'credential_alignment', ['credential_id', 'skill_id', 'organization_id', 'level'], alignments);
    await seedDemoUsers(tx, plan);
  });
  const summary = `${reference.skills.length} skills, ${plan.definitions.length} credential definitions, ${plan.teams.length} teams, ${plan.jobs.length} jobs, ${plan.people.length} people, ${plan.awards.length} credentials (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}) in ${Math.round((Date.now() - started) / 1000)} s`;
  return { created: true, organizationId: orgId, summary };
}

function definitionIssuer(plan: DemoPlan, definitionId: string): string | undefined {
  return plan.definitions.find((d) => d.id === definitionId)?.issuerId;
}

/** OB 3.0 achievementType for a catalogue kind. */
function achievementType(kind: string): string {
  switch (kind) {
    case 'LICENSE': return 'License';
    case 'CERTIFICATION': return 'Certification';
    case 'CERTIFICATE': return 'Certificate';
    case 'ASSESSMENT': return 'Assessment';
    case 'MICROCREDENTIAL': return 'MicroCredential';
    default: return 'Badge';
  }
}

function searchText(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map((l) => l.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()).join('\n');
}

function uuidFrom(key: string): string {
  const h = createHash('sha256').update(`skillproof-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `map.get(key)`, or an Error naming what is missing (the plan's references are checked by its spec). */
function need<K, V>(map: ReadonlyMap<K, V>, key: K, what = 'entry'): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what} ${String(key)} is missing`);
  return value;
}
