import type { EntityManager } from 'typeorm';
import type { ProficiencyScale } from '@skillproof/domain-model';
import { notFound } from '@skillproof/api-core';

/** The default scale (PRODUCT.md §2), used when an organisation's stored scale is malformed. */
export const DEFAULT_SCALE: ProficiencyScale = { min: 1, max: 5, labels: ['Foundational', 'Developing', 'Proficient', 'Advanced', 'Expert'] };

/**
 * The organisation's proficiency scale (`organization.proficiency_scale`): integer levels min..max and
 * one label per level. A malformed stored value falls back to {@link DEFAULT_SCALE}.
 * @throws DomainError NOT_FOUND when the organisation does not exist.
 */
export async function loadProficiencyScale(db: Pick<EntityManager, 'query'>, organizationId: string): Promise<ProficiencyScale> {
  const rows: { scale: { min?: unknown; max?: unknown; labels?: unknown } | null }[] =
    await db.query('SELECT proficiency_scale AS scale FROM organization WHERE id = $1', [organizationId]);
  if (!rows.length) throw notFound('Organization', organizationId);
  const s = rows[0].scale ?? {};
  const min = Number(s.min);
  const max = Number(s.max);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) return DEFAULT_SCALE;
  const labels = Array.isArray(s.labels) && s.labels.length === max - min + 1 && s.labels.every((l) => typeof l === 'string') ? (s.labels as string[]) : [];
  return { min, max, labels };
}
