import { fitBarPercent, formatCost, formatFit, formatHours, formatReadiness, formatWeight } from './format-fit';

describe('formatFit', () => {
  it.each([
    [0, '0.0'],
    [100, '100.0'],
    [87.46, '87.5'],
    [87.44, '87.4'],
    [66.666666, '66.7'],
    [-3, '0.0'],
    [100.0001, '100.0'],
    [Number.NaN, '—'],
    [null, '—'],
    [undefined, '—'],
  ])('formats %p as %p', (fit, expected) => {
    expect(formatFit(fit)).toBe(expected);
  });
});

describe('fitBarPercent', () => {
  it.each([
    [50, 50],
    [-1, 0],
    [120, 100],
    [Number.POSITIVE_INFINITY, 0],
    [null, 0],
  ])('maps %p to %p', (fit, expected) => {
    expect(fitBarPercent(fit)).toBe(expected);
  });
});

describe('formatReadiness', () => {
  it.each([
    [0, '0%'],
    [1, '100%'],
    [0.756, '76%'],
    [0.005, '1%'],
    [1.2, '100%'],
    [-0.1, '0%'],
    [Number.NaN, '—'],
    [null, '—'],
  ])('formats %p as %p', (r, expected) => {
    expect(formatReadiness(r)).toBe(expected);
  });
});

describe('hours, cost and weight', () => {
  it('formats hours', () => {
    expect(formatHours(12)).toBe('12 h');
    expect(formatHours(1.25)).toBe('1.3 h');
    expect(formatHours(null)).toBe('—');
  });
  it('formats cost', () => {
    expect(formatCost(0)).toBe('Free');
    expect(formatCost(149)).toBe('149');
    expect(formatCost(49.5)).toBe('49.50');
    expect(formatCost(undefined)).toBe('—');
  });
  it('formats weight', () => {
    expect(formatWeight(1)).toBe('1');
    expect(formatWeight(0.5)).toBe('0.5');
    expect(formatWeight(1.234)).toBe('1.23');
  });
});
