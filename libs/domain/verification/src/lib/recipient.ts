import { createHash } from 'node:crypto';
import type { VerificationCheck } from '@skillproof/domain-model';
import type { ParsedCredential } from './parsed-credential';

/** Identities of a person a credential may name (PRODUCT.md §3 "recipient binding"). */
export interface RecipientCandidates {
  /** E-mail addresses (compared case-insensitively, trimmed). */
  emails?: string[];
  /** DIDs (compared exactly). */
  dids?: string[];
  /** URLs / other IRIs (compared exactly). */
  urls?: string[];
}

/** How a credential's recipient matched a candidate. */
export interface RecipientMatch {
  matched: boolean;
  /** The candidate identity that matched. */
  identity?: string;
  /** Explanation (which identifier, hashed or not, case-insensitive comparison). */
  message: string;
}

const HASH = /^(sha256|md5)\$([0-9a-f]+)$/i;

function digest(algorithm: 'sha256' | 'md5', text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex');
}

function emailTypes(type: string): boolean {
  return /^(email|emailAddress)$/i.test(type);
}

/**
 * Finds which candidate identity a credential names (OB 3.0 §B.1.2 IdentityObject / OB 2.0
 * IdentityObject; VC `credentialSubject.id`):
 * - subject `id` equal to one of `dids` / `urls` (exact), or an e-mail in `mailto:` form;
 * - an identifier whose `identityHash` is `sha256$<hex>` or `md5$<hex>` of candidate + salt (hex
 *   compared case-insensitively; e-mails lower-cased and trimmed before hashing, so "Ana.Lima@Example.org"
 *   matches a hash of "ana.lima@example.org": case C4), or a plain identity equal to a candidate
 *   (e-mails case-insensitively).
 * Pure; never throws.
 */
export function matchRecipient(subject: ParsedCredential['subject'], candidates: RecipientCandidates): RecipientMatch {
  const emails = (candidates.emails ?? []).map((e) => e.trim()).filter((e) => e.length > 0);
  const ids = [...(candidates.dids ?? []), ...(candidates.urls ?? [])];
  if (subject.id !== undefined) {
    if (ids.includes(subject.id)) return { matched: true, identity: subject.id, message: `credentialSubject.id ${subject.id} is the person's identifier` };
    const mailto = /^mailto:(.+)$/i.exec(subject.id);
    const email = mailto ? emails.find((e) => e.toLowerCase() === mailto[1].trim().toLowerCase()) : undefined;
    if (email) return { matched: true, identity: email, message: `credentialSubject.id ${subject.id} matches ${email} (e-mails compared case-insensitively)` };
  }
  for (const identifier of subject.identifier ?? []) {
    const isEmail = emailTypes(identifier.identityType);
    const pool = isEmail ? emails : identifier.identityType === 'did' ? candidates.dids ?? [] : /^(url|id)$/i.test(identifier.identityType) ? ids : [...ids, ...emails];
    const salt = identifier.salt ?? '';
    const hash = HASH.exec(identifier.identityHash.trim());
    for (const candidate of pool) {
      if (identifier.hashed || hash) {
        if (!hash) continue;
        const algorithm = hash[1].toLowerCase() as 'sha256' | 'md5';
        const expected = hash[2].toLowerCase();
        const forms = isEmail ? [candidate.toLowerCase(), candidate] : [candidate];
        for (const form of forms) {
          if (digest(algorithm, form + salt) === expected) {
            const caseNote = isEmail ? ' (e-mail and hex compared case-insensitively)' : '';
            return { matched: true, identity: candidate, message: `Hashed ${identifier.identityType} (${algorithm}, salted) matches ${candidate}${caseNote}` };
          }
        }
      } else {
        const same = isEmail ? candidate.toLowerCase() === identifier.identityHash.trim().toLowerCase() : candidate === identifier.identityHash;
        if (same) {
          return { matched: true, identity: candidate, message: `${identifier.identityType} ${identifier.identityHash} matches ${candidate}${isEmail ? ' (e-mails compared case-insensitively)' : ''}` };
        }
      }
    }
  }
  const named = subject.id ?? (subject.identifier && subject.identifier.length > 0 ? `${subject.identifier.length} identifier(s)` : 'nobody');
  return { matched: false, message: `The credential names ${named}, none of the person's identities` };
}

/** The `recipient` check: PASS when {@link matchRecipient} matches, else FAIL RECIPIENT_MISMATCH. */
export function checkRecipient(subject: ParsedCredential['subject'] | undefined, candidates: RecipientCandidates): VerificationCheck {
  if (!subject) return { name: 'recipient', outcome: 'FAIL', code: 'RECIPIENT_MISMATCH', message: 'The credential names no recipient' };
  const match = matchRecipient(subject, candidates);
  return match.matched
    ? { name: 'recipient', outcome: 'PASS', message: match.message }
    : { name: 'recipient', outcome: 'FAIL', code: 'RECIPIENT_MISMATCH', message: match.message };
}
