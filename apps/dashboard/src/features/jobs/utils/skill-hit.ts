/** Label comparison as the API's skill search does it: trimmed, inner whitespace collapsed, lower-case. */
export const normalizeForMatch = (label: string): string => label.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The alias that matched `search` when the skill's own name does not contain it (null otherwise). */
export function matchedAlias(name: string, aliases: readonly string[], search: string): string | null {
  const q = normalizeForMatch(search);
  if (!q || normalizeForMatch(name).includes(q)) return null;
  return aliases.find((a) => normalizeForMatch(a).includes(q)) ?? null;
}
