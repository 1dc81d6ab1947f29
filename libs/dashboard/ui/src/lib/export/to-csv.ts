import { stringify } from 'csv-stringify/browser/esm/sync';

/** A CSV cell value. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Serialises a table as CSV with csv-stringify (RFC 4180: comma-separated, CRLF line ends, fields
 * quoted when they contain a comma, quote, CR or LF, quotes doubled). Cells starting with `=`, `+`,
 * `-`, `@`, tab or CR are prefixed with `'` so a spreadsheet does not run them as formulas (CSV
 * injection) — except numbers, which are written as numbers. null/undefined and non-finite numbers → empty.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify([headers, ...rows].map((row) => row.map(guard)), {
    record_delimiter: '\r\n',
    // csv-stringify quotes fields holding the delimiter or a quote; a lone CR or LF needs quoting too.
    quoted_match: /[\r\n]/,
  });
}

/** Formula-injection guard and empties, as text (numbers stay numbers, booleans read true/false). */
function guard(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
