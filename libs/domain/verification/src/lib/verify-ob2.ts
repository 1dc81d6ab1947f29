import { createPublicKey } from 'node:crypto';
import type { CheckOutcome, CredentialFormat, VerificationCheck } from '@skillproof/domain-model';
import { canonicalJson } from './content-hash';
import { getBundledContext } from './document-loader';
import type { Fetcher } from './fetcher';
import { algorithmFitsKey, checkAlgorithm, verifyJwsSignature, type DecodedJws } from './jws';
import { asArray, asText, idOf, isRecord, messageOf, type JsonRecord } from './json-value';
import type { ParsedAlignment, ParsedCredential, ParsedIdentifier } from './parsed-credential';
import { check, skipped } from './report';
import { parseDateTime } from './validity';

/** The Open Badges 2.0 JSON-LD context (bundled). */
export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

/** What {@link verifyOb2Hosted} / {@link verifyOb2Signed} found. */
export interface Ob2Outcome {
  checks: VerificationCheck[];
  evidence: Record<string, string>;
  format: Extract<CredentialFormat, 'OB2_HOSTED' | 'OB2_SIGNED'>;
  /** The assertion taken as the truth (the hosted copy when it could be fetched), with its badge class and issuer. */
  assertion?: JsonRecord;
  badge?: JsonRecord;
  issuer?: JsonRecord;
}

/** True when `value` looks like an OB 2.0 Assertion (OB 2.0 context or `type: Assertion`), whatever its validity. */
export function isOb2Assertion(value: JsonRecord): boolean {
  const contexts = asArray(value['@context']);
  if (contexts.some((c) => typeof c === 'string' && /openbadges|openbadgespec/i.test(c) && !/v3p0|ob\/v3/i.test(c))) return true;
  return contexts.length <= 1 && asArray(value['type']).some((t) => t === 'Assertion' || t === 'OtherAssertion');
}

const RANK: Record<CheckOutcome, number> = { PASS: 0, UNKNOWN: 1, FAIL: 2 };

/** Keeps, per check name, the worst outcome of two check lists (FAIL > UNKNOWN > PASS). */
function worstOf(a: VerificationCheck[], b: VerificationCheck[], prefix: string): VerificationCheck[] {
  return a.map((left) => {
    const right = b.find((c) => c.name === left.name);
    if (!right || RANK[right.outcome] <= RANK[left.outcome]) return left;
    return { ...right, message: `${prefix}${right.message}` };
  });
}

function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^/\s]/i.test(value);
}

/** OB 2.0 §Assertion well-formedness, contexts only from the bundled set (naming an unknown URL). */
function checkOb2Structure(assertion: JsonRecord, verificationType: 'hosted' | 'signed'): VerificationCheck {
  const contexts = asArray(assertion['@context']);
  for (const context of contexts) {
    if (typeof context === 'string' && getBundledContext(context) === undefined) {
      return check('structure', 'FAIL', `Unknown JSON-LD context "${context}": contexts are bundled and never fetched`, 'MALFORMED');
    }
  }
  if (!contexts.includes(OB2_CONTEXT)) return check('structure', 'FAIL', `@context must include ${OB2_CONTEXT}`, 'MALFORMED');
  if (!asArray(assertion['type']).includes('Assertion')) return check('structure', 'FAIL', 'type must be "Assertion"', 'MALFORMED');
  if (typeof assertion['id'] !== 'string' || !/^[A-Za-z][A-Za-z0-9+.-]*:\S/.test(assertion['id'])) {
    return check('structure', 'FAIL', 'id must be an IRI', 'MALFORMED');
  }
  const recipient = assertion['recipient'];
  if (!isRecord(recipient) || typeof recipient['identity'] !== 'string' || typeof recipient['type'] !== 'string') {
    return check('structure', 'FAIL', 'recipient must be an IdentityObject with type and identity', 'MALFORMED');
  }
  if (!isHttpUrl(assertion['badge']) && !isRecord(assertion['badge'])) {
    return check('structure', 'FAIL', 'badge must be a BadgeClass URL or object', 'MALFORMED');
  }
  const verification = assertion['verification'];
  const type = isRecord(verification) ? asText(verification['type']) : undefined;
  const ok = verificationType === 'hosted' ? type === 'hosted' || type === 'HostedBadge' : type === 'signed' || type === 'SignedBadge';
  if (!ok) return check('structure', 'FAIL', `verification.type must be ${verificationType} for a ${verificationType} assertion`, 'MALFORMED');
  if (!parseDateTime(assertion['issuedOn'])) return check('structure', 'FAIL', 'issuedOn must be an ISO 8601 date-time', 'MALFORMED');
  return check('structure', 'PASS', `Well-formed Open Badges 2.0 ${verificationType} assertion`);
}

/** OB 2.0 validity: issuedOn must not be in the future (MALFORMED, as the 1EdTech validator), expires not passed. */
function checkOb2Validity(assertion: JsonRecord, asOf: Date): VerificationCheck {
  const issuedOn = parseDateTime(assertion['issuedOn']);
  if (!issuedOn) return check('validity', 'FAIL', 'issuedOn is not a valid date-time', 'MALFORMED');
  if (issuedOn.getTime() > asOf.getTime()) {
    return check('validity', 'FAIL', `issuedOn ${issuedOn.toISOString()} is in the future (as of ${asOf.toISOString()})`, 'MALFORMED');
  }
  const rawExpires = assertion['expires'];
  if (rawExpires !== undefined && rawExpires !== null) {
    const expires = parseDateTime(rawExpires);
    if (!expires) return check('validity', 'FAIL', `expires is not a valid date-time: ${JSON.stringify(rawExpires)}`, 'MALFORMED');
    if (asOf.getTime() > expires.getTime()) {
      return check('validity', 'FAIL', `Expired on ${expires.toISOString()} (checked as of ${asOf.toISOString()})`, 'EXPIRED');
    }
  }
  return check('validity', 'PASS', `Valid as of ${asOf.toISOString()} (issued ${issuedOn.toISOString()})`);
}

class LinkedDocumentError extends Error {}

async function fetchRecord(fetcher: Fetcher | undefined, url: string, what: string): Promise<JsonRecord> {
  if (!fetcher) throw new LinkedDocumentError(`No fetcher configured to retrieve the ${what} ${url}`);
  let value: unknown;
  try {
    value = await fetcher.fetchJson(url);
  } catch (error) {
    throw new LinkedDocumentError(`Could not retrieve the ${what} ${url}: ${messageOf(error)}`);
  }
  if (!isRecord(value)) throw new LinkedDocumentError(`The ${what} at ${url} is not a JSON object`);
  return value;
}

/** Badge class and issuer profile of an assertion (embedded or linked through the fetcher). */
async function loadBadgeAndIssuer(assertion: JsonRecord, fetcher: Fetcher | undefined): Promise<{ badge: JsonRecord; issuer: JsonRecord }> {
  const badgeRef = assertion['badge'];
  const badge = isRecord(badgeRef) ? badgeRef : await fetchRecord(fetcher, String(badgeRef), 'BadgeClass');
  if (!asArray(badge['type']).includes('BadgeClass')) throw new LinkedDocumentError('The badge is not a BadgeClass');
  const issuerRef = badge['issuer'];
  const issuer = isRecord(issuerRef) ? issuerRef : isHttpUrl(issuerRef) ? await fetchRecord(fetcher, issuerRef, 'issuer profile') : undefined;
  if (!issuer || typeof issuer['id'] !== 'string') throw new LinkedDocumentError('The BadgeClass has no issuer profile with an id');
  if (!asArray(issuer['type']).some((t) => t === 'Issuer' || t === 'Profile')) throw new LinkedDocumentError('The issuer profile is not of type Issuer / Profile');
  return { badge, issuer };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * OB 2.0 §"Hosted verification" scope: the assertion id must be on one of the issuer's
 * `verification.allowedOrigins` (default: the host of the issuer id) and, when
 * `verification.startsWith` is declared, start with one of its prefixes.
 */
export function checkOb2Scope(assertionId: string, issuer: JsonRecord): { ok: boolean; message: string } {
  const policy = isRecord(issuer['verification']) ? issuer['verification'] : {};
  const declared = asArray(policy['allowedOrigins']).filter((o): o is string => typeof o === 'string').map((o) => o.toLowerCase());
  const origins = declared.length > 0 ? declared : [hostOf(String(issuer['id'])) ?? ''];
  const host = hostOf(assertionId);
  if (!host || !origins.includes(host)) {
    return { ok: false, message: `Assertion ${assertionId} is outside the issuer's verification scope (allowed origins: ${origins.join(', ')})` };
  }
  const prefixes = asArray(policy['startsWith']).filter((p): p is string => typeof p === 'string');
  if (prefixes.length > 0 && !prefixes.some((p) => assertionId.startsWith(p))) {
    return { ok: false, message: `Assertion ${assertionId} does not start with the issuer's verification.startsWith (${prefixes.join(', ')})` };
  }
  return { ok: true, message: `Assertion ${assertionId} is within the verification scope of issuer ${String(issuer['id'])}` };
}

/** Revocation (OB 2.0 §Assertion `revoked`, §RevocationList of the issuer profile). */
async function checkOb2Revocation(assertion: JsonRecord, issuer: JsonRecord | undefined, fetcher: Fetcher | undefined): Promise<{ check: VerificationCheck; evidence: Record<string, string> }> {
  const evidence: Record<string, string> = {};
  if (assertion['revoked'] === true || assertion['revoked'] === 'true') {
    const reason = asText(assertion['revocationReason']);
    return { check: check('status', 'FAIL', `Revoked by the issuer${reason ? `: ${reason}` : ''}`, 'REVOKED'), evidence };
  }
  const listUrl = issuer ? issuer['revocationList'] : undefined;
  if (listUrl === undefined) return { check: check('status', 'PASS', 'Not revoked (no revocation list declared)'), evidence };
  if (!isHttpUrl(listUrl)) return { check: check('status', 'UNKNOWN', `Invalid revocationList ${JSON.stringify(listUrl)}`, 'STATUS_UNVERIFIABLE'), evidence };
  evidence['revocationList'] = listUrl;
  let list: JsonRecord;
  try {
    list = await fetchRecord(fetcher, listUrl, 'revocation list');
  } catch (error) {
    return { check: check('status', 'UNKNOWN', messageOf(error), 'STATUS_UNVERIFIABLE'), evidence };
  }
  if (!asArray(list['type']).includes('RevocationList')) {
    return { check: check('status', 'UNKNOWN', `${listUrl} is not a RevocationList`, 'STATUS_UNVERIFIABLE'), evidence };
  }
  const id = assertion['id'];
  const entry = asArray(list['revokedAssertions']).find((e) => idOf(e) === id);
  if (entry !== undefined) {
    const reason = isRecord(entry) ? asText(entry['revocationReason']) : undefined;
    return { check: check('status', 'FAIL', `Revoked (${listUrl})${reason ? `: ${reason}` : ''}`, 'REVOKED'), evidence };
  }
  return { check: check('status', 'PASS', `Not revoked (${listUrl})`), evidence };
}

async function checkHostedCopy(assertion: JsonRecord, options: { asOf: Date; fetcher?: Fetcher }): Promise<{ checks: VerificationCheck[]; evidence: Record<string, string>; badge?: JsonRecord; issuer?: JsonRecord }> {
  const structure = checkOb2Structure(assertion, 'hosted');
  const validity = checkOb2Validity(assertion, options.asOf);
  if (structure.outcome !== 'PASS') {
    return { checks: [structure, skipped('issuer', 'the assertion is malformed'), validity, skipped('status', 'the assertion is malformed')], evidence: {} };
  }
  let linked;
  try {
    linked = await loadBadgeAndIssuer(assertion, options.fetcher);
  } catch (error) {
    const message = messageOf(error);
    return { checks: [structure, check('issuer', 'UNKNOWN', message, 'KEY_UNRESOLVABLE'), validity, skipped('status', 'issuer profile unavailable')], evidence: {} };
  }
  const scope = checkOb2Scope(String(assertion['id']), linked.issuer);
  const issuerCheck = scope.ok ? check('issuer', 'PASS', scope.message) : check('issuer', 'FAIL', scope.message, 'OB2_SCOPE');
  const status = await checkOb2Revocation(assertion, linked.issuer, options.fetcher);
  return { checks: [structure, issuerCheck, validity, status.check], evidence: status.evidence, ...linked };
}

/**
 * Verifies an Open Badges 2.0 hosted assertion (OB 2.0 §"Hosted verification"). The hosted copy
 * fetched through the fetcher from the assertion id (or from `url` when the input was a URL) is the
 * truth: it must declare that same id (case C7: else FAIL OB2_SCOPE), be well-formed, lie within its
 * issuer's verification scope (allowedOrigins / startsWith, default the issuer's host), be valid as
 * of `asOf` and not revoked (`revoked`, issuer `revocationList`). When an in-hand copy is given and
 * differs from the hosted one, it is checked the same way and the worse outcome of each check is
 * kept (an in-hand copy may never claim more than the hosted copy nor hide its own problems).
 * The "proof" check reports the retrieval of the hosted copy. Never throws.
 */
export async function verifyOb2Hosted(
  inHand: JsonRecord | undefined,
  url: string | undefined,
  options: { asOf: Date; fetcher?: Fetcher },
): Promise<Ob2Outcome> {
  const evidence: Record<string, string> = { format: 'OB2_HOSTED' };
  const format = 'OB2_HOSTED';
  const inHandChecks = inHand ? await checkHostedCopy(inHand, options) : undefined;
  const hostedUrl = url ?? (inHand && typeof inHand['id'] === 'string' ? inHand['id'] : undefined);
  if (!isHttpUrl(hostedUrl)) {
    const structure = inHandChecks?.checks[0].outcome === 'FAIL' ? inHandChecks.checks[0] : check('structure', 'FAIL', 'A hosted assertion id must be an http(s) URL', 'MALFORMED');
    return { checks: [structure, skipped('proof', 'no hosted copy'), skipped('issuer', 'no hosted copy'), ...(inHandChecks?.checks.slice(2) ?? [])], evidence, format, assertion: inHand };
  }
  evidence['hostedUrl'] = hostedUrl;
  let hosted: JsonRecord;
  try {
    hosted = await fetchRecord(options.fetcher, hostedUrl, 'hosted assertion');
  } catch (error) {
    const proof = check('proof', 'UNKNOWN', messageOf(error), 'KEY_UNRESOLVABLE');
    const base = inHandChecks?.checks ?? [check('structure', 'UNKNOWN', 'Not checked: the hosted assertion could not be retrieved', 'KEY_UNRESOLVABLE')];
    return { checks: [...base, proof], evidence, format, assertion: inHand, badge: inHandChecks?.badge, issuer: inHandChecks?.issuer };
  }
  if (hosted['id'] !== hostedUrl) {
    const proof = check('proof', 'FAIL', `The assertion fetched from ${hostedUrl} declares the id ${JSON.stringify(hosted['id'])}: id mismatch, outside the verification scope`, 'OB2_SCOPE');
    const base = inHandChecks?.checks ?? [checkOb2Structure(hosted, 'hosted')];
    return { checks: [...base, proof], evidence, format, assertion: inHand ?? hosted };
  }
  const hostedChecks = await checkHostedCopy(hosted, options);
  Object.assign(evidence, hostedChecks.evidence);
  let checks = hostedChecks.checks;
  let proofMessage = `Hosted copy retrieved from ${hostedUrl}`;
  if (inHand && inHandChecks && canonicalJson(inHand) !== canonicalJson(hosted)) {
    checks = worstOf(checks, inHandChecks.checks, 'in-hand copy: ');
    proofMessage += ' (it differs from the in-hand copy: the hosted copy is the truth, both were checked)';
  }
  return { checks: [...checks, check('proof', 'PASS', proofMessage)], evidence, format, assertion: hosted, badge: hostedChecks.badge, issuer: hostedChecks.issuer };
}

function publicKeyIds(issuer: JsonRecord): string[] {
  return asArray(issuer['publicKey']).map(idOf).filter((id): id is string => id !== undefined);
}

/**
 * Verifies an Open Badges 2.0 signed assertion (OB 2.0 §"Signed verification"): a compact JWS whose
 * payload is the assertion. The key is `verification.creator` (a CryptographicKey with
 * `publicKeyPem`, fetched), which must be listed in the issuer profile's `publicKey` (and, when it
 * declares an `owner`, owned by that issuer): else ISSUER_KEY_MISMATCH. `alg: none`, HS* and
 * algorithms that do not fit the key are refused. Revocation through the issuer `revocationList`.
 * Never throws.
 */
export async function verifyOb2Signed(jws: DecodedJws, options: { asOf: Date; fetcher?: Fetcher }): Promise<Ob2Outcome> {
  const format = 'OB2_SIGNED';
  const evidence: Record<string, string> = { format };
  const assertion = jws.payload;
  const structure = checkOb2Structure(assertion, 'signed');
  const validity = checkOb2Validity(assertion, options.asOf);
  const alg = checkAlgorithm(jws.header['alg']);
  const partial = (proof: VerificationCheck, issuer: VerificationCheck, extra: Partial<Ob2Outcome> = {}): Ob2Outcome => ({
    checks: [structure, proof, issuer, validity, skipped('status', 'the signature did not verify')],
    evidence,
    format,
    assertion,
    ...extra,
  });
  if (!alg.ok) return partial(check('proof', 'FAIL', alg.message, alg.code), skipped('issuer', 'no acceptable signature'));
  evidence['alg'] = alg.alg;
  const verification = isRecord(assertion['verification']) ? assertion['verification'] : {};
  const creator = verification['creator'];
  if (!isHttpUrl(creator)) {
    return partial(check('proof', 'UNKNOWN', 'Signature not checked: verification.creator (the key URL) is missing', 'KEY_UNRESOLVABLE'), check('issuer', 'FAIL', 'No key URL', 'KEY_UNRESOLVABLE'));
  }
  evidence['verificationMethod'] = creator;
  let jwk: JsonRecord;
  let keyDoc: JsonRecord;
  try {
    keyDoc = await fetchRecord(options.fetcher, creator, 'CryptographicKey');
    if (typeof keyDoc['publicKeyPem'] !== 'string') throw new LinkedDocumentError(`${creator} has no publicKeyPem`);
    try {
      jwk = createPublicKey(keyDoc['publicKeyPem']).export({ format: 'jwk' }) as JsonRecord;
    } catch (error) {
      throw new LinkedDocumentError(`${creator} has an invalid publicKeyPem: ${messageOf(error)}`);
    }
  } catch (error) {
    const message = messageOf(error);
    return partial(check('proof', 'UNKNOWN', `Signature not checked: ${message}`, 'KEY_UNRESOLVABLE'), check('issuer', 'FAIL', message, 'KEY_UNRESOLVABLE'));
  }
  if (!algorithmFitsKey(alg.alg, jwk)) {
    return partial(check('proof', 'FAIL', `Algorithm ${alg.alg} does not fit the ${String(jwk['kty'])} key ${creator}`, 'BAD_SIGNATURE'), skipped('issuer', 'no valid signature'));
  }
  const signature = await verifyJwsSignature(jws, alg.alg, jwk);
  if (!signature.valid) {
    return partial(check('proof', 'FAIL', `Invalid ${alg.alg} signature (key ${creator}): ${signature.message}`, 'BAD_SIGNATURE'), skipped('issuer', 'no valid signature'));
  }
  const proof = check('proof', 'PASS', `Valid ${alg.alg} JWS signature (key ${creator})`);
  if (structure.outcome !== 'PASS') return partial(proof, skipped('issuer', 'the assertion is malformed'));
  let linked;
  try {
    linked = await loadBadgeAndIssuer(assertion, options.fetcher);
  } catch (error) {
    return partial(proof, check('issuer', 'UNKNOWN', messageOf(error), 'KEY_UNRESOLVABLE'));
  }
  const issuerId = String(linked.issuer['id']);
  const owner = keyDoc['owner'];
  let issuerCheck: VerificationCheck;
  if (!publicKeyIds(linked.issuer).includes(creator)) {
    issuerCheck = check('issuer', 'FAIL', `Key ${creator} is not listed in the publicKey of issuer ${issuerId}`, 'ISSUER_KEY_MISMATCH');
  } else if (owner !== undefined && idOf(owner) !== issuerId) {
    issuerCheck = check('issuer', 'FAIL', `Key ${creator} is owned by ${String(idOf(owner))}, not the issuer ${issuerId}`, 'ISSUER_KEY_MISMATCH');
  } else {
    issuerCheck = check('issuer', 'PASS', `Key ${creator} is a publicKey of the issuer ${issuerId}`);
    evidence['controller'] = issuerId;
  }
  const status = await checkOb2Revocation(assertion, linked.issuer, options.fetcher);
  Object.assign(evidence, status.evidence);
  return { checks: [structure, proof, issuerCheck, validity, status.check], evidence, format, assertion, ...linked };
}

function ob2Identifier(recipient: unknown): ParsedIdentifier | undefined {
  if (!isRecord(recipient) || typeof recipient['identity'] !== 'string') return undefined;
  const type = asText(recipient['type']) ?? 'email';
  const identifier: ParsedIdentifier = {
    identityHash: recipient['identity'],
    identityType: type === 'email' ? 'emailAddress' : type,
    hashed: recipient['hashed'] === true || recipient['hashed'] === 'true',
  };
  const salt = asText(recipient['salt']);
  if (salt !== undefined) identifier.salt = salt;
  return identifier;
}

/** {@link ParsedCredential} of an OB 2.0 assertion with its BadgeClass (→ achievement) and issuer profile. */
export function extractOb2Credential(outcome: Ob2Outcome, contentHash: string): ParsedCredential | undefined {
  const { assertion, badge, issuer } = outcome;
  if (!assertion) return undefined;
  const parsed: ParsedCredential = {
    format: outcome.format,
    issuer: { id: issuer && typeof issuer['id'] === 'string' ? issuer['id'] : '' },
    subject: {},
    contentHash,
  };
  if (typeof assertion['id'] === 'string') parsed.id = assertion['id'];
  if (issuer) {
    const name = asText(issuer['name']);
    const url = asText(issuer['url']);
    if (name !== undefined) parsed.issuer.name = name;
    if (url !== undefined) parsed.issuer.url = url;
  }
  const identifier = ob2Identifier(assertion['recipient']);
  if (identifier) parsed.subject.identifier = [identifier];
  if (badge) {
    const name = asText(badge['name']);
    if (name !== undefined) {
      const alignments = asArray(badge['alignment'])
        .map((a): ParsedAlignment | undefined => {
          if (!isRecord(a) || typeof a['targetUrl'] !== 'string') return undefined;
          const alignment: ParsedAlignment = { targetUrl: a['targetUrl'] };
          for (const key of ['targetName', 'targetCode', 'targetFramework'] as const) {
            const text = asText(a[key]);
            if (text !== undefined) alignment[key] = text;
          }
          return alignment;
        })
        .filter((a): a is ParsedAlignment => a !== undefined);
      parsed.achievement = { name, alignments };
      if (typeof badge['id'] === 'string') parsed.achievement.id = badge['id'];
      const description = asText(badge['description']);
      if (description !== undefined) parsed.achievement.description = description;
      parsed.name = name;
    }
  }
  const issuedOn = parseDateTime(assertion['issuedOn']);
  if (issuedOn) {
    parsed.issuedOn = issuedOn;
    parsed.validFrom = issuedOn;
  }
  const expires = parseDateTime(assertion['expires']);
  if (expires) parsed.validUntil = expires;
  return parsed;
}
