import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('quotes, doubles quotes, CRLF, empty for null', () => {
    expect(toCsv(['skill', 'covered'], [['SQL, advanced', 2], ['say "hi"', null], ['multi\nline', 0]])).toBe(
      'skill,covered\r\n"SQL, advanced",2\r\n"say ""hi""",\r\n"multi\nline",0\r\n',
    );
  });

  it('neutralises formula-like text but keeps negative numbers', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', -3], ['@cmd', '+1']])).toBe('a,b\r\n"\'=HYPERLINK(""x"")",-3\r\n\'@cmd,\'+1\r\n');
  });
});
