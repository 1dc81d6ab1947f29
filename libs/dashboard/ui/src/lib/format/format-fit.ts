/** Fit is a Float in 0..100 (PRODUCT.md §4); readiness a fraction in 0..1 (§5). */

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** Fit as a number with one decimal ("87.5"); "—" when not a finite number. Clamped to 0..100. */
export function formatFit(fit: number | null | undefined): string {
  if (fit === null || fit === undefined || !Number.isFinite(fit)) return '—';
  const rounded = Math.round(clamp(fit, 0, 100) * 10) / 10;
  return rounded.toFixed(1);
}

/** Width of a fit bar in percent (0..100). */
export function fitBarPercent(fit: number | null | undefined): number {
  if (fit === null || fit === undefined || !Number.isFinite(fit)) return 0;
  return clamp(fit, 0, 100);
}

/** Readiness fraction as a whole percentage ("76%"); "—" when not a finite number. Clamped to 0..100%. */
export function formatReadiness(readiness: number | null | undefined): string {
  if (readiness === null || readiness === undefined || !Number.isFinite(readiness)) return '—';
  return `${Math.round(clamp(readiness, 0, 1) * 100)}%`;
}

/** Plain number for hours/cost; "—" when unknown. Hours keep up to one decimal, cost two. */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '—';
  const r = Math.round(hours * 10) / 10;
  return `${Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)} h`;
}

export function formatCost(cost: number | null | undefined): string {
  if (cost === null || cost === undefined || !Number.isFinite(cost)) return '—';
  if (cost === 0) return 'Free';
  return Number.isInteger(cost) ? cost.toFixed(0) : cost.toFixed(2);
}

/** Requirement weight: up to two decimals, no trailing zeros ("1", "0.5", "1.25"). */
export function formatWeight(weight: number): string {
  if (!Number.isFinite(weight)) return '—';
  return String(Math.round(weight * 100) / 100);
}
