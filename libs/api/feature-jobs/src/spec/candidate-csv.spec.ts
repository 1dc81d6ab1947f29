import iconv from 'iconv-lite';
import { CandidateCsvError, decodeCsvBytes, detectDelimiter, parseCandidateCsv } from '../rules/candidate-csv';

// Case C8 (../shared/cases): the same file three ways.
const C8 = 'email,name,skill,level\nzoe.muller@example.org,Zoë Müller,Análisis de datos,3\n';
const utf8Bom = Buffer.from(`\ufeff${C8}`, 'utf8');
const win1252 = iconv.encode(C8, 'windows-1252');
const semicolon = iconv.encode(C8.replace(/,/g, ';'), 'windows-1252');

describe('parseCandidateCsv (C8)', () => {
  it.each([
    ['UTF-8 with BOM', utf8Bom, 'UTF-8', ','],
    ['Windows-1252', win1252, /^(windows-1252|ISO-8859-1)$/, ','],
    ['Windows-1252 with ;', semicolon, /^(windows-1252|ISO-8859-1)$/, ';'],
  ])('%s: header recognised, accents intact, row 2', (_name, bytes, encoding, delimiter) => {
    const parsed = parseCandidateCsv(bytes);
    expect(parsed.encoding).toEqual(encoding instanceof RegExp ? expect.stringMatching(encoding) : encoding);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([{ row: 2, email: 'zoe.muller@example.org', name: 'Zoë Müller', skill: 'Análisis de datos', level: '3' }]);
  });

  it('proves the Windows-1252 input is not UTF-8 (the bytes of ë are one byte, 0xEB)', () => {
    expect(win1252.includes(0xeb)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(win1252)).toThrow();
  });

  it('matches header names case-, space- and punctuation-insensitively, in any order, ignoring extra columns', () => {
    const parsed = parseCandidateCsv(Buffer.from(' Level ;Skill Name; E-Mail ;Full Name;notes\n4;SQL;A@B.ORG;Ana Lima;x\n'));
    expect(parsed.rows).toEqual([{ row: 2, email: 'A@B.ORG', name: 'Ana Lima', skill: 'SQL', level: '4' }]);
  });

  it('numbers rows by physical line, header = 1: empty lines count, a quoted multi-line cell starts where it starts', () => {
    const text = 'email,name,skill,level\r\na@x.org,A,SQL,3\r\n\r\nb@x.org,"Line one\nline two",SQL,2\r\nc@x.org,"Müller, Zoë",SQL,1\r\n';
    const parsed = parseCandidateCsv(Buffer.from(text));
    expect(parsed.rows.map((r) => [r.row, r.name])).toEqual([[2, 'A'], [4, 'Line one\nline two'], [6, 'Müller, Zoë']]);
  });

  it('reports a record the parser cannot read as a row error and keeps the rows before it', () => {
    const parsed = parseCandidateCsv(Buffer.from('email,name,skill,level\na@x.org,A,SQL,3\nb@x.org,"B,SQL,3\n'));
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.errors).toEqual([{ row: expect.any(Number), message: expect.stringMatching(/^Row \d+ cannot be read: Quote Not Closed/) }]);
  });

  it('refuses a file without the four columns, an empty file and a column named twice', () => {
    expect(() => parseCandidateCsv(Buffer.from('mail,name,level\nx@y.z,X,3\n'))).toThrow(new CandidateCsvError(
      'The header must name the columns email, name, skill and level (missing: skill; found: mail, name, level)'));
    expect(() => parseCandidateCsv(new Uint8Array())).toThrow('The file is empty');
    expect(() => parseCandidateCsv(Buffer.from('email,e-mail,name,skill,level\n'))).toThrow('The header names the email column twice');
  });

  it('decodes UTF-16LE with BOM and plain UTF-8, detects the delimiter from the header only', () => {
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë', 'utf16le')]))).toEqual({ text: 'Zoë', encoding: 'UTF-16LE' });
    expect(decodeCsvBytes(Buffer.from('Zoë'))).toEqual({ text: 'Zoë', encoding: 'UTF-8' });
    expect(detectDelimiter('email;name;skill;level\nx,y,z,w,v\n')).toBe(';');
    expect(detectDelimiter('email,name,skill,level\n')).toBe(',');
  });
});
