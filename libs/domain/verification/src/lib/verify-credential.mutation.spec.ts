import { createFixtureFetcher, readFixtureText } from '../testing/fixture-fetcher';
import { isRecord, type JsonRecord } from './json-value';
import { verifyCredential } from './verify-credential';

/**
 * Mutation test (issue 3 "Done when"): ≥ 1,000 seeded random changes to VALID fixtures — flip a
 * character inside a signed value, add or drop a property, swap proofs / signatures between
 * documents, alter dates, alter alignments — must give 0 VERIFIED and 0 crashes. Deterministic
 * (mulberry32, fixed seed). Bases: JSON-LD Data Integrity credentials, VC-JWTs and OB 2.0 signed
 * assertions. OB 2.0 *hosted* in-hand copies are not mutated: the hosted copy fetched from the
 * issuer is what is verified (an edited in-hand copy is replaced by it, by design).
 */
const SEED = 0x5eed_2026;
const MUTATIONS = 1_050;
const AS_OF = new Date('2026-11-30T00:00:00Z');

const JSONLD_BASES = [
  'ob3-valid/1edtech__ob30_simple.json',
  'ob3-valid/dcc-vctf__v2_dataIntegrityProof_didKey_legacyRegistry-noStatus-noExpiry-alignments.json',
  'ob3-valid/dcc-vctf__v2_dataIntegrityProof_didKey_legacyRegistry-noStatus-noExpiry-identityHash.json',
  'ob3-valid/1edtech__ob30_simple_v1.json',
];
const JWS_BASES = [
  'jwt-valid/gen__ob3-vc+jwt-eddsa-didkey.jwt',
  'jwt-valid/gen__ob3-vc-jwt-1.1-rs256-https-kid.jwt',
  'jwt-valid/web5__cred-07-verify-a-jwt-verifiable-credential-signed-with-a-did-jwk.jwt',
  'jwt-valid/web5__cred-10-simple-credential-from-web5-js.jwt',
  'jwt-valid/web5__vcjwt-09-valid-jwt.jwt',
  'ob2-valid/1edtech__ob20_simple.jwt',
  'ob2-valid/1edtech__ob20_simple-not-revoked.jwt',
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Path = (string | number)[];
type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Paths of every string leaf and every object in a JSON value. */
function walk(value: unknown, path: Path = [], strings: Path[] = [], objects: Path[] = []): { strings: Path[]; objects: Path[] } {
  if (typeof value === 'string') strings.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], strings, objects));
  else if (isRecord(value)) {
    objects.push(path);
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key], strings, objects);
  }
  return { strings, objects };
}

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function set(root: unknown, path: Path, value: unknown): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
}

function flipChar(random: Random, text: string): string {
  if (text.length === 0) return 'x';
  const i = Math.floor(random() * text.length);
  const c = text.charCodeAt(i);
  const replacement = String.fromCharCode(c === 0x7a ? 0x61 : c === 0x39 ? 0x30 : c + 1);
  return text.slice(0, i) + replacement + text.slice(i + 1);
}

const DATE_KEYS = ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate', 'issuedOn', 'expires', 'awardedDate', 'created'];

/** One random JSON mutation (in place); returns its name. `others` are documents to swap proofs with. */
function mutateJson(random: Random, doc: JsonRecord, others: JsonRecord[]): string {
  const { strings, objects } = walk(doc);
  const kind = pick(random, ['flip', 'flip', 'add', 'drop', 'swap-proof', 'date', 'alignment'] as const);
  switch (kind) {
    case 'flip': {
      const path = pick(random, strings);
      set(doc, path, flipChar(random, String(get(doc, path))));
      return `flip ${path.join('.')}`;
    }
    case 'add': {
      const path = pick(random, objects);
      (get(doc, path) as JsonRecord)[pick(random, ['name', 'extra', 'id', 'type', 'description'])] = 'injected';
      return `add at ${path.join('.')}`;
    }
    case 'drop': {
      const path = pick(random, objects);
      const target = get(doc, path) as JsonRecord;
      const keys = Object.keys(target);
      if (keys.length === 0) return mutateJson(random, doc, others);
      const key = pick(random, keys);
      delete target[key];
      return `drop ${[...path, key].join('.')}`;
    }
    case 'swap-proof': {
      const other = pick(random, others.filter((o) => o !== doc && o['proof'] !== undefined));
      if (!other || doc['proof'] === undefined) return mutateJson(random, doc, others);
      doc['proof'] = structuredClone(other['proof']);
      return 'swap proof';
    }
    case 'date': {
      const datePaths = strings.filter((p) => DATE_KEYS.includes(String(p[p.length - 1])));
      if (datePaths.length === 0) return mutateJson(random, doc, others);
      const path = pick(random, datePaths);
      const shifted = new Date(Date.parse(String(get(doc, path))) + (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 4000)) * 86_400_000);
      set(doc, path, Number.isNaN(shifted.getTime()) ? '2099-01-01T00:00:00Z' : shifted.toISOString().replace(/\.\d{3}Z$/, 'Z'));
      return `date ${path.join('.')}`;
    }
    case 'alignment': {
      const subject = [doc, ...objects.map((p) => get(doc, p) as JsonRecord)].find((o) => isRecord(o['achievement']) || isRecord(o['credentialSubject']));
      const achievement = isRecord(doc['credentialSubject']) && isRecord(doc['credentialSubject']['achievement']) ? doc['credentialSubject']['achievement'] : isRecord(doc['vc']) ? doc['vc'] : subject ?? doc;
      const alignments = Array.isArray(achievement['alignment']) ? (achievement['alignment'] as unknown[]) : [];
      if (alignments.length > 0 && random() < 0.5) {
        const target = alignments[Math.floor(random() * alignments.length)];
        if (isRecord(target)) target['targetName'] = 'Brain surgery';
      } else {
        achievement['alignment'] = [...alignments, { type: ['Alignment'], targetName: 'Brain surgery', targetUrl: 'https://evil.example/skills/surgery', targetType: 'ext:Skill' }];
      }
      return 'alignment';
    }
  }
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** One random mutation of a compact JWS: its payload JSON, a raw character, or a signature from another JWS. */
function mutateJws(random: Random, jws: string, others: string[]): string {
  const [h, p, s] = jws.split('.');
  const roll = random();
  if (roll < 0.6) {
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as JsonRecord;
    mutateJson(random, payload, []);
    return `${h}.${b64(payload)}.${s}`;
  }
  if (roll < 0.75) {
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as JsonRecord;
    mutateJson(random, header, []);
    return `${b64(header)}.${p}.${s}`;
  }
  if (roll < 0.9) {
    const segment = Math.floor(random() * 3);
    const parts = [h, p, s];
    parts[segment] = flipChar(random, parts[segment]);
    return parts.join('.');
  }
  const other = pick(random, others.filter((o) => o !== jws)).split('.')[2];
  return `${h}.${p}.${other}`;
}

describe('mutation test: 0 VERIFIED and 0 crashes', () => {
  it(`${MUTATIONS} seeded mutations of valid fixtures`, async () => {
    const fetcher = createFixtureFetcher();
    const jsonDocs = JSONLD_BASES.map((f) => JSON.parse(readFixtureText(f)) as JsonRecord);
    const jwsDocs = JWS_BASES.map((f) => readFixtureText(f).trim());
    for (const base of [...jsonDocs, ...jwsDocs]) {
      expect((await verifyCredential(base, { asOf: AS_OF, fetcher })).report.status).toBe('VERIFIED');
    }
    const random = mulberry32(SEED);
    const verified: string[] = [];
    const crashes: string[] = [];
    let changed = 0;
    for (let i = 0; i < MUTATIONS; i++) {
      let input: string | JsonRecord;
      let what: string;
      // About a third JSON-LD (canonicalisation is slow), the rest JWS.
      if (random() < 0.33) {
        const index = Math.floor(random() * jsonDocs.length);
        const doc = structuredClone(jsonDocs[index]);
        what = `${JSONLD_BASES[index]}: ${mutateJson(random, doc, jsonDocs)}`;
        input = doc;
        if (JSON.stringify(doc) === JSON.stringify(jsonDocs[index])) continue;
      } else {
        const index = Math.floor(random() * jwsDocs.length);
        input = mutateJws(random, jwsDocs[index], jwsDocs);
        what = `${JWS_BASES[index]}: jws mutation`;
        if (input === jwsDocs[index]) continue;
      }
      changed++;
      try {
        const { report } = await verifyCredential(input, { asOf: AS_OF, fetcher });
        if (report.status === 'VERIFIED') verified.push(what);
      } catch (error) {
        crashes.push(`${what}: ${String(error)}`);
      }
    }
    expect(changed).toBeGreaterThanOrEqual(1_000);
    expect(crashes).toEqual([]);
    expect(verified).toEqual([]);
  }, 120_000);
});
