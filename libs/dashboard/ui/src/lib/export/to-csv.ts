/** A CSV cell value. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Serialises a table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they contain
 * a comma, quote, CR or LF, quotes doubled). Cells starting with `=`, `+`, `-`, `@`, tab or CR are
 * prefixed with `'` so a spreadsheet does not run them as formulas (CSV injection) — except numbers,
 * which are written as numbers. null/undefined → empty.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
