import type { SkillId } from '@skillproof/domain-model';
import type { Taxonomy } from './create-taxonomy';

/** One target a piece of skill evidence counts for. */
export interface EvidenceTarget {
  /** Position of the target in the `targetSkillIds` given to {@link createEvidenceIndex}. */
  targetIndex: number;
  /** Canonical id of the target skill. */
  targetSkillId: SkillId;
  /**
   * `null` when the evidence is for the target skill itself; otherwise the shortest path from the
   * evidenced (narrower) skill up to the target, e.g. `['postgresql', 'sql']`.
   */
  path: readonly SkillId[] | null;
}

/**
 * Precomputed answer to "which targets does evidence for skill X count for?" for a fixed list of
 * target skills (a job's requirements, a team's target profile). Build once per job or team, then
 * look up every credential alignment of every person in O(1): this is what keeps ranking 100,000
 * candidates linear in the number of credentials.
 */
export interface EvidenceIndex {
  /** Canonical ids of the targets, in input order (unresolvable ids kept trimmed, as given). */
  readonly targetSkillIds: readonly SkillId[];
  /**
   * Targets that evidence for `skillId` counts for: the same skill, or any broader one (never a
   * narrower one). `skillId` is resolved through the taxonomy first (id, label or alias). Ordered by
   * target index, then shortest path. `[]` when it counts for none.
   */
  lookup(skillId: SkillId): readonly EvidenceTarget[];
}

const NONE: readonly EvidenceTarget[] = Object.freeze([]);

/**
 * Canonical id of a skill reference: `taxonomy.resolve(ref)`, or the trimmed reference itself when
 * the taxonomy does not know it (so an id outside the taxonomy still matches the same id exactly).
 */
export function canonicalSkillId(taxonomy: Taxonomy, ref: SkillId): SkillId {
  return taxonomy.resolve(ref) ?? ref.trim();
}

/**
 * Builds an {@link EvidenceIndex} implementing PRODUCT.md §4.1 ("evidence for a narrower skill counts
 * for its broader ones, never the reverse") for the given target skills. Cost: the size of the
 * targets' narrower closures (memoised by the taxonomy), once.
 *
 * @param taxonomy the organisation's taxonomy.
 * @param targetSkillIds target skills (ids, labels or aliases); duplicates allowed, each indexed.
 */
export function createEvidenceIndex(taxonomy: Taxonomy, targetSkillIds: readonly SkillId[]): EvidenceIndex {
  const canonical = targetSkillIds.map((ref) => canonicalSkillId(taxonomy, ref));
  const index = new Map<SkillId, EvidenceTarget[]>();
  const add = (skillId: SkillId, target: EvidenceTarget): void => {
    const list = index.get(skillId);
    if (list) list.push(target);
    else index.set(skillId, [target]);
  };
  canonical.forEach((targetSkillId, targetIndex) => {
    add(targetSkillId, { targetIndex, targetSkillId, path: null });
    for (const [narrowerId, path] of taxonomy.narrowerClosure(targetSkillId)) {
      add(narrowerId, { targetIndex, targetSkillId, path });
    }
  });
  return {
    targetSkillIds: canonical,
    lookup: (skillId) => index.get(skillId) ?? index.get(canonicalSkillId(taxonomy, skillId)) ?? NONE,
  };
}
