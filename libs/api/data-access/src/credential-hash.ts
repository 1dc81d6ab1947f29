import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * sha256 (hex) identifying a credential document: of its RFC 8785 (JCS) canonical JSON when it
 * parses as a JSON object or array, else of the trimmed text. Whitespace and key order do not make
 * a different document; any change of a value does.
 */
export function documentHash(document: string): string {
  let basis = document.trim();
  try {
    const parsed: unknown = JSON.parse(basis);
    if (parsed !== null && typeof parsed === 'object') basis = canonicalize(parsed) ?? basis;
  } catch {
    /* not JSON (a compact JWS, say): hash the text */
  }
  return createHash('sha256').update(basis, 'utf8').digest('hex');
}
