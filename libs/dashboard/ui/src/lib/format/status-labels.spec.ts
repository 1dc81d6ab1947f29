import {
  checkOutcomeLabel,
  humanizeCheckName,
  humanizeEnum,
  requirementStatusLabel,
  verificationStatusLabel,
} from './status-labels';

describe('status labels', () => {
  it('says "could not check" for INDETERMINATE and UNKNOWN, never "not revoked"', () => {
    expect(verificationStatusLabel('INDETERMINATE').label).toBe('Could not check');
    expect(checkOutcomeLabel('UNKNOWN').label).toBe('Could not check');
  });

  it.each([
    ['VERIFIED', 'Verified', 'success'],
    ['FAILED', 'Failed', 'danger'],
    ['CLAIMED', 'Claimed', 'neutral'],
  ])('labels %s', (status, label, tone) => {
    expect(verificationStatusLabel(status)).toMatchObject({ label, tone });
  });

  it('labels requirement statuses with text and symbol', () => {
    expect(requirementStatusLabel('MET')).toEqual({ label: 'Met', tone: 'success', symbol: '✓' });
    expect(requirementStatusLabel('PARTIAL').label).toBe('Partial');
    expect(requirementStatusLabel('MISSING').label).toBe('Missing');
  });

  it('falls back to the raw value for unknown enum values', () => {
    expect(verificationStatusLabel('REVOKED_SOMEHOW')).toMatchObject({ label: 'REVOKED_SOMEHOW', tone: 'neutral' });
  });

  it('humanizes enum values and check names', () => {
    expect(humanizeEnum('CANDIDATE')).toBe('Candidate');
    expect(humanizeEnum('IN_PROGRESS')).toBe('In progress');
    expect(humanizeCheckName('recipientBinding')).toBe('Recipient binding');
    expect(humanizeCheckName('status_list')).toBe('Status list');
    expect(humanizeCheckName('proof')).toBe('Proof');
  });
});
