import { createHash } from 'node:crypto';

/**
 * OB 3.0 §B.1.2 IdentityObject hash: `sha256$` + lower-case hex SHA-256 of the UTF-8 identity
 * followed by the salt. Email addresses are trimmed and lower-cased first (PRODUCT.md §3 compares
 * them case-insensitively), so issuer and verifier agree.
 */
export function hashIdentity(identity: string, salt: string, identityType = 'emailAddress'): string {
  const normalised = identityType === 'emailAddress' ? identity.trim().toLowerCase() : identity;
  return `sha256$${createHash('sha256').update(normalised + salt, 'utf8').digest('hex')}`;
}
