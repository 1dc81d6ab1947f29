/** XML Schema dateTimeStamp in UTC without milliseconds (`2026-11-30T00:00:00Z`), as VC DM 2.0 §4.9 shows. */
export function toDateTimeStamp(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
