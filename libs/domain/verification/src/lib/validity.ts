import type { VerificationCheck } from '@skillproof/domain-model';
import type { JsonRecord } from './json-value';

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Parses an XML Schema `dateTime` / `dateTimeStamp` (VC DM 2.0 §4.9, VC DM 1.1 §4.6) or a
 * date-only `YYYY-MM-DD`. Date-only values and date-times without an offset are read as UTC
 * (PRODUCT.md §3: date-only = midnight UTC).
 *
 * @returns the instant, or `undefined` when `value` is not such a string or is not a real date.
 */
export function parseDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = match;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${zone === 'z' ? 'Z' : zone}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject roll-overs such as 2023-02-30 by checking the calendar date of the UTC reading.
  const probe = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(probe.getTime()) || probe.getUTCDate() !== Number(d)) return undefined;
  return date;
}

/** The validity window a credential declares, by data model version. */
export interface ValidityWindow {
  from?: Date;
  until?: Date;
  /** Problems with the date properties (missing required / unparsable). */
  errors: string[];
}

/**
 * Reads the validity window: VC DM 2.0 §4.9 `validFrom`/`validUntil` (both optional) for a
 * `https://www.w3.org/ns/credentials/v2` credential; VC DM 1.1 §4.6/§4.7 `issuanceDate`
 * (required) / `expirationDate` for a `https://www.w3.org/2018/credentials/v1` one.
 */
export function readValidityWindow(credential: JsonRecord, vcVersion: 1 | 2): ValidityWindow {
  const [fromKey, untilKey] = vcVersion === 2 ? ['validFrom', 'validUntil'] : ['issuanceDate', 'expirationDate'];
  const errors: string[] = [];
  const read = (key: string): Date | undefined => {
    const raw = credential[key];
    if (raw === undefined || raw === null) return undefined;
    const date = parseDateTime(raw);
    if (!date) errors.push(`${key} is not a valid date-time: ${JSON.stringify(raw)}`);
    return date;
  };
  const from = read(fromKey);
  const until = read(untilKey);
  if (vcVersion === 1 && credential['issuanceDate'] === undefined) {
    errors.push('issuanceDate is required by VC Data Model 1.1');
  }
  return { from, until, errors };
}

/**
 * Validity check as of `asOf` (never the wall clock): FAIL NOT_YET_VALID when asOf < from,
 * FAIL EXPIRED when asOf > until (the bounds themselves are inside the window), FAIL MALFORMED for
 * unparsable or missing-required dates, PASS otherwise.
 */
export function checkValidity(credential: JsonRecord, vcVersion: 1 | 2, asOf: Date): VerificationCheck {
  const { from, until, errors } = readValidityWindow(credential, vcVersion);
  if (errors.length > 0) {
    return { name: 'validity', outcome: 'FAIL', code: 'MALFORMED', message: errors.join('; ') };
  }
  if (until && asOf.getTime() > until.getTime()) {
    return {
      name: 'validity',
      outcome: 'FAIL',
      code: 'EXPIRED',
      message: `Expired on ${until.toISOString()} (checked as of ${asOf.toISOString()})`,
    };
  }
  if (from && asOf.getTime() < from.getTime()) {
    return {
      name: 'validity',
      outcome: 'FAIL',
      code: 'NOT_YET_VALID',
      message: `Not valid before ${from.toISOString()} (checked as of ${asOf.toISOString()})`,
    };
  }
  const window = `${from ? from.toISOString() : '-∞'} .. ${until ? until.toISOString() : '+∞'}`;
  return { name: 'validity', outcome: 'PASS', message: `Valid as of ${asOf.toISOString()} (window ${window})` };
}
