import { formatDateTimeUtc, formatDateUtc, isoDateUtc, parseIsoInstant, type DateInput } from '../format/format-date-utc';

/** A `<time>` showing the UTC calendar date (or date and time) of an ISO instant. */
export function UtcDate({ value, withTime = false }: { value: DateInput; withTime?: boolean }) {
  const date = parseIsoInstant(value);
  if (!date) return <span className="muted">{formatDateUtc(null)}</span>;
  return (
    <time dateTime={withTime ? date.toISOString() : isoDateUtc(date)} title={date.toISOString()}>
      {withTime ? formatDateTimeUtc(date) : formatDateUtc(date)}
    </time>
  );
}
