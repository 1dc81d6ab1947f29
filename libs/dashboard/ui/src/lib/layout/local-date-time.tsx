import { formatDateTimeLocal } from '../format/format-date-local';
import { formatDateUtc, parseIsoInstant, type DateInput } from '../format/format-date-utc';

/**
 * A `<time>` showing an INSTANT (checked at, completed at) in the viewer's time zone with the zone name;
 * the tooltip gives the same instant in UTC. For calendar dates (valid until, due) use `UtcDate`.
 */
export function LocalDateTime({ value }: { value: DateInput }) {
  const date = parseIsoInstant(value);
  if (!date) return <span className="muted">{formatDateUtc(null)}</span>;
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()}>
      {formatDateTimeLocal(date)}
    </time>
  );
}
