import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  CredentialAlignmentEntity, CredentialDefinitionAlignmentEntity, CredentialDefinitionEntity, CredentialEntity,
  IssuerEntity, PersonEntity, documentHash,
} from '@skillproof/api-data-access';
import { APP_CONFIG, DomainError, notFound, type AppConfig } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import type { Alignment, VerificationReport } from '@skillproof/domain-model';
import {
  matchRecipient, verifyCredential, type Fetcher, type ParsedCredential, type RecipientCandidates, type VerificationResult, type VerifyOptions,
} from '@skillproof/domain-verification';
import { createOwnStatusListFetcher } from './own-status-list-fetcher';
import { PeopleDirectory, namesRecipient } from './people-directory';

/** Documents above this size are refused before anything is stored (BAD_USER_INPUT). */
export const MAX_IMPORT_BYTES = 1_000_000;
/** Level credited for a document alignment that no catalogue definition describes (DATA.md: "none → 2"). */
export const DEFAULT_ALIGNMENT_LEVEL = 2;

/**
 * Nest token of the Fetcher for REMOTE documents (did:web, https issuer profiles, hosted OB 2.0
 * assertions, other issuers' status lists): the production https fetcher with its cache, provided
 * globally by the imports module. Absent → no network (those checks come out UNKNOWN).
 */
export const REMOTE_FETCHER = Symbol('REMOTE_FETCHER');

/** Identity of a person a credential may name (PRODUCT.md §3 recipient binding). */
export interface RecipientIdentity {
  /** Email address (compared case-insensitively). */
  email?: string;
  /** DID of the person, when known. */
  did?: string;
}

/** Outcome of matching a credential's recipient against one person. */
export type RecipientMatch = 'MATCH' | 'MISMATCH' | 'UNNAMED';

export interface ImportCredentialCommand {
  organizationId: string;
  /** Person to attach the credential to (optional). */
  personId?: string | null;
  /** The credential as received: JSON-LD text, a compact JWS/JWT, or an https URL of a hosted OB 2.0 assertion. */
  document: string;
  /** Date the checks are evaluated at (default now). */
  asOf?: Date;
}

export interface ImportCredentialResult {
  credential: CredentialEntity;
  /** False when the same document had been imported before (idempotent). */
  created: boolean;
}

/**
 * Imports one credential: verifies it (PRODUCT.md §3), stores the document verbatim with its report
 * WHATEVER the outcome, and derives the skills it proves. Idempotent by content: the same document
 * twice is one credential; a different document reusing an existing credential `id` is verified on
 * its own merits and stored apart. Everything for one credential is written in one transaction.
 */
@Injectable()
export class CredentialImportService {
  /** Own status lists from the database, everything else through the remote fetcher (if any). */
  readonly fetcher: Fetcher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(REMOTE_FETCHER) remote?: Fetcher,
  ) {
    this.fetcher = createOwnStatusListFetcher(db, config.publicUrl, remote ?? undefined);
  }

  /**
   * Imports one credential given as text or as the https URL of a hosted OB 2.0 assertion (fetched
   * through the production fetcher; the hosted copy is what is stored and verified). With a
   * `personId`, the recipient the credential names must be that person; without one, the credential is
   * attached to the one person of the organisation its recipient names (e-mail, case-insensitive, or a
   * salted identity hash), if exactly one does — else it is stored unattached.
   * @throws DomainError BAD_USER_INPUT when the document is empty, larger than MAX_IMPORT_BYTES, an
   *   unreachable URL, or names another recipient (details.reason RECIPIENT_MISMATCH, nothing stored);
   *   NOT_FOUND when `personId` is not a person of the organisation.
   */
  async import(cmd: ImportCredentialCommand): Promise<ImportCredentialResult> {
    const document = await this.resolveDocument(cmd.document);
    const person = cmd.personId ? await this.findPerson(cmd.organizationId, cmd.personId) : null;
    const contentHash = documentHash(document);
    const existing = await this.findByHash(cmd.organizationId, contentHash);
    if (existing) return { credential: await this.attachExisting(existing, person, cmd.asOf), created: false };

    const asOf = cmd.asOf ?? new Date();
    let result = await this.verify(document, asOf, person ? { email: person.email } : undefined);
    if (person) assertRecipient(result.credential, person);
    let personId = person?.id ?? null;
    if (!person) {
      // PRODUCT.md §3: a credential whose recipient names exactly one known person is attached to them;
      // verified again with that person as recipient so the stored report carries the recipient check.
      const named = await this.personNamedBy(cmd.organizationId, result.credential);
      if (named) {
        result = await this.verify(document, asOf, { email: named.email });
        personId = named.id;
      }
    }
    try {
      const credential = await this.db.transaction((tx) => this.storeVerified(tx, { ...cmd, personId }, document, contentHash, result));
      return { credential, created: true };
    } catch (e) {
      // A concurrent import of the same document won the race: return its credential.
      const raced = await this.db.getRepository(CredentialEntity).findOneBy({ organizationId: cmd.organizationId, contentHash });
      if (raced) return { credential: raced, created: false };
      throw e;
    }
  }

  /**
   * The same document imported again for a person: returned as is when it already belongs to that
   * person (or no person is given); attached when it belongs to nobody yet and names that person
   * (recipient binding); CONFLICT when it belongs to someone else.
   */
  private async attachExisting(existing: CredentialEntity, person: PersonEntity | null, asOf?: Date): Promise<CredentialEntity> {
    if (!person || existing.personId === person.id) return existing;
    if (existing.personId) {
      throw new DomainError('CONFLICT', 'This credential is already attached to another person', { credentialId: existing.id });
    }
    const result = await this.verify(existing.document, asOf ?? new Date(), { email: person.email });
    assertRecipient(result.credential, person);
    await this.db.getRepository(CredentialEntity).update({ id: existing.id, organizationId: existing.organizationId, personId: IsNull() }, { personId: person.id });
    return { ...existing, personId: person.id };
  }

  /**
   * Checks the raw input and returns the document text to store: the input itself, or the JSON
   * fetched from an https URL (hosted OB 2.0 assertion).
   * @throws DomainError BAD_USER_INPUT (empty, too large, unreachable URL).
   */
  async resolveDocument(input: string): Promise<string> {
    if (!input || !input.trim()) throw new DomainError('BAD_USER_INPUT', 'document is empty', { field: 'document' });
    checkSize(input);
    const trimmed = input.trim();
    if (!/^https:\/\/\S+$/i.test(trimmed)) {
      if (/^http:\/\/\S+$/i.test(trimmed)) throw new DomainError('BAD_USER_INPUT', 'only https URLs of hosted assertions are fetched', { field: 'document' });
      return input;
    }
    let fetched: unknown;
    try {
      fetched = await this.fetcher.fetchJson(trimmed);
    } catch (e) {
      throw new DomainError('BAD_USER_INPUT', `could not fetch ${trimmed}: ${e instanceof Error ? e.message : String(e)}`, { field: 'document', url: trimmed });
    }
    const text = JSON.stringify(fetched);
    checkSize(text);
    return text;
  }

  /**
   * The one person of the organisation the credential's recipient names, or undefined (no recipient,
   * nobody or several people). Reads only ids and e-mails, and only when a recipient is named.
   */
  async personNamedBy(organizationId: string, parsed: ParsedCredential | undefined): Promise<Pick<PersonEntity, 'id' | 'email'> | undefined> {
    if (!namesRecipient(parsed)) return undefined;
    const people = await this.db.getRepository(PersonEntity).find({ select: { id: true, email: true }, where: { organizationId } });
    return new PeopleDirectory(people).match(parsed);
  }

  /** @throws DomainError NOT_FOUND when the person is not in the organisation. */
  async findPerson(organizationId: string, personId: string): Promise<PersonEntity> {
    const person = await this.db.getRepository(PersonEntity).findOneBy({ id: personId, organizationId });
    if (!person) throw notFound('Person', personId);
    return person;
  }

  /** The credential of the organisation with this content hash, if already imported. */
  findByHash(organizationId: string, contentHash: string, tx?: EntityManager): Promise<CredentialEntity | null> {
    return (tx ?? this.db.manager).getRepository(CredentialEntity).findOneBy({ organizationId, contentHash });
  }

  /**
   * Runs the verification library on one document as of `asOf`, with this server's fetcher, and the
   * person's identity as `recipient` when given (recipient binding).
   */
  verify(document: string, asOf: Date, recipient?: RecipientIdentity): Promise<VerificationResult> {
    return verifyCredential(document, verifyOptions(asOf, this.fetcher, recipient));
  }

  /**
   * Stores a verified document (any outcome) with its alignments inside `tx`; the caller owns the
   * transaction (bulk import writes the credential and its item row together).
   */
  async storeVerified(
    tx: EntityManager, cmd: ImportCredentialCommand, document: string, contentHash: string, result: VerificationResult,
  ): Promise<CredentialEntity> {
    return this.store(tx, cmd, document, contentHash, result.report, result.credential);
  }

  private async store(
    tx: EntityManager, cmd: ImportCredentialCommand, document: string, contentHash: string,
    report: VerificationReport, parsed: ParsedCredential | undefined,
  ): Promise<CredentialEntity> {
    const orgId = cmd.organizationId;
    const issuer = parsed?.issuer?.id ? await this.findOrCreateIssuer(tx, orgId, parsed.issuer) : null;
    // A catalogue definition (and the levels it proves) applies only to credentials its own issuer
    // signed: anyone can copy an achievement id into a self-signed credential.
    const definition = parsed?.achievement?.id && issuer
      ? await tx.getRepository(CredentialDefinitionEntity).findOneBy({ organizationId: orgId, achievementUri: parsed.achievement.id, issuerId: issuer.id })
      : null;
    const credential = tx.getRepository(CredentialEntity).create({
      id: randomUUID(),
      organizationId: orgId,
      personId: cmd.personId ?? null,
      definitionId: definition?.id ?? null,
      issuerId: issuer?.id ?? null,
      credentialUri: parsed?.id ?? null,
      contentHash,
      format: parsed?.format ?? guessFormat(document),
      document,
      name: (parsed?.achievement?.name ?? parsed?.name ?? definition?.name ?? 'Unreadable credential').slice(0, 500),
      issuerName: parsed?.issuer?.name ?? issuer?.name ?? null,
      issuedOn: parsed?.issuedOn ?? parsed?.validFrom ?? null,
      validFrom: parsed?.validFrom ?? null,
      validUntil: parsed?.validUntil ?? null,
      verificationStatus: report.status,
      verificationReport: report,
      verifiedAt: report.checkedAt,
    });
    await tx.getRepository(CredentialEntity).insert(credential);
    const alignments = await this.alignmentsFor(tx, orgId, definition, parsed);
    if (alignments.length) {
      await tx.getRepository(CredentialAlignmentEntity).insert(
        alignments.map((a) => ({ credentialId: credential.id, skillId: a.skillId, organizationId: orgId, level: a.level })),
      );
    }
    return credential;
  }

  /**
   * Skills a credential proves: its catalogue definition's alignments (with their levels) when the
   * achievement is known; otherwise the document's own `achievement.alignment` entries whose target
   * is a skill of the taxonomy (by URI, code or label), at DEFAULT_ALIGNMENT_LEVEL.
   */
  private async alignmentsFor(
    tx: EntityManager, orgId: string, definition: CredentialDefinitionEntity | null, parsed: ParsedCredential | undefined,
  ): Promise<Alignment[]> {
    if (definition) {
      const rows = await tx.getRepository(CredentialDefinitionAlignmentEntity).findBy({ organizationId: orgId, definitionId: definition.id });
      return rows.map((r) => ({ skillId: r.skillId, level: r.level }));
    }
    const { taxonomy } = await this.taxonomy.get();
    const found = new Map<string, number>();
    for (const a of parsed?.achievement?.alignments ?? []) {
      const candidates = [skillIdFromUri(a.targetUrl), a.targetCode, a.targetUrl, a.targetName].filter((x): x is string => !!x);
      const skillId = candidates.map((c) => (taxonomy.has(c) ? c : taxonomy.resolve(c))).find((x) => x !== undefined);
      if (skillId) found.set(skillId, DEFAULT_ALIGNMENT_LEVEL);
    }
    return [...found].map(([skillId, level]) => ({ skillId, level }));
  }

  private async findOrCreateIssuer(tx: EntityManager, orgId: string, issuer: { id: string; name?: string; url?: string }) {
    const repo = tx.getRepository(IssuerEntity);
    const found = await repo.findOneBy({ organizationId: orgId, did: issuer.id });
    if (found) return found;
    const created = repo.create({ id: randomUUID(), organizationId: orgId, did: issuer.id, name: issuer.name ?? issuer.id, url: issuer.url ?? null, trusted: false });
    await repo.insert(created);
    return created;
  }
}

function checkSize(text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw new DomainError('BAD_USER_INPUT', `document is ${bytes} bytes; the limit is ${MAX_IMPORT_BYTES}`, { field: 'document', limit: MAX_IMPORT_BYTES });
  }
}

/** The verification library's recipient candidates for one person (email, DID). */
export function recipientCandidates(person: RecipientIdentity): RecipientCandidates {
  return { emails: person.email ? [person.email] : [], dids: person.did ? [person.did] : [] };
}

/** Options for `verifyCredential`: `recipient` (the person's identities) when the person is known. */
export function verifyOptions(asOf: Date, fetcher: Fetcher, recipient?: RecipientIdentity): VerifyOptions {
  const options: VerifyOptions = { asOf, now: new Date(), fetcher };
  if (recipient) options.recipient = recipientCandidates(recipient);
  return options;
}

/**
 * Whether the recipient a credential names is this person (PRODUCT.md §3, case C4), by the
 * verification library's `matchRecipient` (subject DID or `mailto:` id; OB identity objects, plain
 * or `sha256$` hash with salt; emails and hex case-insensitive). UNNAMED when the credential names
 * no recipient at all (then it is verified for authenticity alone).
 */
export function matchPersonRecipient(parsed: ParsedCredential | undefined, person: RecipientIdentity): RecipientMatch {
  if (!parsed || (!parsed.subject?.id && !parsed.subject?.identifier?.length)) return 'UNNAMED';
  return matchRecipient(parsed.subject, recipientCandidates(person)).matched ? 'MATCH' : 'MISMATCH';
}

/** @throws DomainError BAD_USER_INPUT (details.reason RECIPIENT_MISMATCH) when the credential names someone else. */
export function assertRecipient(parsed: ParsedCredential | undefined, person: PersonEntity): void {
  if (matchPersonRecipient(parsed, { email: person.email }) === 'MISMATCH') {
    throw new DomainError('BAD_USER_INPUT', `RECIPIENT_MISMATCH: the credential does not name person ${person.id}`, {
      field: 'personId', reason: 'RECIPIENT_MISMATCH', personId: person.id,
    });
  }
}

/** Maps a framework URI to a SkillProof skill id: ESCO `http://data.europa.eu/esco/skill/<uuid>` → `esco:<uuid>`. */
export function skillIdFromUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const esco = /^https?:\/\/data\.europa\.eu\/esco\/skill\/([0-9a-f-]{36})$/i.exec(uri);
  if (esco) return `esco:${esco[1].toLowerCase()}`;
  const onet = /onetonline\.org\/.*?(\d\.[A-Z](?:\.\d+(?:\.[a-z])?)?)$/.exec(uri);
  if (onet) return `onet:${onet[1]}`;
  return undefined;
}

/** Format of a document the verifier could not parse: a compact JWS is VC_JWT, JSON is OB3_JSONLD, else UNKNOWN. */
export function guessFormat(document: string): string {
  const text = document.trim();
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(text)) return 'VC_JWT';
  return text.startsWith('{') || text.startsWith('[') ? 'OB3_JSONLD' : 'UNKNOWN';
}
