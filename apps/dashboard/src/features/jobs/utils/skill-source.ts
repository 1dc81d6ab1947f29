/**
 * The taxonomy a skill id comes from (DATA.md id schemes): `esco:<uuid>` → "ESCO", `onet:<element>` →
 * "O*NET", `onet-tech:<commodity>[/<slug>]` → "O*NET Technology"; anything else → null.
 */
export function skillSource(skillId: string): string | null {
  if (skillId.startsWith('esco:')) return 'ESCO';
  if (skillId.startsWith('onet-tech:')) return 'O*NET Technology';
  if (skillId.startsWith('onet:')) return 'O*NET';
  return null;
}

/**
 * Ids of the skills whose name is shared (case-insensitively) with another skill of the list — the
 * taxonomy holds distinct ESCO and O*NET concepts with the same label (e.g. "PostgreSQL"); those rows
 * need their source shown to be told apart.
 */
export function ambiguousSkillIds(skills: readonly { id: string; name: string }[]): Set<string> {
  const byName = new Map<string, string[]>();
  for (const s of skills) {
    const key = s.name.trim().toLocaleLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), s.id]);
  }
  return new Set([...byName.values()].filter((ids) => new Set(ids).size > 1).flat());
}
