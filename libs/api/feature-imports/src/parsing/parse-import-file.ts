import chardet from 'chardet';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { DomainError } from '@skillproof/api-core';

/** Container formats of a bulk import file. */
export type ImportFileFormat = 'JSON' | 'NDJSON' | 'ZIP' | 'CSV';

/** One entry of an import file: a credential to import, or the reason it could not be read. */
export interface ImportFileItem {
  /** File name inside a zip, `row N` of a CSV (header = row 1), `[i]` of a JSON array, `line N` of NDJSON. */
  source: string;
  /** JSON-LD text, a compact JWS/JWT, or an https URL (CSV `url` column); null when unreadable. */
  document: string | null;
  /** Recipient email given by a CSV `email` column (lower-case), else null. */
  personEmail: string | null;
  /** Why the entry could not be read (document null). */
  error?: string;
}

export interface ParsedImportFile {
  format: ImportFileFormat;
  items: ImportFileItem[];
}

/** Limits applied before and while unpacking (zip-bomb guard). */
export interface ImportFileLimits {
  /** Maximum items per file. Default 20 000. */
  maxItems: number;
  /** Maximum size of one entry (zip member, array element, line), bytes. Default 2 000 000 (the import limit). */
  maxItemBytes: number;
  /** Maximum total uncompressed size of a zip, bytes. Default 200 MB. */
  maxUnzippedBytes: number;
}

export const DEFAULT_IMPORT_FILE_LIMITS: ImportFileLimits = { maxItems: 20_000, maxItemBytes: 2_000_000, maxUnzippedBytes: 200_000_000 };

const ZIP_MEMBER = /\.(json|jsonld|jwt)$/i;
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

const bad = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('BAD_USER_INPUT', message, { field: 'file', ...details });

/**
 * Splits an uploaded bulk-import file into items. The format comes from the content (zip magic,
 * leading `[`, a whole file that is ONE JSON object — e.g. a pretty-printed credential — or one
 * JWT / https URL) and the file name extension (`.csv`, `.ndjson`/`.jsonl`, `.json`, `.zip`);
 * otherwise a text starting with `{` is NDJSON (one JSON object per line).
 * An unreadable ENTRY becomes an item with `error` (reported, never dropped); an unreadable FILE
 * throws.
 * @throws DomainError BAD_USER_INPUT (details.field `file`) for an empty file, an unknown format,
 *   a broken zip or one over the limits, invalid JSON, a CSV without a `document`/`url` header.
 */
export function parseImportFile(data: Uint8Array, filename: string, limits: ImportFileLimits = DEFAULT_IMPORT_FILE_LIMITS): ParsedImportFile {
  if (!data.length) throw bad('the file is empty');
  const name = filename.toLowerCase();
  let result: ParsedImportFile;
  if (data[0] === 0x50 && data[1] === 0x4b || name.endsWith('.zip')) result = { format: 'ZIP', items: parseZip(data, limits) };
  else if (name.endsWith('.csv') || name.endsWith('.tsv')) result = { format: 'CSV', items: parseCsvFile(data, limits) };
  else {
    const text = decodeText(data);
    const trimmed = text.trimStart();
    const single = singleDocument(text);
    if (trimmed.startsWith('[')) result = { format: 'JSON', items: parseJsonArray(text, limits) };
    else if (single) result = { format: 'JSON', items: [sized({ source: filename, document: single, personEmail: null }, limits)] };
    else if (name.endsWith('.ndjson') || name.endsWith('.jsonl') || trimmed.startsWith('{')) result = { format: 'NDJSON', items: parseNdjson(text, limits) };
    else throw bad(`cannot tell the format of ${filename}: expected a JSON array, NDJSON, a zip or a CSV`);
  }
  if (!result.items.length) throw bad(`${filename} holds no credential`);
  if (result.items.length > limits.maxItems) throw bad(`${filename} holds ${result.items.length} items; the limit is ${limits.maxItems}`, { limit: limits.maxItems });
  return result;
}

/** UTF-8 (BOM stripped) when valid, else the charset chardet detects (Windows-1252 by default) via iconv-lite. */
export function decodeText(data: Uint8Array): string {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const detected = chardet.detect(buf);
    const charset = detected && iconv.encodingExists(detected) && !/^utf-?8$/i.test(detected) ? detected : 'windows-1252';
    return iconv.decode(buf, charset);
  }
}

/**
 * The file's text as ONE credential when the whole file is a single JSON object (any layout), a
 * compact JWS/JWT or an https URL; null otherwise (an array, NDJSON with several lines, junk).
 */
function singleDocument(text: string): string | null {
  const trimmed = text.trim();
  if (JWT.test(trimmed) || /^https:\/\/\S+$/i.test(trimmed)) return trimmed;
  if (!trimmed.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? text : null;
  } catch {
    return null;
  }
}

function itemText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return null;
}

function parseJsonArray(text: string, limits: ImportFileLimits): ImportFileItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw bad(`the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!Array.isArray(parsed)) throw bad('a JSON file must hold an array of credentials');
  if (parsed.length > limits.maxItems) throw bad(`the array holds ${parsed.length} items; the limit is ${limits.maxItems}`, { limit: limits.maxItems });
  return parsed.map((value, i) => {
    const document = itemText(value);
    const source = `[${i}]`;
    if (document === null) return { source, document: null, personEmail: null, error: `element ${i} is ${value === null ? 'null' : typeof value}, not a credential` };
    return sized({ source, document, personEmail: null }, limits);
  });
}

function parseNdjson(text: string, limits: ImportFileLimits): ImportFileItem[] {
  const items: ImportFileItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const source = `line ${i + 1}`;
    if (JWT.test(trimmed) || /^https:\/\/\S+$/i.test(trimmed)) {
      items.push(sized({ source, document: trimmed, personEmail: null }, limits));
      return;
    }
    try {
      const document = itemText(JSON.parse(trimmed));
      items.push(document === null ? { source, document: null, personEmail: null, error: `line ${i + 1} is not a credential` } : sized({ source, document, personEmail: null }, limits));
    } catch {
      items.push({ source, document: null, personEmail: null, error: `line ${i + 1} is not valid JSON` });
    }
  });
  return items;
}

function sized(item: ImportFileItem, limits: ImportFileLimits): ImportFileItem {
  const bytes = Buffer.byteLength(item.document ?? '', 'utf8');
  if (bytes <= limits.maxItemBytes) return item;
  return { source: item.source, document: null, personEmail: item.personEmail, error: `${item.source} is ${bytes} bytes; the limit is ${limits.maxItemBytes}` };
}

function parseZip(data: Uint8Array, limits: ImportFileLimits): ImportFileItem[] {
  const skipped: ImportFileItem[] = [];
  let declaredTotal = 0;
  let members = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      // Zip-bomb guard: decide from the central directory BEFORE inflating. fflate inflates into a
      // buffer of the declared size, so a member cannot grow beyond what is checked here.
      filter: (file) => {
        if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/') || /(^|\/)\./.test(file.name)) return false;
        members += 1;
        if (members > limits.maxItems) throw bad(`the zip holds more than ${limits.maxItems} files`, { limit: limits.maxItems });
        if (!ZIP_MEMBER.test(file.name)) {
          skipped.push({ source: file.name, document: null, personEmail: null, error: `${file.name}: only .json, .jsonld and .jwt files are imported` });
          return false;
        }
        if (file.originalSize > limits.maxItemBytes) {
          skipped.push({ source: file.name, document: null, personEmail: null, error: `${file.name} is ${file.originalSize} bytes unpacked; the limit is ${limits.maxItemBytes}` });
          return false;
        }
        declaredTotal += file.originalSize;
        if (declaredTotal > limits.maxUnzippedBytes) throw bad(`the zip unpacks to more than ${limits.maxUnzippedBytes} bytes`, { limit: limits.maxUnzippedBytes });
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw bad(`the file is not a readable zip: ${e instanceof Error ? e.message : String(e)}`);
  }
  const items = Object.entries(files).map(([name, bytes]): ImportFileItem => {
    const text = decodeText(bytes).trim();
    if (!text) return { source: name, document: null, personEmail: null, error: `${name} is empty` };
    return { source: name, document: text, personEmail: null };
  });
  return [...items, ...skipped].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

function parseCsvFile(data: Uint8Array, limits: ImportFileLimits): ImportFileItem[] {
  const text = decodeText(data);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, trim: true }) as never;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw bad(`the CSV cannot be read${line ? ` at row ${line}` : ''}: ${e instanceof Error ? e.message : String(e)}`, line ? { row: line } : {});
  }
  if (!records.length) throw bad('the CSV is empty');
  const header = records[0].record.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  const docCol = header.indexOf('document');
  const urlCol = header.indexOf('url');
  const emailCol = header.indexOf('email');
  if (docCol < 0 && urlCol < 0) throw bad('the CSV header must name a `document` or a `url` column (and optionally `email`)', { header });
  return records.slice(1).map(({ record, info }) => {
    const source = `row ${info.lines}`;
    const email = emailCol >= 0 ? (record[emailCol] ?? '').trim().toLowerCase() || null : null;
    const document = (docCol >= 0 ? record[docCol] : '') || (urlCol >= 0 ? record[urlCol] : '') || '';
    if (!document.trim()) return { source, document: null, personEmail: email, error: `row ${info.lines}: no document or url` };
    if (email && !/^[^@\s]+@[^@\s]+$/.test(email)) return { source, document: null, personEmail: null, error: `row ${info.lines}: "${email}" is not an email address` };
    return sized({ source, document: document.trim(), personEmail: email }, limits);
  });
}
