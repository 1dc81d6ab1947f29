import { formatDateUtc } from './format-date-utc';
import { formatDateTimeLocal, viewerTimeZone } from './format-date-local';

// jest.config.js runs these tests in America/Los_Angeles (west of UTC).
describe('formatDateTimeLocal', () => {
  it('shows the instant in the viewer zone, with the zone (default: the runtime zone, here Los Angeles)', () => {
    expect(viewerTimeZone()).toBe('America/Los_Angeles');
    expect(formatDateTimeLocal('2025-03-01T00:00:00Z')).toBe('28 Feb 2025, 16:00 PST');
    expect(formatDateTimeLocal('2025-07-01T18:30:00Z')).toBe('1 Jul 2025, 11:30 PDT');
  });

  it.each([
    ['UTC', '1 Mar 2025, 00:00 UTC'],
    ['Europe/Paris', '1 Mar 2025, 01:00 GMT+1'],
    ['Asia/Kolkata', '1 Mar 2025, 05:30 GMT+5:30'],
    ['Pacific/Honolulu', '28 Feb 2025, 14:00 HST'],
  ])('the same instant in %s reads %s (never shifted: only the zone changes)', (zone, expected) => {
    expect(formatDateTimeLocal('2025-03-01T00:00:00.000Z', zone)).toBe(expected);
  });

  it('midnight (h23, never "24:00") and an unknown zone falls back to UTC', () => {
    expect(formatDateTimeLocal('2025-03-01T08:00:00Z', 'America/Los_Angeles')).toBe('1 Mar 2025, 00:00 PST');
    expect(formatDateTimeLocal('2025-03-01T00:00:00Z', 'Not/A_Zone')).toBe('1 Mar 2025, 00:00 UTC');
  });

  it('a calendar date (midnight UTC) keeps its day with formatDateUtc, unlike a local rendering', () => {
    expect(formatDateUtc('2025-03-01T00:00:00Z')).toBe('1 Mar 2025');
    expect(formatDateTimeLocal('2025-03-01T00:00:00Z').startsWith('28 Feb')).toBe(true);
  });

  it.each([null, undefined, '', 'nope'])('shows a placeholder for %p', (v) => {
    expect(formatDateTimeLocal(v)).toBe('—');
  });
});
