/** A typed integer clamped to min..max; `fallback` when the text is not a number. Decimals round. */
export function clampInt(text: string, fallback: number, min: number, max: number): number {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.round(n)));
}
