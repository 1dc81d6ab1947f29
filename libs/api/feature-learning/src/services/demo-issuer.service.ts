import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CredentialDefinitionAlignmentEntity, CredentialDefinitionEntity, DEMO_ORGANIZATION_SLUG, IssuerEntity, IssuerKeyEntity,
  PersonEntity, skillTargetUrl,
} from '@skillproof/api-data-access';
import { badInput, DomainError, notFound } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import { importIssuerKey, issueOpenBadgeCredential } from '@skillproof/domain-verification';

/** What {@link DemoIssuerService.issue} produces. */
export interface DemoCredential {
  document: string;
  filename: string;
  person: PersonEntity;
  definition: CredentialDefinitionEntity;
  issuer: IssuerEntity;
  validFrom: Date;
  validUntil: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `from` + `months` calendar months (UTC), clamped to the last day of a shorter month. */
export function addMonthsUtc(from: Date, months: number): Date {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(from.getUTCDate(), lastDay), from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds()));
}

/** A file-name-safe slug. */
const slug = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'x';

/**
 * Demo only (issue 5): signs a REAL Open Badges 3.0 credential with the demo organisation's own issuer
 * key (kept in `issuer_key` by the seed, never in git), so a new user can finish the L&D flow by
 * importing the credential that completes an assignment. Refused outside the demo organisation.
 */
@Injectable()
export class DemoIssuerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** True when the organisation is the demo one and runs at least one demo issuer (has its key). */
  async enabled(organizationId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      'SELECT 1 FROM organization o WHERE o.id = $1 AND o.slug = $2 AND EXISTS (SELECT 1 FROM issuer_key k WHERE k.organization_id = o.id)',
      [organizationId, DEMO_ORGANIZATION_SLUG],
    );
    return rows.length > 0;
  }

  /**
   * Signs a credential of `definitionRef` (id or slug) for the person (`personId`, or `personEmail`):
   * recipient = salted sha256 identity hash of the person's email, achievement id = the definition's
   * achievement URI, alignments = the definition's skills, issuer = the definition's demo issuer
   * (did:key), validFrom = `now`, validUntil = now + the definition's validity months. Not stored.
   *
   * @throws DomainError FORBIDDEN (not the demo organisation), BAD_USER_INPUT (neither or both of
   *   personId / personEmail; the definition has no demo issuer key or no achievement id), NOT_FOUND
   *   (person, definition)
   */
  async issue(organizationId: string, input: { personId?: string | null; personEmail?: string | null; definitionId: string }, now = new Date()): Promise<DemoCredential> {
    if (!(await this.enabled(organizationId))) {
      throw new DomainError('FORBIDDEN', 'Demo credentials can only be issued in the demo organisation');
    }
    const personId = input.personId?.trim() || null;
    const personEmail = input.personEmail?.trim().toLowerCase() || null;
    const people = this.db.getRepository(PersonEntity);
    let person: PersonEntity | null;
    if (personId !== null && personEmail === null) person = UUID.test(personId) ? await people.findOneBy({ organizationId, id: personId }) : null;
    else if (personEmail !== null && personId === null) person = await people.findOneBy({ organizationId, email: personEmail });
    else throw badInput('personId', 'Give exactly one of personId and personEmail');
    if (!person) throw notFound('Person', personId ?? personEmail ?? '');

    const ref = input.definitionId.trim();
    const definitions = this.db.getRepository(CredentialDefinitionEntity);
    const definition = (UUID.test(ref) ? await definitions.findOneBy({ organizationId, id: ref }) : null) ?? (await definitions.findOneBy({ organizationId, slug: ref }));
    if (!definition) throw notFound('Credential definition', ref);
    if (!definition.achievementUri) throw badInput('definitionId', `${definition.name} has no achievement id to certify`);
    const issuer = definition.issuerId ? await this.db.getRepository(IssuerEntity).findOneBy({ organizationId, id: definition.issuerId }) : null;
    const keyRow = issuer ? await this.db.getRepository(IssuerKeyEntity).findOneBy({ organizationId, issuerId: issuer.id }) : null;
    if (!issuer || !keyRow) throw badInput('definitionId', `${definition.name} is not issued by one of the demo organisation's own issuers`);
    const key = await importIssuerKey(keyRow.keyPair);
    if (issuer.did !== key.did) throw new DomainError('CONFLICT', `The stored key of ${issuer.name} does not match its DID`);

    const [alignments, { skills }] = await Promise.all([
      this.db.getRepository(CredentialDefinitionAlignmentEntity).find({ where: { organizationId, definitionId: definition.id }, order: { skillId: 'ASC' } }),
      this.taxonomy.get(),
    ]);
    const validFrom = new Date(Math.floor(now.getTime() / 1000) * 1000);
    const validUntil = definition.validityMonths ? addMonthsUtc(validFrom, definition.validityMonths) : null;
    const credentialUuid = randomUUID();
    const signed = await issueOpenBadgeCredential({
      key,
      issuer: { id: key.did, name: issuer.name, ...(issuer.url ? { url: issuer.url } : {}) },
      credentialId: `urn:uuid:${credentialUuid}`,
      subject: { email: person.email, salt: credentialUuid.slice(0, 8) },
      achievement: {
        id: definition.achievementUri,
        name: definition.name,
        description: definition.description || definition.name,
        achievementType: achievementType(definition.kind),
        criteria: { narrative: `Demo credential: signed by SkillProof's demo issuer for ${definition.providerName ?? issuer.name}.` },
        alignment: alignments.map((a) => {
          const skill = skills.get(a.skillId);
          return {
            targetUrl: skillTargetUrl(a.skillId, skill?.sourceId), targetName: skill?.name ?? a.skillId, targetCode: a.skillId,
            targetFramework: a.skillId.startsWith('esco:') ? 'ESCO' : 'O*NET',
          };
        }),
      },
      validFrom,
      ...(validUntil ? { validUntil } : {}),
      created: validFrom,
    });
    return {
      document: JSON.stringify(signed, null, 2),
      filename: `demo-credential-${slug(person.displayName)}-${slug(definition.name)}.json`,
      person, definition, issuer, validFrom, validUntil,
    };
  }

}

/** OB 3.0 achievementType for a catalogue kind (as the seed signs them). */
function achievementType(kind: string): string {
  switch (kind) {
    case 'LICENSE': return 'License';
    case 'CERTIFICATION': return 'Certification';
    case 'CERTIFICATE': return 'Certificate';
    case 'ASSESSMENT': return 'Assessment';
    case 'MICROCREDENTIAL': return 'MicroCredential';
    default: return 'Badge';
  }
}
