/**
 * Date formatting for the dashboard. The API sends ISO-8601 instants in UTC; date-only values
 * (issued on, valid until) mean midnight UTC (PRODUCT.md §3). Formatting uses the UTC calendar,
 * never the browser's time zone, so `2025-03-01T00:00:00Z` reads "1 Mar 2025" everywhere, including
 * west of UTC where a local-time formatter would show 28 Feb.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Placeholder shown for a missing or unreadable date. */
export const NO_DATE = '—';

export type DateInput = string | Date | null | undefined;

/** Parses an ISO instant (or a date-only `YYYY-MM-DD`, read as midnight UTC); null when unreadable. */
export function parseIsoInstant(value: DateInput): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** UTC calendar date: "1 Mar 2025". */
export function formatDateUtc(value: DateInput): string {
  const date = parseIsoInstant(value);
  if (!date) return NO_DATE;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** UTC date and time to the minute: "1 Mar 2025, 14:05 UTC". */
export function formatDateTimeUtc(value: DateInput): string {
  const date = parseIsoInstant(value);
  if (!date) return NO_DATE;
  return `${formatDateUtc(date)}, ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())} UTC`;
}

/** Machine-readable value for `<time dateTime>`: the UTC calendar date `YYYY-MM-DD` (or "" when unreadable). */
export function isoDateUtc(value: DateInput): string {
  const date = parseIsoInstant(value);
  if (!date) return '';
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/**
 * Converts a `YYYY-MM-DD` value from an `<input type="date">` to the ISO instant of midnight UTC
 * that day (the API's `asOf`); null for an empty or malformed value.
 */
export function dateInputToIsoInstant(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || isoDateUtc(date) !== value) return null;
  return date.toISOString();
}
