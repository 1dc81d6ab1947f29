import { createHash } from 'node:crypto';

/**
 * JSON Canonicalization Scheme (RFC 8785) serialisation of a parsed JSON value: object members
 * sorted by UTF-16 code units, no whitespace, ECMAScript number and string serialisation.
 * The caller bounds the depth (see parse-credential-input.ts).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/**
 * Idempotency key of an imported credential: SHA-256 (lower-case hex, 64 chars) of the UTF-8
 * bytes of its canonical text: RFC 8785 JCS for JSON input (so whitespace and member order do not
 * matter), the trimmed text for a compact JWS.
 */
export function contentHash(canonicalText: string): string {
  return createHash('sha256').update(canonicalText, 'utf8').digest('hex');
}
