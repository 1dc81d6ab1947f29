import fc from 'fast-check';
import { InvalidLevelError, normalizeLevel, TaxonomyErrorCode } from '../index';

// Case C3: one documented normalisation — linear mapping of rank, rounded half up.
describe('normalizeLevel — C3: linear rank mapping, round half up', () => {
  const ten = { min: 1, max: 10 };
  const five = { min: 1, max: 5 };
  const four = { min: 1, max: 4 };

  it('5 on a 10-point scale becomes 3 on a 5-point scale (not 2 by truncation)', () => {
    expect(normalizeLevel(5, ten, five)).toBe(3);
  });

  it.each([
    // value, from, to, expected, exact value before rounding
    [1, ten, five, 1, '1'],
    [10, ten, five, 5, '5'],
    [2, ten, five, 1, '1.44'],
    [4, ten, five, 2, '2.33 (1 + 3·4/9 = 2.33)'],
    [6, ten, five, 3, '3.22'],
    [7, ten, five, 4, '3.67'],
    [3, five, four, 3, '2.5 → half up'],
    [3, four, five, 4, '3.67'],
    [2, four, five, 2, '2.33'],
    [3, { min: 0, max: 7 }, five, 3, '2.71 (O*NET level scale 0..7)'],
    [4.62, { min: 0, max: 7 }, five, 4, '3.64'],
    [3.5, { min: 0, max: 7 }, five, 3, '3.0'],
    [5, five, five, 5, 'identity'],
  ])('%p on %j → %p (%s)', (value, from, to, expected) => {
    expect(normalizeLevel(value, from, to)).toBe(expected);
  });

  it('rounds exact halves up, without floating-point drift', () => {
    // 1 + (v − 1)·(4 − 1)/(5 − 1): v = 3 → 2.5 → 3; on 1..3 → 1..2: v = 2 → 1.5 → 2.
    expect(normalizeLevel(3, five, four)).toBe(3);
    expect(normalizeLevel(2, { min: 1, max: 3 }, { min: 1, max: 2 })).toBe(2);
  });

  it('keeps 0 ("presence required") as 0 when it is below the source scale', () => {
    expect(normalizeLevel(0, ten, five)).toBe(0);
  });

  it.each([[11], [0.5], [Number.NaN], [Number.POSITIVE_INFINITY], [-1]])('rejects %p with INVALID_LEVEL', (value) => {
    expect(() => normalizeLevel(value, ten, five)).toThrow(InvalidLevelError);
  });

  it('rejects malformed scales with INVALID_SCALE', () => {
    expect(() => normalizeLevel(1, { min: 1, max: 1 }, five)).toThrow(
      expect.objectContaining({ code: TaxonomyErrorCode.INVALID_SCALE }),
    );
    expect(() => normalizeLevel(1, ten, { min: 5, max: 1 })).toThrow(
      expect.objectContaining({ code: TaxonomyErrorCode.INVALID_SCALE }),
    );
  });

  it('property: result is on the target scale, ends map to ends, and the mapping is monotone', () => {
    const scale = fc
      .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 20 }))
      .map(([min, span]) => ({ min, max: min + span }));
    fc.assert(
      fc.property(scale, scale, fc.nat(), fc.nat(), (from, to, a, b) => {
        const span = from.max - from.min + 1;
        const x = from.min + (a % span);
        const y = from.min + (b % span);
        const nx = normalizeLevel(x, from, to);
        const ny = normalizeLevel(y, from, to);
        expect(Number.isInteger(nx)).toBe(true);
        expect(nx).toBeGreaterThanOrEqual(to.min);
        expect(nx).toBeLessThanOrEqual(to.max);
        if (x <= y) expect(nx).toBeLessThanOrEqual(ny);
        expect(normalizeLevel(from.min, from, to)).toBe(to.min);
        expect(normalizeLevel(from.max, from, to)).toBe(to.max);
        // agrees with the documented formula, rounded half up
        const exact = to.min + ((x - from.min) * (to.max - to.min)) / (from.max - from.min);
        expect(Math.abs(nx - exact)).toBeLessThanOrEqual(0.5);
        if (Math.abs(nx - exact) === 0.5) expect(nx).toBeGreaterThan(exact);
      }),
      { numRuns: 500 },
    );
  });
});
