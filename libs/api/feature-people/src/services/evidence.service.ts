import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { countingStatusSql } from '@skillproof/api-data-access';
import type { Alignment, CredentialEvidence, VerificationStatus } from '@skillproof/domain-model';

interface EvidenceRow {
  id: string; person_id: string; name: string; definition_id: string | null; issuer_id: string | null;
  issuer_name: string | null; trusted: boolean; issued_on: Date | null; valid_from: Date | null;
  valid_until: Date | null; verification_status: VerificationStatus; alignments: Alignment[] | null;
}

/**
 * Loads credentials as the pure matching / gap libraries see them (CredentialEvidence), for many
 * people in ONE query (no N+1). Every status is loaded (VERIFIED, FAILED, INDETERMINATE, CLAIMED):
 * the domain functions decide what counts.
 *
 * The validity window is judged by the domain functions at the question's `asOf` (PRODUCT.md §4.7), not
 * by the stored report: a credential whose ONLY failures are EXPIRED / NOT_YET_VALID (authentic, not
 * revoked) is passed as VERIFIED with its dates, so that it counts before its expiry and never after.
 */
@Injectable()
export class EvidenceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Evidence by person id; every id in `personIds` has an entry (possibly empty). */
  async forPeople(organizationId: string, personIds: readonly string[]): Promise<Map<string, CredentialEvidence[]>> {
    const result = new Map<string, CredentialEvidence[]>(personIds.map((id) => [id, []]));
    if (personIds.length === 0) return result;
    const rows: EvidenceRow[] = await this.db.query(
      `SELECT c.id, c.person_id, c.name, c.definition_id, c.issuer_id, coalesce(i.name, c.issuer_name) AS issuer_name,
              coalesce(i.trusted, false) AS trusted, c.issued_on, c.valid_from, c.valid_until,
              ${countingStatusSql('c')} AS verification_status,
              (SELECT json_agg(json_build_object('skillId', a.skill_id, 'level', a.level) ORDER BY a.skill_id)
                 FROM credential_alignment a WHERE a.credential_id = c.id) AS alignments
         FROM credential c LEFT JOIN issuer i ON i.id = c.issuer_id AND i.organization_id = c.organization_id
        WHERE c.organization_id = $1 AND c.person_id = ANY($2::uuid[])
        ORDER BY c.person_id, c.id`,
      [organizationId, personIds],
    );
    for (const r of rows) {
      result.get(r.person_id)?.push({
        id: r.id, personId: r.person_id, name: r.name, definitionId: r.definition_id, issuerId: r.issuer_id,
        issuerName: r.issuer_name, issuerTrusted: r.trusted, issuedOn: r.issued_on, validFrom: r.valid_from,
        validUntil: r.valid_until, status: r.verification_status, alignments: r.alignments ?? [],
      });
    }
    return result;
  }
}
