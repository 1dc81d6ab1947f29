// Small, dependency-free helpers for build-reference-data.mjs: gzip-aware readers, an RFC 4180 CSV
// parser, TSV parsing, slugs, stable sorting and a broader-graph cycle check.
import fs from 'node:fs';
import zlib from 'node:zlib';

/** Reads a UTF-8 text file, gunzipping `*.gz`; strips a BOM and normalises CRLF. */
export function readText(file) {
  let buf = fs.readFileSync(file);
  if (file.endsWith('.gz')) buf = zlib.gunzipSync(buf);
  return buf.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Parses tab-separated text with a header row into objects (no quoting: the O*NET and ESCO TSVs
 * here are plain tab-delimited). Fails on rows with more fields than the header.
 */
export function parseTsv(text, file = 'tsv') {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = lines[0].split('\t');
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    if (cells.length > header.length) throw new Error(`${file}:${i + 2}: ${cells.length} fields, header has ${header.length}`);
    const row = {};
    header.forEach((h, j) => (row[h] = cells[j] ?? ''));
    return row;
  });
}

/** RFC 4180 CSV parser: quoted fields, doubled quotes, commas and newlines inside quotes. */
export function parseCsvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"' && field.length === 0) inQuotes = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (inQuotes) throw new Error('CSV: unterminated quoted field');
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV with a header row → objects. */
export function parseCsv(text, file = 'csv') {
  const rows = parseCsvRows(text);
  const header = rows[0];
  return rows.slice(1).map((cells, i) => {
    if (cells.length > header.length) throw new Error(`${file}:${i + 2}: ${cells.length} fields, header has ${header.length}`);
    const row = {};
    header.forEach((h, j) => (row[h] = cells[j] ?? ''));
    return row;
  });
}

/** Reads a curated TSV (header row; lines starting with `#` are comments). */
export function readCuratedTsv(file) {
  const text = readText(file)
    .split('\n')
    .filter((l) => l.trim().length > 0 && !l.startsWith('#'))
    .join('\n');
  return parseTsv(text, file).map((r) => {
    for (const k of Object.keys(r)) r[k] = r[k].trim();
    return r;
  });
}

/** ASCII slug: strips diacritics, lower-case, non-alphanumerics → '-'. */
export function slug(s) {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, '-plus')
    .replace(/#/g, '-sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Code-point string comparison (locale-independent, so output is byte-stable everywhere). */
export function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rounds half up to `d` decimals (numbers here are small, positive and exact to 4 decimals). */
export function roundHalfUp(x, d = 0) {
  const f = 10 ** d;
  return Math.floor(x * f + 0.5 + 1e-9) / f;
}

/** Case- and whitespace-insensitive key used to dedupe aliases (PRODUCT.md §2). */
export function labelKey(s) {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Throws if the broader graph (id → broaderIds) has a cycle or a dangling broader id. Iterative DFS
 * with colours; the error names the cycle.
 */
export function assertAcyclic(skills) {
  const byId = new Map(skills.map((s) => [s.id, s]));
  for (const s of skills) {
    for (const b of s.broaderIds) if (!byId.has(b)) throw new Error(`broader id ${b} of ${s.id} is not a skill`);
  }
  const colour = new Map();
  for (const root of skills) {
    if (colour.get(root.id)) continue;
    const stack = [[root.id, 0]];
    const pathIds = [];
    colour.set(root.id, 1);
    pathIds.push(root.id);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const node = byId.get(top[0]);
      if (top[1] < node.broaderIds.length) {
        const next = node.broaderIds[top[1]++];
        const c = colour.get(next);
        if (c === 1) throw new Error(`broader cycle: ${[...pathIds.slice(pathIds.indexOf(next)), next].join(' → ')}`);
        if (!c) {
          colour.set(next, 1);
          pathIds.push(next);
          stack.push([next, 0]);
        }
      } else {
        colour.set(top[0], 2);
        pathIds.pop();
        stack.pop();
      }
    }
  }
}
