import { visibleText } from '../text/visible-text';

describe('visibleText', () => {
  it.each(['', '   ', '\u200b', '\u200b\u200c\u200d\u2060\ufeff', '\u00ad', '\u3164', '\u2800', '\u202e\u202c', '\u0301', ' \u00a0\u2003\t\n', null, undefined])(
    'is empty when nothing visible remains: %j', (value) => {
      expect(visibleText(value)).toBe('');
    });

  it('strips invisible characters at both ends and, with collapse, inner white space runs', () => {
    expect(visibleText('\u200b Data\u00a0 Engineer\u2060\n', { collapse: true })).toBe('Data Engineer');
    expect(visibleText('\ufeffline 1\n\nline 2\u200b')).toBe('line 1\n\nline 2');
    expect(visibleText('é')).toBe('é');
    expect(visibleText('e\u0301')).toBe('e\u0301');
    expect(visibleText('👩‍💻')).toBe('👩‍💻');
    expect(visibleText('中文')).toBe('中文');
  });
});
