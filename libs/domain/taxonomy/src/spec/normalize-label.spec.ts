import { normalizeLabel } from '../index';

describe('normalizeLabel', () => {
  it.each([
    ['Kubernetes', 'kubernetes'],
    ['  Machine   Learning ', 'machine learning'],
    ['Data\t\nAnalysis', 'data analysis'],
    ['\u00a0SQL\u3000Server\u00a0', 'sql server'],
    ['Ana\u0301lisis', 'análisis'],
    ['Node.js', 'node.js'],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const s of ['  A  b ', 'ÉCOLE', 'x\u0307']) {
      expect(normalizeLabel(normalizeLabel(s))).toBe(normalizeLabel(s));
    }
  });
});
