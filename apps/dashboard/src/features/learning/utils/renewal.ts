/**
 * Due date of a renewal assignment: the day the credential expires (so coverage never lapses), but at
 * least 7 days from `now` (the API wants a future due date, and a renewal needs time). Midnight UTC.
 * `validUntil` null (the schema's Credential.validUntil is nullable) or unreadable: 7 days from `now`.
 */
export function renewalDueDate(validUntil: string | null, now: Date): string {
  const expires = validUntil === null ? Number.NaN : Date.parse(validUntil);
  const floor = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 7);
  const t = Number.isFinite(expires) ? Math.max(expires, floor) : floor;
  const d = new Date(t);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())).toISOString();
}
