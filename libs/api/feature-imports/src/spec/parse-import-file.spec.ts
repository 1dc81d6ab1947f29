import iconv from 'iconv-lite';
import { zipSync, strToU8 } from 'fflate';
import { DomainError } from '@skillproof/api-core';
import { parseImportFile } from '../parsing/parse-import-file';

const enc = (s: string) => Buffer.from(s, 'utf8');
const code = (f: () => unknown) => { try { f(); return 'no error'; } catch (e) { return e instanceof DomainError ? e.code : String(e); } };

describe('parseImportFile', () => {
  it('reads a JSON array: objects and strings are items, other values are ERROR items', () => {
    const r = parseImportFile(enc(JSON.stringify([{ a: 1 }, 'eyJ.a.b', 42, null])), 'batch.json');
    expect(r.format).toBe('JSON');
    expect(r.items.map((i) => [i.source, i.document, !!i.error])).toEqual([
      ['[0]', '{"a":1}', false], ['[1]', 'eyJ.a.b', false], ['[2]', null, true], ['[3]', null, true],
    ]);
  });

  it('reads NDJSON line by line with line-numbered errors', () => {
    const r = parseImportFile(enc('{"a":1}\n\n{broken\r\neyJhbGciOiJFZERTQSJ9.eyJ4IjoxfQ.c2ln\n'), 'batch.ndjson');
    expect(r.format).toBe('NDJSON');
    expect(r.items.map((i) => [i.source, i.error ?? null])).toEqual([['line 1', null], ['line 3', 'line 3 is not valid JSON'], ['line 4', null]]);
  });

  it('reads a file holding ONE pretty-printed credential as one item, stored verbatim (not line by line)', () => {
    const pretty = JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: { id: 'did:key:z6Mk' } }, null, 2);
    const r = parseImportFile(enc(`${pretty}\n`), 'demo-credential-x.json');
    expect(r.format).toBe('JSON');
    expect(r.items).toEqual([{ source: 'demo-credential-x.json', document: `${pretty}\n`, personEmail: null }]);
    // One compact JWT or one https URL in a file: one item too.
    expect(parseImportFile(enc('eyJhbGciOiJFZERTQSJ9.eyJ4IjoxfQ.c2ln\n'), 'badge.jwt').items.map((i) => i.document)).toEqual(['eyJhbGciOiJFZERTQSJ9.eyJ4IjoxfQ.c2ln']);
    // Several objects, one per line, stay NDJSON.
    expect(parseImportFile(enc('{"a":1}\n{"b":2}\n'), 'two.json').format).toBe('NDJSON');
  });

  it('reads a zip of .json/.jsonld/.jwt files and reports the others', () => {
    const zip = zipSync({ 'a.json': strToU8('{"a":1}'), 'dir/b.jwt': strToU8('x.y.z'), 'notes.txt': strToU8('hi'), 'c.jsonld': strToU8('  ') });
    const r = parseImportFile(zip, 'creds.zip');
    expect(r.format).toBe('ZIP');
    expect(r.items.map((i) => [i.source, i.document, !!i.error])).toEqual([
      ['a.json', '{"a":1}', false], ['c.jsonld', null, true], ['dir/b.jwt', 'x.y.z', false], ['notes.txt', null, true],
    ]);
  });

  it('guards against zip bombs: a member over the size limit is not inflated, a total over the limit refuses the file', () => {
    const big = new Uint8Array(3_000_000); // compresses to a few KB
    const r = parseImportFile(zipSync({ 'bomb.json': big, 'ok.json': strToU8('{}') }), 'x.zip');
    expect(r.items.find((i) => i.source === 'bomb.json')?.error).toMatch(/3000000 bytes unpacked; the limit is 2000000/);
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${i}.json`, new Uint8Array(1_000_000)]));
    expect(code(() => parseImportFile(zipSync(many), 'x.zip', { maxItems: 100, maxItemBytes: 2_000_000, maxUnzippedBytes: 3_000_000 }))).toBe('BAD_USER_INPUT');
  });

  it('reads a CSV with BOM, `;` separators, Windows-1252 text, quoted JSON, row-numbered errors', () => {
    const doc = JSON.stringify({ name: 'Ünïcode' }).replace(/"/g, '""');
    const csv = `\uFEFFdocument;Email\n"${doc}";Alice@Example.com\n;bob@example.com\n"${doc}";not-an-email\n`;
    const r = parseImportFile(enc(csv), 'people.csv');
    expect(r.format).toBe('CSV');
    expect(r.items[0]).toEqual({ source: 'row 2', document: '{"name":"Ünïcode"}', personEmail: 'alice@example.com' });
    expect(r.items[1].error).toBe('row 3: no document or url');
    expect(r.items[2].error).toMatch(/row 4: "not-an-email" is not an email address/);
    const latin = iconv.encode('url;email\nhttps://badges.example/a;andré@example.com\n', 'windows-1252');
    const l = parseImportFile(latin, 'x.csv');
    expect(l.items[0]).toEqual({ source: 'row 2', document: 'https://badges.example/a', personEmail: 'andré@example.com' });
  });

  it.each([
    ['empty', enc(''), 'x.json'],
    ['not JSON', enc('[1, 2'), 'x.json'],
    ['unknown format', enc('hello world'), 'x.txt'],
    ['CSV without document/url column', enc('name,email\nx,y@z.com\n'), 'x.csv'],
    ['broken zip', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'x.zip'],
    ['JSON object instead of array, no lines', enc('[]'), 'x.json'],
  ])('refuses an unreadable file with BAD_USER_INPUT: %s', (_label, data, name) => {
    expect(code(() => parseImportFile(data, name))).toBe('BAD_USER_INPUT');
  });
});
