import { createPublicKey, verify as cryptoVerify, type JsonWebKey as NodeJwk } from 'node:crypto';
import { compactVerify, importJWK, type JWK } from 'jose';
import { isRecord, messageOf, type JsonRecord } from './json-value';

/** A decoded compact JWS (RFC 7515 §7.1), not yet verified. */
export interface DecodedJws {
  header: JsonRecord;
  payload: JsonRecord;
  /** The compact serialisation, trimmed. */
  compact: string;
}

export type JwsDecodeResult = { ok: true; jws: DecodedJws } | { ok: false; message: string };

/** Nesting limit applied to the decoded header and payload (same as JSON input). */
function depthOf(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

function decodeSegment(segment: string, what: string, maxDepth: number): JsonRecord | string {
  let text: string;
  try {
    text = Buffer.from(segment, 'base64url').toString('utf8');
  } catch {
    return `${what} is not base64url`;
  }
  if (depthOf(text, maxDepth) > maxDepth) return `${what} nesting exceeds the limit of ${maxDepth} levels`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `${what} is not base64url-encoded JSON`;
  }
  return isRecord(value) ? value : `${what} is not a JSON object`;
}

/**
 * Decodes a compact JWS (RFC 7515 §7.1: three base64url segments) whose header and payload are
 * JSON objects, applying the nesting limit before `JSON.parse`. Never throws.
 */
export function decodeCompactJws(text: string, maxDepth: number): JwsDecodeResult {
  const compact = text.trim();
  const parts = compact.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]*$/.test(p)) || parts[0] === '' || parts[1] === '') {
    return { ok: false, message: 'Not a compact JWS (three base64url segments)' };
  }
  // Non-canonical base64url (unused trailing bits set) would let a flipped character decode to the
  // same bytes: refuse it, so one credential has exactly one serialisation.
  if (!parts.every((p) => Buffer.from(p, 'base64url').toString('base64url') === p)) {
    return { ok: false, message: 'JWS segment is not canonical base64url' };
  }
  const header = decodeSegment(parts[0], 'JWS header', maxDepth);
  if (typeof header === 'string') return { ok: false, message: header };
  const payload = decodeSegment(parts[1], 'JWS payload', maxDepth);
  if (typeof payload === 'string') return { ok: false, message: payload };
  return { ok: true, jws: { header, payload, compact } };
}

/** Asymmetric JWS algorithms accepted, with the key type (RFC 7518 §3.1, RFC 8037, RFC 8812). */
const ALGORITHMS: Record<string, { kty: string; crv?: string }> = {
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
  Ed25519: { kty: 'OKP', crv: 'Ed25519' },
  ES256: { kty: 'EC', crv: 'P-256' },
  ES384: { kty: 'EC', crv: 'P-384' },
  ES256K: { kty: 'EC', crv: 'secp256k1' },
  RS256: { kty: 'RSA' },
  RS384: { kty: 'RSA' },
  RS512: { kty: 'RSA' },
  PS256: { kty: 'RSA' },
  PS384: { kty: 'RSA' },
  PS512: { kty: 'RSA' },
};

/**
 * Classifies the `alg` header (RFC 7515 §4.1.1) before any key is used:
 * - missing / not a string → MALFORMED;
 * - `none` and symmetric `HS*` (which a verifier would key with the issuer's PUBLIC key, the classic
 *   algorithm-confusion attack) → BAD_SIGNATURE;
 * - any other unknown algorithm → UNSUPPORTED.
 */
export function checkAlgorithm(alg: unknown): { ok: true; alg: string } | { ok: false; code: 'MALFORMED' | 'BAD_SIGNATURE' | 'UNSUPPORTED'; message: string } {
  if (typeof alg !== 'string' || alg === '') return { ok: false, code: 'MALFORMED', message: 'JWS header has no "alg"' };
  if (alg.toLowerCase() === 'none') return { ok: false, code: 'BAD_SIGNATURE', message: 'Unsecured JWS (alg "none") is refused' };
  if (/^HS\d+$/i.test(alg)) {
    return { ok: false, code: 'BAD_SIGNATURE', message: `Symmetric algorithm ${alg} is refused (it would use the issuer's public key as an HMAC secret)` };
  }
  if (!ALGORITHMS[alg]) return { ok: false, code: 'UNSUPPORTED', message: `Unsupported JWS algorithm ${alg}` };
  return { ok: true, alg };
}

/** True when `jwk` is a public key of the type `alg` requires (RFC 7518 §3, RFC 8037 §3.1). */
export function algorithmFitsKey(alg: string, jwk: JsonRecord): boolean {
  const expected = ALGORITHMS[alg];
  if (!expected || jwk['kty'] !== expected.kty) return false;
  if (expected.crv && jwk['crv'] !== expected.crv) return false;
  if (typeof jwk['alg'] === 'string' && jwk['alg'] !== alg && !(alg === 'Ed25519' && jwk['alg'] === 'EdDSA')) return false;
  return !('d' in jwk) && !('k' in jwk);
}

/**
 * Verifies the signature of a compact JWS with a public JWK (jose `compactVerify`, which also
 * enforces the algorithm allow-list; ES256K, absent from jose's WebCrypto build, through node:crypto).
 * The caller has already checked {@link algorithmFitsKey}.
 *
 * @returns true when the signature is valid; false otherwise (never throws).
 */
export async function verifyJwsSignature(jws: DecodedJws, alg: string, jwk: JsonRecord): Promise<{ valid: boolean; message: string }> {
  try {
    if (alg === 'ES256K') {
      const [h, p, s] = jws.compact.split('.');
      const key = createPublicKey({ key: jwk as NodeJwk, format: 'jwk' });
      const valid = cryptoVerify('sha256', Buffer.from(`${h}.${p}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'));
      return { valid, message: valid ? 'valid' : 'signature does not match' };
    }
    const { kid: _kid, alg: _alg, use: _use, key_ops: _ops, ...bare } = jwk;
    const key = await importJWK(bare as JWK, alg);
    await compactVerify(jws.compact, key, { algorithms: [alg] });
    return { valid: true, message: 'valid' };
  } catch (error) {
    return { valid: false, message: messageOf(error) };
  }
}
