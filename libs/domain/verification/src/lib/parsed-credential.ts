import type { CredentialFormat } from '@skillproof/domain-model';
import { asArray, asText, idOf, isRecord, type JsonRecord } from './json-value';
import { parseDateTime } from './validity';

/** OB 3.0 §B.1.1 Alignment, as stored by the product. */
export interface ParsedAlignment {
  targetUrl: string;
  targetName?: string;
  targetCode?: string;
  targetFramework?: string;
}

/** OB 3.0 §B.1.2 IdentityObject (hashed or plain recipient identifier). */
export interface ParsedIdentifier {
  identityHash: string;
  identityType: string;
  hashed: boolean;
  salt?: string;
}

/**
 * What the product stores about an imported credential, extracted best-effort from the document
 * (present even when verification fails, as long as the input is a JSON object).
 */
export interface ParsedCredential {
  /** Credential `id`, if any. */
  id?: string;
  format: CredentialFormat;
  issuer: { id: string; name?: string; url?: string };
  /** OB 3.0 `credentialSubject.achievement` (§B.1.1 Achievement). */
  achievement?: {
    id?: string;
    name: string;
    description?: string;
    achievementType?: string;
    alignments: ParsedAlignment[];
  };
  subject: { id?: string; identifier?: ParsedIdentifier[] };
  /** VC DM 2.0 `validFrom` or VC DM 1.1 `issuanceDate`. */
  validFrom?: Date;
  /** VC DM 2.0 `validUntil` or VC DM 1.1 `expirationDate`. */
  validUntil?: Date;
  /** OB 3.0 `awardedDate`, else the start of validity. */
  issuedOn?: Date;
  name?: string;
  /** SHA-256 hex of the canonical input (RFC 8785 JCS for JSON): idempotency key. */
  contentHash: string;
}

function parseAlignment(value: unknown): ParsedAlignment | undefined {
  if (!isRecord(value)) return undefined;
  const targetUrl = asText(value['targetUrl']);
  if (!targetUrl) return undefined;
  const alignment: ParsedAlignment = { targetUrl };
  const targetName = asText(value['targetName']);
  const targetCode = asText(value['targetCode']);
  const targetFramework = asText(value['targetFramework']);
  if (targetName !== undefined) alignment.targetName = targetName;
  if (targetCode !== undefined) alignment.targetCode = targetCode;
  if (targetFramework !== undefined) alignment.targetFramework = targetFramework;
  return alignment;
}

function parseIdentifier(value: unknown): ParsedIdentifier | undefined {
  if (!isRecord(value)) return undefined;
  const identityHash = asText(value['identityHash']);
  const identityType = asText(value['identityType']);
  if (!identityHash || !identityType) return undefined;
  const identifier: ParsedIdentifier = {
    identityHash,
    identityType,
    hashed: value['hashed'] === true || value['hashed'] === 'true',
  };
  const salt = asText(value['salt']);
  if (salt !== undefined) identifier.salt = salt;
  return identifier;
}

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/**
 * Extracts a {@link ParsedCredential} from a JSON-LD credential (VC DM 1.1/2.0, OB 3.0 §B.1
 * OpenBadgeCredential / AchievementCredential). Unknown or ill-typed members are skipped; never
 * throws.
 *
 * @param contentHash idempotency hash computed from the input (see content-hash.ts).
 */
export function extractParsedCredential(
  credential: JsonRecord,
  contentHash: string,
  format: CredentialFormat = 'OB3_JSONLD',
): ParsedCredential {
  const issuerValue = credential['issuer'];
  const issuer: ParsedCredential['issuer'] = { id: idOf(issuerValue) ?? '' };
  if (isRecord(issuerValue)) {
    const name = asText(issuerValue['name']);
    const url = asText(issuerValue['url']);
    if (name !== undefined) issuer.name = name;
    if (url !== undefined) issuer.url = url;
  }

  const subjectValue = asArray(credential['credentialSubject']).find(isRecord);
  const subject: ParsedCredential['subject'] = {};
  let achievement: ParsedCredential['achievement'];
  let awardedDate: Date | undefined;
  if (subjectValue) {
    if (typeof subjectValue['id'] === 'string') subject.id = subjectValue['id'];
    const identifiers = asArray(subjectValue['identifier']).map(parseIdentifier).filter(defined);
    if (identifiers.length > 0) subject.identifier = identifiers;
    const achievementValue = asArray(subjectValue['achievement']).find(isRecord);
    const achievementName = achievementValue ? asText(achievementValue['name']) : undefined;
    if (achievementValue && achievementName !== undefined) {
      achievement = {
        name: achievementName,
        alignments: asArray(achievementValue['alignment']).map(parseAlignment).filter(defined),
      };
      const id = idOf(achievementValue['id']);
      const description = asText(achievementValue['description']);
      const achievementType = asText(achievementValue['achievementType']);
      if (id !== undefined) achievement.id = id;
      if (description !== undefined) achievement.description = description;
      if (achievementType !== undefined) achievement.achievementType = achievementType;
    }
    awardedDate = parseDateTime(subjectValue['awardedDate']) ?? parseDateTime(credential['awardedDate']);
  }

  const parsed: ParsedCredential = { format, issuer, subject, contentHash };
  if (typeof credential['id'] === 'string') parsed.id = credential['id'];
  if (achievement) parsed.achievement = achievement;
  const validFrom = parseDateTime(credential['validFrom']) ?? parseDateTime(credential['issuanceDate']);
  const validUntil = parseDateTime(credential['validUntil']) ?? parseDateTime(credential['expirationDate']);
  if (validFrom) parsed.validFrom = validFrom;
  if (validUntil) parsed.validUntil = validUntil;
  const issuedOn = awardedDate ?? validFrom;
  if (issuedOn) parsed.issuedOn = issuedOn;
  const name = asText(credential['name']);
  if (name !== undefined) parsed.name = name;
  return parsed;
}
