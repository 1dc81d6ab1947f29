import { dateInputToIsoInstant, formatDateTimeUtc, formatDateUtc, isoDateUtc, NO_DATE, parseIsoInstant } from './format-date-utc';

// jest.config.js runs these tests in America/Los_Angeles (west of UTC).
describe('formatDateUtc', () => {
  it.each([
    ['2025-03-01T00:00:00.000Z', '1 Mar 2025'],
    ['2025-03-01T00:00:00Z', '1 Mar 2025'],
    ['2025-03-01', '1 Mar 2025'],
    ['2024-12-31T23:59:59.999Z', '31 Dec 2024'],
    ['2025-01-01T05:00:00+05:00', '1 Jan 2025'],
    ['2025-01-01T00:30:00+01:00', '31 Dec 2024'],
  ])('formats %s as %s', (input, expected) => {
    expect(formatDateUtc(input)).toBe(expected);
  });

  it('runs west of UTC, where local-time formatting would show the previous day (control)', () => {
    expect(new Date('2025-03-01T00:00:00.000Z').getTimezoneOffset()).toBeGreaterThan(0);
    expect(new Date('2025-03-01T00:00:00.000Z').getDate()).toBe(28);
  });

  it('shows midnight UTC as the same calendar day west of UTC', () => {
    expect(formatDateUtc('2025-03-01T00:00:00.000Z')).toBe('1 Mar 2025');
    expect(formatDateUtc(new Date(Date.UTC(2026, 0, 1)))).toBe('1 Jan 2026');
    expect(isoDateUtc('2025-03-01T00:00:00.000Z')).toBe('2025-03-01');
  });

  it.each([null, undefined, '', 'not a date'])('shows a placeholder for %p', (input) => {
    expect(formatDateUtc(input)).toBe(NO_DATE);
    expect(formatDateTimeUtc(input)).toBe(NO_DATE);
    expect(isoDateUtc(input)).toBe('');
  });

  it('does not mutate a Date argument', () => {
    const d = new Date(Date.UTC(2025, 5, 15, 12));
    parseIsoInstant(d)?.setUTCFullYear(1999);
    expect(d.getUTCFullYear()).toBe(2025);
  });
});

describe('formatDateTimeUtc', () => {
  it('formats the UTC time to the minute', () => {
    expect(formatDateTimeUtc('2025-03-01T04:05:59Z')).toBe('1 Mar 2025, 04:05 UTC');
    expect(formatDateTimeUtc('2025-11-30T23:00:00.000Z')).toBe('30 Nov 2025, 23:00 UTC');
  });
});

describe('dateInputToIsoInstant', () => {
  it('turns a date input value into midnight UTC', () => {
    expect(dateInputToIsoInstant('2026-02-28')).toBe('2026-02-28T00:00:00.000Z');
  });
  it.each(['', '2026-02-30', '28/02/2026', '2026-2-1'])('rejects %p', (v) => {
    expect(dateInputToIsoInstant(v)).toBeNull();
  });
});
