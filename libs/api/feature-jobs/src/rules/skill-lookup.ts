import type { Skill } from '@skillproof/domain-model';
import { normalizeLabel, type Taxonomy } from '@skillproof/domain-taxonomy';

/** Label without accents: {@link normalizeLabel}, then Unicode NFD with the combining marks removed ("Análisis" → "analisis"). */
export const foldLabel = (label: string): string => normalizeLabel(label).normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

/** Result of a lookup: the canonical id, or why none (unknown, or several skills share the label). */
export type SkillLookup = { skillId: string } | { skillId?: undefined; ambiguous: readonly string[] };

const cache = new WeakMap<Taxonomy, (ref: string) => SkillLookup>();

/** {@link createSkillLookup}, built once per taxonomy instance (cached while the taxonomy lives). */
export function skillLookupFor(taxonomy: Taxonomy): (ref: string) => SkillLookup {
  let lookup = cache.get(taxonomy);
  if (!lookup) {
    lookup = createSkillLookup(taxonomy, taxonomy.skills);
    cache.set(taxonomy, lookup);
  }
  return lookup;
}

/**
 * Finds skills by id, preferred label or alias, case-, whitespace- AND accent-insensitively (for
 * imported files typed by people: "analisis" finds "Análisis"). Exact matches (the taxonomy's own
 * `resolve`: id, then label, then alias) win; otherwise the accent-folded label, then alias. Built
 * once per taxonomy (one pass over every label and alias).
 */
export function createSkillLookup(taxonomy: Taxonomy, skills: Iterable<Skill>): (ref: string) => SkillLookup {
  const byLabel = new Map<string, Set<string>>();
  const byAlias = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    if (!key) return;
    const set = map.get(key) ?? new Set<string>();
    set.add(id);
    map.set(key, set);
  };
  for (const s of skills) {
    add(byLabel, foldLabel(s.name), s.id);
    for (const a of s.aliases) add(byAlias, foldLabel(a), s.id);
  }
  return (ref: string): SkillLookup => {
    const exact = taxonomy.resolve(ref);
    if (exact) return { skillId: exact };
    const named = taxonomy.candidates(ref);
    if (named.length > 1) return { ambiguous: named };
    const key = foldLabel(ref);
    for (const map of [byLabel, byAlias]) {
      const ids = map.get(key);
      if (ids?.size === 1) return { skillId: [...ids][0] };
      if (ids && ids.size > 1) return { ambiguous: [...ids].sort() };
    }
    return { ambiguous: [] };
  };
}
