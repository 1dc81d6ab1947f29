import type { DataSource } from 'typeorm';
import type { Alignment, CredentialDefinition, Requirement } from '@skillproof/domain-model';

/** What ranking and explaining one job needs besides the people: its requirements and the catalogue. */
export interface MatchContext {
  /** In display order (position, then skill id), as `JobsService.requirements`. */
  requirements: Requirement[];
  /** The organisation's credential definitions by id, as `CatalogService.catalog`. */
  definitions: CredentialDefinition[];
  trustedIssuerIds: string[];
}

interface Row {
  requirements: { skillId: string; minLevel: number; weight: number; mustHave: boolean }[];
  definitions: { id: string; name: string; kind: string; issuerId: string | null; estimatedHours: number | null; cost: number | null; validityMonths: number | null; alignments: Alignment[] | null }[];
  trusted: string[];
}

/**
 * Loads a job's requirements and the organisation's catalogue (definitions with alignments, trusted
 * issuer ids) in ONE statement (no N+1: `job.matches` stays within 5 statements per request). Same rows
 * and order as `JobsService.requirements` + `CatalogService.catalog`; `real` columns go through JSON as
 * their shortest text, i.e. the same JavaScript numbers as the pg driver returns.
 */
export async function loadMatchContext(db: DataSource, organizationId: string, jobId: string): Promise<MatchContext> {
  const [row]: Row[] = await db.query(
    `SELECT
       (SELECT coalesce(json_agg(json_build_object('skillId', r.skill_id, 'minLevel', r.min_level, 'weight', r.weight, 'mustHave', r.must_have)
                 ORDER BY r.position, r.skill_id), '[]'::json)
          FROM job_requirement r WHERE r.organization_id = $1 AND r.job_id = $2) AS requirements,
       (SELECT coalesce(json_agg(json_build_object('id', d.id, 'name', d.name, 'kind', d.kind, 'issuerId', d.issuer_id,
                 'estimatedHours', d.estimated_hours, 'cost', d.cost, 'validityMonths', d.validity_months,
                 'alignments', (SELECT json_agg(json_build_object('skillId', a.skill_id, 'level', a.level) ORDER BY a.skill_id)
                                  FROM credential_definition_alignment a WHERE a.definition_id = d.id)) ORDER BY d.id), '[]'::json)
          FROM credential_definition d WHERE d.organization_id = $1) AS definitions,
       (SELECT coalesce(array_agg(i.id::text ORDER BY i.id), '{}') FROM issuer i WHERE i.organization_id = $1 AND i.trusted) AS trusted`,
    [organizationId, jobId],
  );
  return {
    requirements: row.requirements.map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, weight: r.weight, mustHave: r.mustHave })),
    definitions: row.definitions.map((d) => ({
      id: d.id, name: d.name, kind: d.kind as CredentialDefinition['kind'], issuerId: d.issuerId ?? '',
      estimatedHours: d.estimatedHours, cost: d.cost, validityMonths: d.validityMonths, alignments: d.alignments ?? [],
    })),
    trustedIssuerIds: row.trusted,
  };
}
