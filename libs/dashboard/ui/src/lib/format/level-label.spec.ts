import { formatLevel } from './level-label';

describe('formatLevel', () => {
  it.each([
    [1, '1 · Foundational'],
    [3, '3 · Proficient'],
    [5, '5 · Expert'],
    [0, '0 · presence'],
    [7, '7'],
    [2.5, '2.5'],
    [Number.NaN, '—'],
  ])('formats %p as %p', (level, expected) => {
    expect(formatLevel(level)).toBe(expected);
  });

  it('uses an organisation scale when given', () => {
    expect(formatLevel(2, ['Novice', 'Expert'])).toBe('2 · Expert');
  });
});
