import { clampInt } from './clamp-int';

describe('clampInt', () => {
  it.each([
    ['40', 40], [' 160 ', 160], ['2.6', 3], ['-5', 0], ['99999', 2000], ['', 40], ['abc', 40], ['0', 0],
  ])('%p → %p', (text, expected) => {
    expect(clampInt(text, 40, 0, 2000)).toBe(expected);
  });
});
