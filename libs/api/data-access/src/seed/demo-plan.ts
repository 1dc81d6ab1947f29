/**
 * Deterministic demo-organisation plan (../shared/design/DATA.md "Demo organisation").
 *
 * `buildDemoPlan(reference)` turns the committed reference data (data/reference/*.json: real O*NET /
 * ESCO skills, O*NET-derived jobs and team targets, a curated catalogue of real credentials) into a
 * fictional agency: issuers, teams, jobs, 50 employees, 200 candidates and their credential awards,
 * with planted gaps. It is PURE: no I/O, no clock, no Math.random — a seeded PRNG (mulberry32) and
 * sha256-derived UUIDs make two builds with the same seed deep-equal. Seeding (keys, signing,
 * persistence) is done elsewhere from this plan.
 *
 * Units: levels are integers 1–5 (DEFAULT_PROFICIENCY_SCALE); dates are `Date` instants at midnight
 * UTC; weights are Importance/5 in 0..1; validity in months.
 */
import { createHash } from 'node:crypto';
import type { Alignment, CredentialKind, SkillId } from '@skillproof/domain-model';

// ------------------------------------------------------------------------------------------------
// Reference data (shape of data/reference/*.json)
// ------------------------------------------------------------------------------------------------

/** Slug of the demo organisation (its demo-only features, e.g. `issueDemoCredential`, check it). */
export const DEMO_ORGANIZATION_SLUG = 'riverside-hhs';

/** A skill of skills.json: `esco:<uuid>`, `onet:2.B.3.e`, `onet-tech:<commodity>/<slug>` or `onet-tech:<commodity>` (group). */
export interface ReferenceSkill {
  id: SkillId;
  name: string;
  /** Alternative labels (deduplicated case-insensitively). */
  aliases: string[];
  description: string;
  /** e.g. 'O*NET Skills', 'O*NET Knowledge', 'O*NET Technology', 'ESCO knowledge', 'ESCO skill group'. */
  category: string;
  /** ESCO concept URI, O*NET element id, `onet-tech:<commodity>/<example>` or `unspsc:<commodity>`. */
  sourceId: string;
  /** Broader skills (DAG, never a cycle). */
  broaderIds: SkillId[];
}

/** One requirement of a reference job. `minLevel` 1–5, `weight` = O*NET Importance/5 (0..1). */
export interface ReferenceRequirement {
  skillId: SkillId;
  minLevel: number;
  weight: number;
  mustHave: boolean;
}

/** A job of jobs.json: `id` = `job-<O*NET-SOC with dashes>`. */
export interface ReferenceJob {
  id: string;
  occupationCode: string;
  title: string;
  teamKey: string;
  /** O*NET description + "Core tasks:" list. */
  description: string;
  requirements: ReferenceRequirement[];
}

/** One entry of a team target profile: `needed` people at `minLevel` (1–5) or above. */
export interface ReferenceTargetSkill {
  skillId: SkillId;
  minLevel: number;
  needed: number;
}

/** A team of teams.json. */
export interface ReferenceTeam {
  key: string;
  name: string;
  occupationCodes: string[];
  target: ReferenceTargetSkill[];
}

export type CredentialDelivery = 'ONLINE' | 'IN_PERSON' | 'HYBRID';
export type CredentialSource = 'credly' | 'nj-etpl-industry' | 'nj-etpl-license';

/** A credential definition of credential-definitions.json (a real credential; alignments curated). */
export interface ReferenceDefinition {
  /** Stable slug, e.g. 'nj-license-rn', 'credly-comptia-security-plus-ce'. */
  id: string;
  name: string;
  kind: CredentialKind;
  /** The real issuer / provider. */
  providerName: string;
  description: string;
  /** Hours to earn (estimate where the source has none; see estimatesNote). */
  estimatedHours: number | null;
  /** USD; 0 = free; null = unknown. */
  cost: number | null;
  /** Months after issue; null = does not expire. */
  validityMonths: number | null;
  delivery: CredentialDelivery;
  source: CredentialSource;
  /** Credly badge URL or `TBLINDUSTRYCREDENTIAL:<id>` / `TBLLICENSE:<id>`. */
  sourceRef: string;
  /** Skills it proves, each with the level (1–5) it proves. */
  alignments: Alignment[];
  /** How hours / cost / validity were estimated when not in the source. */
  estimatesNote?: string;
  /** Licences: the O*NET-SOC code of the NJ licence table (2010-era). */
  occupationCode?: string;
}

/** The four reference files. */
export interface ReferenceData {
  skills: ReferenceSkill[];
  jobs: ReferenceJob[];
  teams: ReferenceTeam[];
  definitions: ReferenceDefinition[];
}

// ------------------------------------------------------------------------------------------------
// Plan
// ------------------------------------------------------------------------------------------------

export interface DemoOrganization {
  id: string;
  name: string;
  slug: string;
}

/** A demo issuer. Its signing key is derived at seed time from `key`. */
export interface DemoIssuer {
  id: string;
  /** Short slug, unique; seed for the issuer's key pair. */
  key: string;
  name: string;
  url: string;
  trusted: boolean;
}

/** A reference definition with the demo issuer that awards it. */
export interface DemoDefinition extends ReferenceDefinition {
  issuerId: string;
}

export interface DemoTeam {
  id: string;
  key: string;
  name: string;
  /** Employee id of the manager (also in memberIds). */
  managerId: string;
  memberIds: string[];
  target: ReferenceTargetSkill[];
}

export type DemoJobStatus = 'OPEN' | 'DRAFT' | 'CLOSED';

export interface DemoJob {
  id: string;
  /** Reference job id (`job-15-1212-00`). */
  referenceId: string;
  title: string;
  description: string;
  occupationCode: string;
  teamId: string;
  status: DemoJobStatus;
  requirements: ReferenceRequirement[];
}

export type DemoPersonKind = 'EMPLOYEE' | 'CANDIDATE';

export interface DemoPerson {
  id: string;
  kind: DemoPersonKind;
  givenName: string;
  familyName: string;
  displayName: string;
  /** Unique, lower-case, @*.example.org. */
  email: string;
  /** Blind-mode code, e.g. 'C-7F3A2' (unique). */
  code: string;
  /** O*NET-SOC code of the person's home occupation. */
  homeOccupationCode: string;
  /** Employees only. */
  teamId?: string;
}

/**
 * VALID: signed, verifies. EXPIRED: validUntil < now. REVOKED: revoked in the issuer's status list.
 * CLAIMED: self-reported, never signed. TAMPERED: signed then altered (stored with a FAILED report).
 */
export type DemoAwardState = 'VALID' | 'EXPIRED' | 'REVOKED' | 'CLAIMED' | 'TAMPERED';

export interface DemoAward {
  id: string;
  personId: string;
  definitionId: string;
  /** Midnight UTC. */
  issuedOn: Date;
  /** issuedOn + validityMonths (midnight UTC), or null when the definition does not expire. */
  validUntil: Date | null;
  state: DemoAwardState;
  /** Index in the issuer's status list; unique per issuer. */
  statusListIndex: number;
}

export interface DemoPlan {
  seed: number;
  now: Date;
  organization: DemoOrganization;
  issuers: DemoIssuer[];
  definitions: DemoDefinition[];
  teams: DemoTeam[];
  jobs: DemoJob[];
  people: DemoPerson[];
  awards: DemoAward[];
}

export interface DemoPlanOptions {
  /** PRNG seed (default 1). */
  seed?: number;
  /** "Today" of the demo (default 2026-11-30T00:00:00Z). */
  now?: Date;
}

export const DEMO_DEFAULT_SEED = 1;
export const DEMO_DEFAULT_NOW = new Date('2026-11-30T00:00:00Z');
/** Reference jobs that are not OPEN in the demo. */
export const DEMO_JOB_STATUS: Readonly<Record<string, DemoJobStatus>> = {
  'job-43-4061-00': 'DRAFT',
  'job-13-1111-00': 'CLOSED',
};

// ------------------------------------------------------------------------------------------------
// Helpers (exported for tests and for the seeder)
// ------------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, seedable 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID-formatted (version 5 / RFC 4122 variant bits) sha256 of the parts joined with U+001F. */
export function stableUuid(...parts: Array<string | number>): string {
  const h = createHash('sha256').update(parts.map(String).join('\u001f')).digest('hex');
  const v = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const DAY = 86_400_000;
const utcDay = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
/** Adds calendar months in UTC (day clamped to the month's length). */
export function addMonthsUtc(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}
const slugify = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Skill closure: for every skill, itself and all its ancestors. A credential aligned to a skill
 * proves that skill and every broader skill at the same level (narrower evidence counts).
 */
export function ancestorClosure(skills: readonly ReferenceSkill[]): Map<SkillId, ReadonlySet<SkillId>> {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const memo = new Map<SkillId, Set<SkillId>>();
  const visit = (id: SkillId, stack: Set<SkillId>): Set<SkillId> => {
    const done = memo.get(id);
    if (done) return done;
    if (stack.has(id)) throw new Error(`broader cycle at ${id}`);
    stack.add(id);
    const out = new Set<SkillId>([id]);
    for (const b of byId.get(id)?.broaderIds ?? []) for (const x of visit(b, stack)) out.add(x);
    stack.delete(id);
    memo.set(id, out);
    return out;
  };
  for (const s of skills) visit(s.id, new Set());
  return memo;
}

/** Skill → highest level proven by a set of definitions (with broader propagation). */
export function provenLevels(
  defs: readonly ReferenceDefinition[],
  closure: ReadonlyMap<SkillId, ReadonlySet<SkillId>>,
): Map<SkillId, number> {
  const out = new Map<SkillId, number>();
  for (const d of defs) {
    for (const a of d.alignments) {
      for (const s of closure.get(a.skillId) ?? [a.skillId]) out.set(s, Math.max(out.get(s) ?? 0, a.level));
    }
  }
  return out;
}

/** Fraction (0..1) of `requirements` met (proven level ≥ minLevel) by `defs`. */
export function requirementCoverage(
  defs: readonly ReferenceDefinition[],
  requirements: readonly ReferenceRequirement[],
  closure: ReadonlyMap<SkillId, ReadonlySet<SkillId>>,
): number {
  if (requirements.length === 0) return 0;
  const proven = provenLevels(defs, closure);
  return requirements.filter((r) => (proven.get(r.skillId) ?? 0) >= r.minLevel).length / requirements.length;
}

// ------------------------------------------------------------------------------------------------
// Invented people
// ------------------------------------------------------------------------------------------------

const GIVEN_NAMES = [
  'Zoë', 'José', 'Siobhán', 'Thảo', 'Aisha', 'Mateo', 'Priya', 'Kwame', 'Ingrid', 'Hiroshi', 'Fatima', 'Liam',
  'Mei', 'Olumide', 'Chloé', 'Rafael', 'Anjali', 'Björn', 'Nadia', 'Tomás', 'Yuki', 'Amara', 'Dmitri', 'Lucía',
  'Emeka', 'Sofía', 'Arjun', 'Leilani', 'Noor', 'Gabriel', 'Hana', 'Kofi', 'Elif', 'Marcus', 'Ximena', 'Wei',
  'Aroha', 'Seo-yeon', 'Diego', 'Fionnuala', 'Ravi', 'Camille', 'Jamal', 'Ana', 'Malik', 'Eun-ji', 'Oskar',
  'Renée', 'Tariq', 'Maya', 'Andrés', 'Zainab', 'Ngozi', 'Sven', 'Isabela', 'Minh', 'Grace', 'Kai', 'Leticia',
  'Samuel', 'Ayşe', 'Bao', 'Daniela', 'Emmanuel', 'Freya', 'Hamid', 'Inès', 'Jonas', 'Keisha', 'Luca', 'Marisol',
  'Nikolai', 'Oluwaseun', 'Paloma', 'Quentin', 'Rosa', 'Saoirse', 'Tenzin', 'Ulla', 'Valentina', 'Yara', 'Zeynep',
];
const FAMILY_NAMES = [
  'Müller', 'Núñez', 'Nguyễn', 'O’Sullivan', 'Okafor', 'García', 'Patel', 'Mensah', 'Johansson', 'Tanaka',
  'Haddad', 'Murphy', 'Chen', 'Adeyemi', 'Lefèvre', 'Costa', 'Sharma', 'Lindqvist', 'Rahman', 'Ó Briain', 'Sato',
  'Diallo', 'Ivanova', 'Fernández', 'Eze', 'Rodríguez', 'Iyer', 'Kahananui', 'Hussain', 'Silva', 'Kim', 'Owusu',
  'Yılmaz', 'Washington', 'Hernández', 'Zhang', 'Ngata', 'Park', 'Ramírez', 'Ní Bhriain', 'Krishnan', 'Dubois',
  'Jackson', 'Sousa', 'Abdullah', 'Lee', 'Nowak', 'Gagné', 'Khan', 'Rosenberg', 'Álvarez', 'Bello', 'Obi',
  'Andersen', 'Oliveira', 'Trần', 'Brown', 'Akana', 'Moreno', 'Cohen', 'Şahin', 'Phạm', 'Castillo', 'Boateng',
  'Schröder', 'Karimi', 'Benoît', 'Wójcik', 'Reyes', 'Mbeki', 'Kowalski', 'Fitzgerald', 'Dang', 'Pérez', 'Novák',
];

/** Employees per home occupation (team sizes 15 / 14 / 10 / 11; the first code of each team is the manager's). */
const EMPLOYEE_MIX: ReadonlyArray<readonly [teamKey: string, managerOccupation: string, counts: Record<string, number>]> = [
  ['digital-services', '15-1299.09', { '15-1299.09': 2, '15-1254.00': 3, '15-1242.00': 2, '15-1212.00': 2, '15-1232.00': 2, '15-1244.00': 2, '15-2051.01': 2 }],
  ['clinical-services', '29-1141.00', { '29-1141.00': 4, '29-2061.00': 2, '31-9092.00': 2, '31-1131.00': 3, '29-2052.00': 1, '21-1094.00': 2 }],
  ['learning-development', '11-3131.00', { '11-3131.00': 2, '13-1151.00': 5, '25-9031.00': 3 }],
  ['public-programs', '13-1111.00', { '13-1111.00': 2, '43-4061.00': 3, '13-1041.00': 2, '13-1071.00': 2, '13-2031.00': 2 }],
];
const CANDIDATE_COUNT = 200;
const COVERAGE_MAX = 0.9;
const MIN_CREDS = 2;
const MAX_CREDS = 8;
const EARLIEST_ISSUE = new Date('2019-01-01T00:00:00Z');

/** The NJ licence of each licensed demo occupation (employees always hold it, most candidates do). */
export const OCCUPATION_LICENCE: Readonly<Record<string, string>> = {
  '29-1141.00': 'nj-license-rn',
  '29-2061.00': 'nj-license-lpn',
  '31-1131.00': 'nj-license-nurse-aide',
  '29-2052.00': 'nj-license-pharmacy-technician',
};

/** Skills a team is planted thin on (matched against the team's target-skill names). */
const THIN: Readonly<Record<string, RegExp>> = {
  'digital-services': /secur|cyber/i,
  'clinical-services': /health record|informatic/i,
};

// ------------------------------------------------------------------------------------------------
// buildDemoPlan
// ------------------------------------------------------------------------------------------------

/**
 * Builds the demo plan. Pure and deterministic: same reference + options ⇒ deep-equal plan, with
 * ids that are stable across runs (sha256 of seed, kind and natural key).
 */
export function buildDemoPlan(reference: ReferenceData, options: DemoPlanOptions = {}): DemoPlan {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const now = utcDay(options.now ?? DEMO_DEFAULT_NOW);
  const rng = new Rng(seed);
  const id = (kind: string, key: string): string => stableUuid(seed, kind, key);
  const closure = ancestorClosure(reference.skills);
  const skillName = new Map(reference.skills.map((s) => [s.id, s.name]));
  const definitions = [...reference.definitions].sort((a, b) => cmp(a.id, b.id));
  const defById = new Map(definitions.map((d) => [d.id, d]));
  const jobByOcc = new Map(reference.jobs.map((j) => [j.occupationCode, j]));
  const refTeamByKey = new Map(reference.teams.map((t) => [t.key, t]));

  // Organisation and issuers ---------------------------------------------------------------
  const organization: DemoOrganization = {
    id: id('organization', 'riverside'),
    name: 'Riverside Health & Human Services Agency',
    slug: DEMO_ORGANIZATION_SLUG,
  };
  const providers = [...new Set(definitions.map((d) => d.providerName))].sort(cmp);
  const issuerByProvider = new Map<string, DemoIssuer>();
  for (const p of providers) {
    const key = slugify(p).slice(0, 48);
    // A provider the source does not identify cannot be on a trust list.
    const trusted = !/NJ ETPL/.test(p);
    issuerByProvider.set(p, {
      id: id('issuer', key),
      key,
      name: trusted ? `${p} (demo issuer)` : 'Unnamed training provider (demo issuer, not on the trust list)',
      url: `https://issuers.example.org/${key}`,
      trusted,
    });
  }
  const issuers = [...issuerByProvider.values()].sort((a, b) => cmp(a.key, b.key));
  const demoDefs: DemoDefinition[] = definitions.map((d) => ({ ...d, issuerId: need(issuerByProvider, d.providerName).id }));

  // Teams, jobs -------------------------------------------------------------------------------
  const teamIdByKey = new Map(reference.teams.map((t) => [t.key, id('team', t.key)]));
  const jobs: DemoJob[] = [...reference.jobs]
    .sort((a, b) => cmp(a.id, b.id))
    .map((j) => ({
      id: id('job', j.id),
      referenceId: j.id,
      title: j.title,
      description: j.description,
      occupationCode: j.occupationCode,
      teamId: need(teamIdByKey, j.teamKey),
      status: DEMO_JOB_STATUS[j.id] ?? 'OPEN',
      requirements: j.requirements,
    }));

  // Names -------------------------------------------------------------------------------------
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  const usedCodes = new Set<string>();
  const people: DemoPerson[] = [];
  const newPerson = (kind: DemoPersonKind, naturalKey: string, occupation: string, teamId?: string): DemoPerson => {
    let given = '';
    let family = '';
    do {
      given = rng.pick(GIVEN_NAMES);
      family = rng.pick(FAMILY_NAMES);
    } while (usedNames.has(`${given} ${family}`));
    usedNames.add(`${given} ${family}`);
    const domain = kind === 'EMPLOYEE' ? 'riverside-hhs.example.org' : 'candidates.example.org';
    const local = `${slugify(given).replace(/-/g, '')}.${slugify(family).replace(/-/g, '')}`;
    let email = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
    usedEmails.add(email);
    const pid = id('person', naturalKey);
    let code = '';
    for (let salt = 0; !code || usedCodes.has(code); salt++) code = `C-${stableUuid(seed, 'code', naturalKey, salt).replace(/-/g, '').slice(0, 5).toUpperCase()}`;
    usedCodes.add(code);
    const p: DemoPerson = { id: pid, kind, givenName: given, familyName: family, displayName: `${given} ${family}`, email, code, homeOccupationCode: occupation };
    if (teamId) p.teamId = teamId;
    people.push(p);
    return p;
  };

  // Credential selection ----------------------------------------------------------------------
  const chosen = new Map<string, string[]>(); // personId → definition ids
  const protectedPeople = new Set<string>(); // awards kept VALID (designated candidates)
  const coverage = (defIds: readonly string[], occ: string): number =>
    requirementCoverage(defIds.map((d) => need(defById, d)), need(jobByOcc, occ).requirements, closure);
  const provesAny = (d: ReferenceDefinition, roots: ReadonlySet<SkillId>): boolean =>
    d.alignments.some((a) => [...(closure.get(a.skillId) ?? [])].some((s) => roots.has(s)));

  /** Greedy, randomised pick of definitions toward a coverage target in [0.45, 0.85], never above 0.9 unless `start` already is. */
  const fill = (start: string[], occ: string, exclude: (d: ReferenceDefinition) => boolean, target: number, maxCreds: number): string[] => {
    const picked = [...start];
    while (picked.length < maxCreds) {
      const cov = coverage(picked, occ);
      if (cov >= target && picked.length >= MIN_CREDS) break;
      const options = definitions
        .filter((d) => !picked.includes(d.id) && !exclude(d))
        .map((d) => ({ d, gain: coverage([...picked, d.id], occ) - cov }))
        .filter((o) => cov + o.gain <= COVERAGE_MAX + 1e-9 && (o.gain > 0 || cov >= target));
      if (options.length === 0) break;
      options.sort((a, b) => b.gain - a.gain || cmp(a.d.id, b.d.id));
      const best = options[0].gain;
      const top = options.filter((o) => o.gain >= best - 1e-9 || (best > 0 && o.gain > 0 && o.gain >= best / 2)).slice(0, 4);
      picked.push(rng.pick(top).d.id);
    }
    // at least MIN_CREDS: add a related credential that does not push coverage over the cap
    while (picked.length < MIN_CREDS) {
      const cov = coverage(picked, occ);
      const reqSkills = new Set(need(jobByOcc, occ).requirements.map((r) => r.skillId));
      const extra = definitions.filter((d) => !picked.includes(d.id) && !exclude(d) && coverage([...picked, d.id], occ) <= Math.max(cov, COVERAGE_MAX));
      const related = extra.filter((d) => d.alignments.some((a) => [...(closure.get(a.skillId) ?? [])].some((x) => reqSkills.has(x))));
      if (extra.length === 0) break;
      picked.push(rng.pick(related.length > 0 ? related : extra).id);
    }
    return picked;
  };

  /** Smallest greedy set of definitions proving every must-have (optionally leaving one out). */
  const coverMustHaves = (occ: string, leaveOut: SkillId | null): string[] | null => {
    const job = need(jobByOcc, occ);
    const must = job.requirements.filter((r) => r.mustHave && r.skillId !== leaveOut);
    const leave = job.requirements.find((r) => r.skillId === leaveOut);
    const notLeave = definitions.filter((d) => !leave || (provenLevels([d], closure).get(leave.skillId) ?? 0) < leave.minLevel);
    // Prefer definitions that alone stay under the coverage cap (a licence may cover > 90 %).
    const underCap = notLeave.filter((d) => coverage([d.id], occ) <= COVERAGE_MAX);
    return coverWith(underCap, must) ?? coverWith(notLeave, must);
  };
  const coverWith = (allowed: readonly ReferenceDefinition[], must: readonly ReferenceRequirement[]): string[] | null => {
    const picked: ReferenceDefinition[] = [];
    const unmet = () => {
      const p = provenLevels(picked, closure);
      return must.filter((r) => (p.get(r.skillId) ?? 0) < r.minLevel);
    };
    while (unmet().length > 0) {
      const before = unmet().length;
      let best: ReferenceDefinition | null = null;
      let bestGain = 0;
      for (const d of allowed) {
        if (picked.includes(d)) continue;
        picked.push(d);
        const gain = before - unmet().length;
        picked.pop();
        if (gain > bestGain) {
          best = d;
          bestGain = gain;
        }
      }
      if (!best) return null;
      picked.push(best);
    }
    return picked.map((d) => d.id);
  };

  // Employees ---------------------------------------------------------------------------------
  const teams: DemoTeam[] = [];
  for (const [teamKey, managerOcc, counts] of EMPLOYEE_MIX) {
    const refTeam = need(refTeamByKey, teamKey);
    const teamId = need(teamIdByKey, teamKey);
    const thinRe = THIN[teamKey];
    const thinRoots = new Set(thinRe ? refTeam.target.filter((t) => thinRe.test(skillName.get(t.skillId) ?? '')).map((t) => t.skillId) : []);
    const excludeThin = (d: ReferenceDefinition) => thinRoots.size > 0 && provesAny(d, thinRoots);
    const members: DemoPerson[] = [];
    for (const occ of Object.keys(counts).sort((a, b) => (a === managerOcc ? -1 : b === managerOcc ? 1 : cmp(a, b)))) {
      for (let i = 0; i < counts[occ]; i++) {
        const p = newPerson('EMPLOYEE', `employee/${teamKey}/${occ}/${i}`, occ, teamId);
        members.push(p);
        // Licensed clinicians hold their licence (which alone may cover more than 90 % of the job).
        let start: string[] = OCCUPATION_LICENCE[occ] && defById.has(OCCUPATION_LICENCE[occ]) ? [OCCUPATION_LICENCE[occ]] : [];
        // Digital Services' single security specialist: the one person proving its security skills.
        if (teamKey === 'digital-services' && occ === '15-1212.00' && i === 0 && defById.has('nj-comptia-cysa-plus')) start = ['nj-comptia-cysa-plus'];
        const target = 0.45 + rng.float() * 0.4;
        chosen.set(p.id, fill(start, occ, excludeThin, target, rng.int(3, MAX_CREDS)));
      }
    }
    teams.push({
      id: teamId,
      key: teamKey,
      name: refTeam.name,
      managerId: members[0].id,
      memberIds: members.map((m) => m.id),
      target: refTeam.target,
    });
  }

  // Candidates: an eligible and a one-credential-away candidate per open job, then the rest ----
  let candidateNo = 0;
  for (const job of jobs.filter((j) => j.status === 'OPEN')) {
    const occ = job.occupationCode;
    const cover = coverMustHaves(occ, null);
    if (cover) {
      const p = newPerson('CANDIDATE', `candidate/${candidateNo++}`, occ);
      chosen.set(p.id, fill(cover, occ, () => false, 0.5 + rng.float() * 0.3, MAX_CREDS));
      protectedPeople.add(p.id);
    }
    const must = job.requirements.filter((r) => r.mustHave);
    for (const m of rng.shuffle(must)) {
      const partial = coverMustHaves(occ, m.skillId);
      const closer = definitions.find((d) => (provenLevels([d], closure).get(m.skillId) ?? 0) >= m.minLevel);
      if (!partial || !closer) continue;
      const p = newPerson('CANDIDATE', `candidate/${candidateNo++}`, occ);
      const blocks = (d: ReferenceDefinition) => (provenLevels([d], closure).get(m.skillId) ?? 0) >= m.minLevel;
      chosen.set(p.id, fill(partial, occ, blocks, 0.45 + rng.float() * 0.3, MAX_CREDS));
      protectedPeople.add(p.id);
      break;
    }
  }
  const occupations = [...jobByOcc.keys()].sort(cmp);
  const rest = CANDIDATE_COUNT - candidateNo;
  const occCycle = rng.shuffle(occupations);
  for (let i = 0; i < rest; i++) {
    const occ = occCycle[i % occCycle.length];
    const p = newPerson('CANDIDATE', `candidate/${candidateNo++}`, occ);
    const licence = OCCUPATION_LICENCE[occ];
    const start = licence && defById.has(licence) && rng.float() < 0.8 ? [licence] : [];
    chosen.set(p.id, fill(start, occ, () => false, 0.45 + rng.float() * 0.4, rng.int(2, MAX_CREDS)));
  }

  // Awards and their states -------------------------------------------------------------------
  type Draft = { personId: string; definitionId: string; state: DemoAwardState; employee: boolean; locked: boolean };
  const drafts: Draft[] = [];
  for (const p of people) {
    for (const d of need(chosen, p.id)) {
      drafts.push({ personId: p.id, definitionId: d, state: 'VALID', employee: p.kind === 'EMPLOYEE', locked: protectedPeople.has(p.id) });
    }
  }
  // Digital Services' security specialist keeps the team's only security credential valid.
  for (const dr of drafts) if (dr.definitionId === 'nj-comptia-cysa-plus' && people.find((p) => p.id === dr.personId)?.teamId === teamIdByKey.get('digital-services')) dr.locked = true;

  const open = rng.shuffle(drafts.filter((d) => !d.locked));
  const expires = (d: Draft) => need(defById, d.definitionId).validityMonths !== null;
  const take = (n: number, pred: (d: Draft) => boolean, state: DemoAwardState) => {
    for (const d of open) {
      if (n <= 0) break;
      if (d.state === 'VALID' && pred(d)) {
        d.state = state;
        n--;
      }
    }
  };
  take(2, (d) => d.employee === false && expires(d), 'TAMPERED');
  take(1, (d) => d.employee && expires(d), 'TAMPERED');
  take(2, (d) => !d.employee, 'REVOKED');
  take(1, (d) => d.employee, 'REVOKED');
  take(Math.round(drafts.length * 0.05), () => true, 'CLAIMED');
  take(Math.round(drafts.length * 0.1), expires, 'EXPIRED');
  // expiring within 90 days among employees' VALID awards
  const soon = new Set<Draft>();
  for (const d of open) if (soon.size < 5 && d.employee && d.state === 'VALID' && expires(d)) soon.add(d);

  const latestIssue = new Date(now.getTime() - 7 * DAY);
  const randomDay = (from: Date, to: Date): Date =>
    to <= from ? utcDay(from) : new Date(from.getTime() + rng.int(0, Math.floor((to.getTime() - from.getTime()) / DAY)) * DAY);
  const statusCounters = new Map<string, number>();
  const awards: DemoAward[] = drafts.map((dr, i) => {
    const def = need(defById, dr.definitionId);
    const months = def.validityMonths;
    let issuedOn: Date;
    if (months === null) issuedOn = randomDay(EARLIEST_ISSUE, latestIssue);
    else if (dr.state === 'EXPIRED') {
      // validUntil in the past (≥ 1 day ago), issue date not before 2019
      const latest = addMonthsUtc(new Date(now.getTime() - DAY), -months);
      issuedOn = randomDay(EARLIEST_ISSUE, latest);
    } else if (soon.has(dr)) {
      const until = new Date(now.getTime() + rng.int(10, 85) * DAY);
      issuedOn = addMonthsUtc(until, -months);
    } else {
      // still valid at `now` (+ a 100-day margin so "expiring soon" is only the planted ones)
      const earliest = addMonthsUtc(new Date(now.getTime() + 100 * DAY), -months);
      issuedOn = randomDay(earliest > EARLIEST_ISSUE ? earliest : EARLIEST_ISSUE, latestIssue);
    }
    const issuerId = need(issuerByProvider, def.providerName).id;
    const statusListIndex = statusCounters.get(issuerId) ?? 0;
    statusCounters.set(issuerId, statusListIndex + 1);
    return {
      id: id('award', `${dr.personId}/${dr.definitionId}/${i}`),
      personId: dr.personId,
      definitionId: dr.definitionId,
      issuedOn,
      validUntil: months === null ? null : addMonthsUtc(issuedOn, months),
      state: dr.state,
      statusListIndex,
    };
  });

  // A single point of knowledge per team: one target skill proven (VALID) by exactly one member.
  const valid = (pid: string) => awards.filter((a) => a.personId === pid && a.state === 'VALID').map((a) => need(defById, a.definitionId));
  for (const team of teams) {
    const holders = (skillId: SkillId, minLevel: number) =>
      team.memberIds.filter((m) => (provenLevels(valid(m), closure).get(skillId) ?? 0) >= minLevel);
    if (team.target.some((t) => holders(t.skillId, t.minLevel).length === 1)) continue;
    const candidates = team.target
      .map((t) => ({ t, h: holders(t.skillId, t.minLevel) }))
      .filter((x) => x.h.length >= 2)
      .sort((a, b) => a.h.length - b.h.length || cmp(a.t.skillId, b.t.skillId));
    for (const { t, h } of candidates) {
      // Others' awards proving t become EXPIRED (kept as history) if each keeps ≥ 1 valid award.
      const changes: DemoAward[] = [];
      for (const m of h.slice(1)) {
        for (const a of awards) {
          if (a.personId !== m || a.state !== 'VALID') continue;
          if ((provenLevels([need(defById, a.definitionId)], closure).get(t.skillId) ?? 0) >= t.minLevel) changes.push(a);
        }
      }
      if (changes.length === 0) continue;
      for (const a of changes) {
        const months = need(defById, a.definitionId).validityMonths;
        if (months === null) {
          // a non-expiring credential the others only claim (self-reported, not proven)
          a.state = 'CLAIMED';
          continue;
        }
        a.state = 'EXPIRED';
        a.issuedOn = randomDay(EARLIEST_ISSUE, addMonthsUtc(new Date(now.getTime() - DAY), -months));
        a.validUntil = addMonthsUtc(a.issuedOn, months);
      }
      if (holders(t.skillId, t.minLevel).length === 1) break;
    }
  }

  return { seed, now, organization, issuers, definitions: demoDefs, teams, jobs, people, awards };
}

/** `map.get(key)`, or an Error naming what is missing (the plan's references are checked by its spec). */
function need<K, V>(map: ReadonlyMap<K, V>, key: K, what = 'entry'): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what} ${String(key)} is missing`);
  return value;
}
