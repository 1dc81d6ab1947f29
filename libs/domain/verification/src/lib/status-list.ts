import { gunzipSync } from 'node:zlib';
import type { ReasonCode, VerificationCheck, VerificationReport } from '@skillproof/domain-model';
import type { Fetcher } from './fetcher';
import { asArray, asText, idOf, isRecord, messageOf, type JsonRecord } from './json-value';

/** Largest decompressed status list accepted, in bytes (16 MiB = 134 217 728 entries). */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

const ENTRY_TYPES: Record<string, { listType: string; subjectType: string }> = {
  BitstringStatusListEntry: { listType: 'BitstringStatusListCredential', subjectType: 'BitstringStatusList' },
  StatusList2021Entry: { listType: 'StatusList2021Credential', subjectType: 'StatusList2021' },
};

/** Thrown inside this module for a list that cannot be used; becomes UNKNOWN STATUS_UNVERIFIABLE. */
class StatusUnverifiable extends Error {}

/**
 * Decodes an `encodedList` (Bitstring Status List 1.0 §2.1: Multibase base64url — leading `u` —
 * of the GZIP-compressed bitstring; StatusList2021 used base64url without the multibase prefix).
 *
 * @returns the uncompressed bytes.
 * @throws Error when the value is not base64url GZIP data or exceeds 16 MiB uncompressed.
 */
export function decodeStatusList(encodedList: string): Uint8Array {
  const base64url = encodedList.startsWith('u') ? encodedList.slice(1) : encodedList;
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(base64url)) throw new Error('encodedList is not base64url');
  return gunzipSync(Buffer.from(base64url, 'base64url'), { maxOutputLength: MAX_LIST_BYTES });
}

/**
 * Reads entry `index` of a decoded status list, with `statusSize` 1 (Bitstring Status List 1.0
 * §3.2 step 9): bits are indexed left to right, index 0 being the most significant bit of the
 * first byte.
 *
 * @returns true when the bit is set (revoked / suspended).
 * @throws RangeError when index is outside the list (spec: STATUS_LIST_LENGTH_ERROR / RANGE_ERROR).
 */
export function readStatusBit(list: Uint8Array, index: number): boolean {
  if (!Number.isSafeInteger(index) || index < 0 || index >= list.length * 8) {
    throw new RangeError(`statusListIndex ${index} is outside a list of ${list.length * 8} entries`);
  }
  return (list[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/** Inputs of {@link checkCredentialStatus}. */
export interface StatusCheckContext {
  fetcher?: Fetcher;
  /**
   * Verifies a fetched status list credential (structure, proof, issuer binding, validity as of
   * the same date; its own status is not checked).
   */
  verifyListCredential(document: unknown): Promise<VerificationReport>;
}

interface EntryOutcome {
  outcome: VerificationCheck['outcome'];
  code?: ReasonCode;
  message: string;
  listUrl?: string;
}

/** Type of the 1EdTech Revocation List Status Method 1.0 entry (OB 3.0 / CLR 2.0 `credentialStatus`). */
const ONE_EDTECH_REVOCATION_LIST = '1EdTechRevocationList';

/**
 * 1EdTech Revocation List Status Method 1.0: the entry's `id` is the URL of the issuer's revocation
 * list, a JSON document `{ id?, issuer?, revokedCredentials: [{ id, revoked?, revocationReason? }] }`.
 * The credential is revoked when its `id` is listed with `revoked` true or omitted (as the 1EdTech
 * validator reads it). The list carries no proof: it is trusted as served at the URL that the
 * credential's own signature covers; a list naming another `issuer` is not used.
 */
async function checkOneEdTechRevocationList(entry: JsonRecord, credential: JsonRecord, context: StatusCheckContext): Promise<EntryOutcome> {
  const listUrl = entry['id'];
  if (typeof listUrl !== 'string' || !/^https?:\/\/[^/]/.test(listUrl)) {
    throw new StatusUnverifiable(`${ONE_EDTECH_REVOCATION_LIST} id must be an http(s) URL, got ${JSON.stringify(listUrl)}`);
  }
  const credentialId = credential['id'];
  if (typeof credentialId !== 'string' || credentialId === '') {
    throw new StatusUnverifiable(`The credential has no id to look up in the revocation list ${listUrl}`);
  }
  if (!context.fetcher) throw new StatusUnverifiable(`No fetcher configured to retrieve ${listUrl}`);
  let list: unknown;
  try {
    list = await context.fetcher.fetchJson(listUrl);
  } catch (error) {
    throw new StatusUnverifiable(`Revocation list ${listUrl} unreachable: ${messageOf(error)}`);
  }
  if (!isRecord(list) || !Array.isArray(list['revokedCredentials'])) {
    throw new StatusUnverifiable(`Revocation list ${listUrl} has no revokedCredentials array`);
  }
  const listIssuer = idOf(list['issuer']);
  const credentialIssuer = idOf(credential['issuer']);
  if (listIssuer !== undefined && listIssuer !== credentialIssuer) {
    throw new StatusUnverifiable(`Revocation list ${listUrl} belongs to ${listIssuer}, not to the issuer ${String(credentialIssuer)}`);
  }
  const listed = list['revokedCredentials'].find((item) => isRecord(item) && item['id'] === credentialId);
  if (!isRecord(listed) || (listed['revoked'] !== undefined && listed['revoked'] !== true)) {
    return { outcome: 'PASS', message: `Not revoked (${listUrl})`, listUrl };
  }
  const reason = asText(listed['revocationReason']);
  return { outcome: 'FAIL', code: 'REVOKED', message: `Revoked (${listUrl})${reason ? `: ${reason}` : ''}`, listUrl };
}

async function checkEntry(entry: unknown, credential: JsonRecord, context: StatusCheckContext): Promise<EntryOutcome> {
  if (!isRecord(entry)) throw new StatusUnverifiable('credentialStatus entry is not an object');
  const types = asArray(entry['type']);
  if (types.includes(ONE_EDTECH_REVOCATION_LIST)) return checkOneEdTechRevocationList(entry, credential, context);
  const entryType = Object.keys(ENTRY_TYPES).find((t) => types.includes(t));
  if (!entryType) throw new StatusUnverifiable(`Unsupported credentialStatus type ${JSON.stringify(entry['type'])}`);
  const { listType, subjectType } = ENTRY_TYPES[entryType];
  const purpose = entry['statusPurpose'];
  if (purpose !== 'revocation' && purpose !== 'suspension') {
    throw new StatusUnverifiable(`Unsupported statusPurpose ${JSON.stringify(purpose)}`);
  }
  const rawIndex = entry['statusListIndex'];
  const index = typeof rawIndex === 'string' && /^\d+$/.test(rawIndex) ? Number(rawIndex) : typeof rawIndex === 'number' ? rawIndex : NaN;
  if (!Number.isSafeInteger(index) || index < 0) throw new StatusUnverifiable(`Invalid statusListIndex ${JSON.stringify(rawIndex)}`);
  const statusSize = entry['statusSize'] ?? 1;
  if (statusSize !== 1 && statusSize !== '1') throw new StatusUnverifiable(`Unsupported statusSize ${JSON.stringify(statusSize)}`);
  const listUrl = entry['statusListCredential'];
  // The scheme policy (https only, except the server's own origin) belongs to the Fetcher port.
  if (typeof listUrl !== 'string' || !/^https?:\/\/[^/]/.test(listUrl)) {
    throw new StatusUnverifiable(`statusListCredential must be an http(s) URL, got ${JSON.stringify(listUrl)}`);
  }
  if (!context.fetcher) throw new StatusUnverifiable(`No fetcher configured to retrieve ${listUrl}`);

  let listCredential: unknown;
  try {
    listCredential = await context.fetcher.fetchJson(listUrl);
  } catch (error) {
    throw new StatusUnverifiable(`Status list ${listUrl} unreachable: ${messageOf(error)}`);
  }
  if (!isRecord(listCredential)) throw new StatusUnverifiable(`Status list ${listUrl} is not a JSON object`);
  if (!asArray(listCredential['type']).includes(listType)) {
    throw new StatusUnverifiable(`Status list ${listUrl} is not a ${listType}`);
  }
  // Its `id` is not required to equal the URL: upstream fixtures moved hosts (the signature
  // covers the content, and the credential's own signature covers the URL).
  const report = await context.verifyListCredential(listCredential);
  if (report.status !== 'VERIFIED') {
    throw new StatusUnverifiable(`Status list ${listUrl} does not verify (${report.reasons.join(', ')})`);
  }
  const subject = asArray(listCredential['credentialSubject'])[0];
  if (!isRecord(subject) || !asArray(subject['type']).includes(subjectType)) {
    throw new StatusUnverifiable(`Status list ${listUrl} has no ${subjectType} subject`);
  }
  const listPurposes = asArray(subject['statusPurpose']);
  if (!listPurposes.includes(purpose)) {
    throw new StatusUnverifiable(`Status list ${listUrl} is for ${JSON.stringify(subject['statusPurpose'])}, not ${purpose}`);
  }
  const encoded = asText(subject['encodedList']);
  if (!encoded) throw new StatusUnverifiable(`Status list ${listUrl} has no encodedList`);
  let set: boolean;
  try {
    set = readStatusBit(decodeStatusList(encoded), index);
  } catch (error) {
    throw new StatusUnverifiable(`Status list ${listUrl}: ${messageOf(error)}`);
  }
  if (!set) return { outcome: 'PASS', message: `Not ${purpose === 'revocation' ? 'revoked' : 'suspended'} (${listUrl} #${index})`, listUrl };
  return purpose === 'revocation'
    ? { outcome: 'FAIL', code: 'REVOKED', message: `Revoked (${listUrl} #${index})`, listUrl }
    : { outcome: 'FAIL', code: 'SUSPENDED', message: `Suspended (${listUrl} #${index})`, listUrl };
}

/**
 * Status check (VC DM 2.0 §4.10 `credentialStatus`; Bitstring Status List 1.0 §3.2 "Validate
 * Algorithm"; W3C CCG StatusList2021; 1EdTech Revocation List Status Method 1.0). For each
 * `BitstringStatusListEntry` / `StatusList2021Entry` with purpose `revocation` or `suspension`, the
 * list credential is fetched through the fetcher, its type, proof, issuer binding and validity are
 * verified, its `statusPurpose` must match, and the bit at `statusListIndex` is read here (not by a
 * library). For a `1EdTechRevocationList` entry the list at its `id` is fetched and the credential
 * `id` looked up in `revokedCredentials`.
 *
 * - PASS: no `credentialStatus`, or every bit clear.
 * - FAIL REVOKED / SUSPENDED: a bit is set (REVOKED wins when both).
 * - UNKNOWN STATUS_UNVERIFIABLE: a list is unreachable, malformed, unverified, or the entry type
 *   / purpose is unsupported (never reported as "not revoked").
 * Never throws.
 */
export async function checkCredentialStatus(
  credential: JsonRecord,
  context: StatusCheckContext,
): Promise<{ check: VerificationCheck; evidence: Record<string, string> }> {
  const entries = asArray(credential['credentialStatus']);
  const evidence: Record<string, string> = {};
  if (entries.length === 0) {
    return { check: { name: 'status', outcome: 'PASS', message: 'No credentialStatus: nothing to check' }, evidence };
  }
  const outcomes: EntryOutcome[] = [];
  for (const entry of entries) {
    try {
      outcomes.push(await checkEntry(entry, credential, context));
    } catch (error) {
      outcomes.push({ outcome: 'UNKNOWN', code: 'STATUS_UNVERIFIABLE', message: messageOf(error) });
    }
  }
  const urls = outcomes.map((o) => o.listUrl).filter((u): u is string => !!u);
  if (urls.length > 0) evidence['statusListCredential'] = urls.join(' ');
  const message = outcomes.map((o) => o.message).join('; ');
  const decisive =
    outcomes.find((o) => o.code === 'REVOKED') ??
    outcomes.find((o) => o.code === 'SUSPENDED') ??
    outcomes.find((o) => o.outcome === 'UNKNOWN');
  if (decisive) {
    return { check: { name: 'status', outcome: decisive.outcome, code: decisive.code, message }, evidence };
  }
  return { check: { name: 'status', outcome: 'PASS', message }, evidence };
}
