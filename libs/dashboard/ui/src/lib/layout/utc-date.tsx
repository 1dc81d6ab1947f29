import { formatDateTimeUtc, formatDateUtc, isoDateUtc, parseIsoInstant, type DateInput } from '../format/format-date-utc';

/** A `<time>` showing the UTC calendar date of a date-only value (valid until, due date: midnight UTC), so it reads the same day in every time zone; `withTime` adds the UTC time (prefer `LocalDateTime` for instants). */
export function UtcDate({ value, withTime = false }: { value: DateInput; withTime?: boolean }) {
  const date = parseIsoInstant(value);
  if (!date) return <span className="muted">{formatDateUtc(null)}</span>;
  return (
    <time dateTime={withTime ? date.toISOString() : isoDateUtc(date)} title={date.toISOString()}>
      {withTime ? formatDateTimeUtc(date) : formatDateUtc(date)}
    </time>
  );
}
