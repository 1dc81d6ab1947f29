import { renewalDueDate } from './renewal';

describe('renewalDueDate', () => {
  const now = new Date('2026-11-30T15:00:00Z');
  it('is the expiry day (midnight UTC) when it is at least a week away', () => {
    expect(renewalDueDate('2026-12-28T00:00:00.000Z', now)).toBe('2026-12-28T00:00:00.000Z');
    expect(renewalDueDate('2027-01-15T13:45:00Z', now)).toBe('2027-01-15T00:00:00.000Z');
  });
  it('is a week from now when the credential expires sooner, or the date is unreadable or missing', () => {
    expect(renewalDueDate('2026-12-02T00:00:00Z', now)).toBe('2026-12-07T00:00:00.000Z');
    expect(renewalDueDate('nope', now)).toBe('2026-12-07T00:00:00.000Z');
    expect(renewalDueDate(null, now)).toBe('2026-12-07T00:00:00.000Z');
  });
});
