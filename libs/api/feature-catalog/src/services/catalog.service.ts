import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CredentialDefinitionEntity } from '@skillproof/api-data-access';
import type { Alignment, CredentialDefinition, Skill } from '@skillproof/domain-model';
import { normalizeLabel } from '@skillproof/domain-taxonomy';
import { TaxonomyService } from './taxonomy.service';

/** Skill search and the credential catalogue. */
@Injectable()
export class CatalogService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly taxonomy: TaxonomyService) {}

  /**
   * Skills whose name or an alias contains `search` (case- and whitespace-insensitive), best first:
   * exact name, exact alias, name prefix, alias prefix, then substring; ties by name, then id.
   * All skills when `search` is empty.
   */
  async searchSkills(search: string | null | undefined): Promise<Skill[]> {
    const { skills } = await this.taxonomy.get();
    const all = [...skills.values()];
    const q = search ? normalizeLabel(search) : '';
    const rank = (s: Skill): number => {
      if (!q) return 0;
      const name = normalizeLabel(s.name);
      const aliases = s.aliases.map(normalizeLabel);
      if (name === q) return 0;
      if (aliases.includes(q)) return 1;
      if (name.startsWith(q)) return 2;
      if (aliases.some((l) => l.startsWith(q))) return 3;
      if (name.includes(q) || aliases.some((l) => l.includes(q))) return 4;
      return -1;
    };
    return all
      .map((s) => ({ s, r: rank(s) }))
      .filter((x) => x.r >= 0)
      .sort((a, b) => a.r - b.r || a.s.name.localeCompare(b.s.name) || a.s.id.localeCompare(b.s.id))
      .map((x) => x.s);
  }

  /**
   * Credential definitions of the organisation, by name; with `skillId`, only those aligned to that
   * skill or a narrower one (evidence for a narrower skill counts for the broader one), ordered by
   * estimated hours (unknown last), then name.
   */
  async definitions(organizationId: string, skillId: string | null | undefined, limit: number, offset: number) {
    let skillIds: string[] | null = null;
    if (skillId) {
      const { taxonomy } = await this.taxonomy.get();
      skillIds = [skillId, ...taxonomy.narrowerClosure(skillId).keys()];
    }
    const where = skillIds
      ? `d.organization_id = $1 AND EXISTS (SELECT 1 FROM credential_definition_alignment a WHERE a.definition_id = d.id AND a.skill_id = ANY($2))`
      : `d.organization_id = $1`;
    const params: unknown[] = skillIds ? [organizationId, skillIds] : [organizationId];
    const order = skillIds ? 'd.estimated_hours ASC NULLS LAST, d.name, d.id' : 'd.name, d.id';
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM credential_definition d WHERE ${where}`, params);
    const ids: { id: string }[] = await this.db.query(
      `SELECT d.id FROM credential_definition d WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, params);
    const rows = ids.length ? await this.db.getRepository(CredentialDefinitionEntity).findBy({ id: In(ids.map((r) => r.id)) }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { totalCount: count as number, items: ids.flatMap((r) => byId.get(r.id) ?? []) };
  }

  /**
   * The whole catalogue of an organisation as domain definitions (with alignments), and the ids of
   * its trusted issuers; two queries.
   */
  async catalog(organizationId: string): Promise<{ definitions: CredentialDefinition[]; trustedIssuerIds: string[] }> {
    const rows: { id: string; name: string; kind: string; issuer_id: string | null; estimated_hours: number | null; cost: number | null; validity_months: number | null; alignments: Alignment[] | null }[] =
      await this.db.query(
        `SELECT d.id, d.name, d.kind, d.issuer_id, d.estimated_hours, d.cost, d.validity_months,
                (SELECT json_agg(json_build_object('skillId', a.skill_id, 'level', a.level) ORDER BY a.skill_id)
                   FROM credential_definition_alignment a WHERE a.definition_id = d.id) AS alignments
           FROM credential_definition d WHERE d.organization_id = $1 ORDER BY d.id`, [organizationId]);
    const trusted: { id: string }[] = await this.db.query('SELECT id FROM issuer WHERE organization_id = $1 AND trusted ORDER BY id', [organizationId]);
    return {
      definitions: rows.map((r) => ({
        id: r.id, name: r.name, kind: r.kind as CredentialDefinition['kind'], issuerId: r.issuer_id ?? '',
        estimatedHours: r.estimated_hours, cost: r.cost, validityMonths: r.validity_months, alignments: r.alignments ?? [],
      })),
      trustedIssuerIds: trusted.map((t) => t.id),
    };
  }
}
