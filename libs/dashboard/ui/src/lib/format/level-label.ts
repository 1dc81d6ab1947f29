/** Labels of the default proficiency scale 1..5 (PRODUCT.md §2). Levels are ordered by rank, never by name. */
export const DEFAULT_LEVEL_LABELS = ['Foundational', 'Developing', 'Proficient', 'Advanced', 'Expert'] as const;

/** "3 · Proficient"; 0 reads "0 · presence"; levels off the default scale show the number only. */
export function formatLevel(level: number, labels: readonly string[] = DEFAULT_LEVEL_LABELS): string {
  if (!Number.isFinite(level)) return '—';
  if (level === 0) return '0 · presence';
  const label = Number.isInteger(level) ? labels[level - 1] : undefined;
  return label ? `${level} · ${label}` : String(level);
}
