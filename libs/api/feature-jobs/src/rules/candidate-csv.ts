import chardet from 'chardet';
import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';

/** Columns of a candidate CSV (header names matched case-, space-, `_`- and `-`-insensitively). */
export const CANDIDATE_CSV_COLUMNS = ['email', 'name', 'skill', 'level'] as const;
export type CandidateCsvColumn = (typeof CANDIDATE_CSV_COLUMNS)[number];

/** Header spellings accepted for each column, after {@link headerKey}. */
const HEADER_ALIASES: Record<CandidateCsvColumn, readonly string[]> = {
  email: ['email', 'emailaddress', 'mail'],
  name: ['name', 'fullname', 'candidate', 'candidatename', 'displayname'],
  skill: ['skill', 'skillname', 'claimedskill'],
  level: ['level', 'proficiency', 'proficiencylevel', 'skilllevel'],
};

/** Largest file accepted, in bytes. */
export const MAX_CANDIDATE_CSV_BYTES = 2_000_000;
/** Most data rows per file. */
export const MAX_CANDIDATE_CSV_ROWS = 10_000;

/** One data row as read (cells trimmed; missing cells are ''). */
export interface CandidateCsvRow {
  /** Row number in the file: the line the record starts on, the header line being row 1. */
  row: number;
  email: string;
  name: string;
  skill: string;
  level: string;
}

/** A row the CSV parser could not read (e.g. a quote never closed). */
export interface CandidateCsvRowError {
  row: number;
  message: string;
}

export interface ParsedCandidateCsv {
  /** Character encoding the bytes were decoded from: UTF-8, UTF-16LE, or the detected single-byte charset. */
  encoding: string;
  delimiter: ',' | ';';
  rows: CandidateCsvRow[];
  errors: CandidateCsvRowError[];
}

/** A problem with the file as a whole (nothing is imported). */
export class CandidateCsvError extends Error {
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'CandidateCsvError';
  }
}

/** Single-byte charsets trusted from detection; anything else reads as Windows-1252 (the usual spreadsheet export). */
const WESTERN = /^(ISO-8859-(1|15)|windows-125[02])$/i;

/**
 * Decodes file bytes: UTF-8 with its BOM stripped; UTF-16LE with a BOM; any other valid UTF-8 as
 * UTF-8; otherwise (a legacy spreadsheet export) the Western single-byte charset chardet detects
 * (ISO-8859-1/15, Windows-1250/1252), defaulting to Windows-1252, via iconv-lite. So "Zoë Müller"
 * saved by Excel in Windows-1252 reads the same as in UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'UTF-8' };
  } catch {
    const detected = chardet.detect(buf);
    const encoding = detected && WESTERN.test(detected) && iconv.encodingExists(detected) ? detected : 'windows-1252';
    return { text: iconv.decode(buf, encoding), encoding };
  }
}

/** Normalised header name: BOM and surrounding space removed, lower-case, without spaces, `_` and `-`. */
export const headerKey = (h: string): string => h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_-]+/g, '');

/** `;` when the header line has more semicolons than commas (European spreadsheets), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const newlines = (s: string): number => s.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Reads a candidate CSV (columns email, name, skill, level; any order; extra columns ignored) from
 * its bytes with csv-parse: encoding per {@link decodeCsvBytes}, BOM stripped, delimiter `,` or `;`
 * per {@link detectDelimiter}, RFC 4180 quoting (quoted cells may hold the delimiter and line
 * breaks), empty lines skipped, cells trimmed. Row numbers count physical lines with the header as
 * row 1 (an empty line still counts), so they match what a spreadsheet or editor shows.
 * A record the parser cannot read becomes a row error; the rest is still read.
 *
 * @throws {CandidateCsvError} for an empty or over-large file, a header without the four columns, a
 *   column named twice, or more than {@link MAX_CANDIDATE_CSV_ROWS} data rows.
 */
export function parseCandidateCsv(bytes: Uint8Array): ParsedCandidateCsv {
  if (!bytes.length) throw new CandidateCsvError('The file is empty');
  if (bytes.length > MAX_CANDIDATE_CSV_BYTES) {
    throw new CandidateCsvError(`The file is ${bytes.length} bytes; the limit is ${MAX_CANDIDATE_CSV_BYTES}`, { limit: MAX_CANDIDATE_CSV_BYTES });
  }
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectDelimiter(text);
  const errors: CandidateCsvRowError[] = [];
  const records = parseCsv(text, {
    bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (err) errors.push({ row: Number(err.lines), message: `Row ${String(err.lines)} cannot be read: ${err.message}` });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (!records.length) throw new CandidateCsvError('The file has no header row');

  const header = records[0].record.map(headerKey);
  const columns = {} as Record<CandidateCsvColumn, number>;
  const missing: string[] = [];
  for (const column of CANDIDATE_CSV_COLUMNS) {
    const found = header.flatMap((h, i) => (HEADER_ALIASES[column].includes(h) ? [i] : []));
    if (found.length > 1) throw new CandidateCsvError(`The header names the ${column} column twice`, { column });
    if (found.length === 0) missing.push(column);
    else columns[column] = found[0];
  }
  if (missing.length) {
    throw new CandidateCsvError(
      `The header must name the columns email, name, skill and level (missing: ${missing.join(', ')}; found: ${records[0].record.join(', ') || 'nothing'})`,
      { missing, delimiter },
    );
  }
  const data = records.slice(1);
  if (data.length > MAX_CANDIDATE_CSV_ROWS) {
    throw new CandidateCsvError(`The file has ${data.length} rows; the limit is ${MAX_CANDIDATE_CSV_ROWS}`, { limit: MAX_CANDIDATE_CSV_ROWS });
  }
  const rows = data.map(({ record, info }): CandidateCsvRow => {
    const cell = (c: CandidateCsvColumn) => record[columns[c]] ?? '';
    // info.lines is the line the record ENDS on; a quoted cell with line breaks starts earlier.
    const row = info.lines - record.reduce((n, v) => n + newlines(v), 0);
    return { row, email: cell('email'), name: cell('name'), skill: cell('skill'), level: cell('level') };
  });
  errors.sort((a, b) => a.row - b.row);
  return { encoding, delimiter, rows, errors };
}
