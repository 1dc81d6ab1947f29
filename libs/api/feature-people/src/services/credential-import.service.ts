import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CredentialAlignmentEntity, CredentialDefinitionAlignmentEntity, CredentialDefinitionEntity, CredentialEntity,
  IssuerEntity, PersonEntity, documentHash,
} from '@skillproof/api-data-access';
import { APP_CONFIG, DomainError, notFound, type AppConfig } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import type { Alignment, VerificationReport } from '@skillproof/domain-model';
import { verifyCredential, type Fetcher, type ParsedCredential } from '@skillproof/domain-verification';
import { createOwnStatusListFetcher } from './own-status-list-fetcher';

/** Documents above this size are refused before anything is stored (BAD_USER_INPUT). */
export const MAX_IMPORT_BYTES = 2_000_000;
/** Level credited for a document alignment that no catalogue definition describes (DATA.md: "none → 2"). */
export const DEFAULT_ALIGNMENT_LEVEL = 2;

export interface ImportCredentialCommand {
  organizationId: string;
  /** Person to attach the credential to (optional). */
  personId?: string | null;
  /** The credential as received: JSON-LD text or a compact JWS/JWT. */
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
  private readonly fetcher: Fetcher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.fetcher = createOwnStatusListFetcher(db, config.publicUrl);
  }

  /**
   * @throws DomainError BAD_USER_INPUT when the document is empty or larger than MAX_IMPORT_BYTES;
   *   NOT_FOUND when `personId` is not a person of the organisation.
   */
  async import(cmd: ImportCredentialCommand): Promise<ImportCredentialResult> {
    const document = cmd.document;
    if (!document || !document.trim()) throw new DomainError('BAD_USER_INPUT', 'document is empty', { field: 'document' });
    const bytes = Buffer.byteLength(document, 'utf8');
    if (bytes > MAX_IMPORT_BYTES) {
      throw new DomainError('BAD_USER_INPUT', `document is ${bytes} bytes; the limit is ${MAX_IMPORT_BYTES}`, { field: 'document', limit: MAX_IMPORT_BYTES });
    }
    if (cmd.personId) {
      const person = await this.db.getRepository(PersonEntity).findOneBy({ id: cmd.personId, organizationId: cmd.organizationId });
      if (!person) throw notFound('Person', cmd.personId);
    }
    const contentHash = documentHash(document);
    const existing = await this.db.getRepository(CredentialEntity).findOneBy({ organizationId: cmd.organizationId, contentHash });
    if (existing) return { credential: existing, created: false };

    const asOf = cmd.asOf ?? new Date();
    const { report, credential: parsed } = await verifyCredential(document, { asOf, now: new Date(), fetcher: this.fetcher });
    try {
      const credential = await this.db.transaction((tx) => this.store(tx, cmd, document, contentHash, report, parsed));
      return { credential, created: true };
    } catch (e) {
      // A concurrent import of the same document won the race: return its credential.
      const raced = await this.db.getRepository(CredentialEntity).findOneBy({ organizationId: cmd.organizationId, contentHash });
      if (raced) return { credential: raced, created: false };
      throw e;
    }
  }

  private async store(
    tx: EntityManager, cmd: ImportCredentialCommand, document: string, contentHash: string,
    report: VerificationReport, parsed: ParsedCredential | undefined,
  ): Promise<CredentialEntity> {
    const orgId = cmd.organizationId;
    const issuer = parsed?.issuer?.id ? await this.findOrCreateIssuer(tx, orgId, parsed.issuer) : null;
    const definition = parsed?.achievement?.id
      ? await tx.getRepository(CredentialDefinitionEntity).findOneBy({ organizationId: orgId, achievementUri: parsed.achievement.id })
      : null;
    const credential = tx.getRepository(CredentialEntity).create({
      id: randomUUID(),
      organizationId: orgId,
      personId: cmd.personId ?? null,
      definitionId: definition?.id ?? null,
      issuerId: issuer?.id ?? null,
      credentialUri: parsed?.id ?? null,
      contentHash,
      format: parsed?.format ?? 'OB3_JSONLD',
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

/** Maps a framework URI to a SkillProof skill id: ESCO `http://data.europa.eu/esco/skill/<uuid>` → `esco:<uuid>`. */
export function skillIdFromUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const esco = /^https?:\/\/data\.europa\.eu\/esco\/skill\/([0-9a-f-]{36})$/i.exec(uri);
  if (esco) return `esco:${esco[1].toLowerCase()}`;
  const onet = /onetonline\.org\/.*?(\d\.[A-Z](?:\.\d+(?:\.[a-z])?)?)$/.exec(uri);
  if (onet) return `onet:${onet[1]}`;
  return undefined;
}
