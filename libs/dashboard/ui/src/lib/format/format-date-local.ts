/**
 * Instants (a check, a completion, an audit event) in the VIEWER's time zone, with the zone shown, so
 * the instant never shifts: `2025-03-01T00:00:00Z` reads "28 Feb 2025, 16:00 PST" in Los Angeles and
 * "1 Mar 2025, 01:00 GMT+1" in Paris. Calendar dates (issued on, valid until, due dates: midnight UTC
 * by PRODUCT.md §3) are NOT instants: show them with `formatDateUtc`, which keeps their calendar day.
 */
import { NO_DATE, parseIsoInstant, type DateInput } from './format-date-utc';

/** The viewer's IANA time zone (e.g. "America/Los_Angeles"); "UTC" when the runtime does not say. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * "1 Mar 2025, 14:05 GMT+1" (US English zone names: PST, GMT+1): day, month, year, 24-hour time and the zone's short name in `timeZone`
 * (default: the viewer's). Unknown zones fall back to UTC.
 */
export function formatDateTimeLocal(value: DateInput, timeZone: string = viewerTimeZone()): string {
  const date = parseIsoInstant(value);
  if (!date) return NO_DATE;
  const parts = partsIn(date, timeZone);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const hour = get('hour') === '24' ? '00' : get('hour');
  return `${Number(get('day'))} ${get('month')} ${get('year')}, ${hour}:${get('minute')} ${get('timeZoneName')}`;
}

function partsIn(date: Date, timeZone: string): Intl.DateTimeFormatPart[] {
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone }).formatToParts(date);
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).formatToParts(date);
  }
}
