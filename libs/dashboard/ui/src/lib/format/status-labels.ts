/**
 * Human labels for the API's enums. INDETERMINATE reads "could not check", never "not revoked"
 * (PRODUCT.md §3); CLAIMED entries are self-reported and never verified.
 */
export type VerificationStatusValue = 'VERIFIED' | 'FAILED' | 'INDETERMINATE' | 'CLAIMED';
export type CheckOutcomeValue = 'PASS' | 'FAIL' | 'UNKNOWN';
export type RequirementStatusValue = 'MET' | 'PARTIAL' | 'MISSING';

/** Visual tone of a badge; every tone is also carried by the badge's text, never by colour alone. */
export type Tone = 'success' | 'danger' | 'warning' | 'neutral' | 'info';

export interface StatusLabel {
  label: string;
  tone: Tone;
  /** A short text symbol shown before the label (redundant with colour). */
  symbol: string;
}

const VERIFICATION: Record<VerificationStatusValue, StatusLabel> = {
  VERIFIED: { label: 'Verified', tone: 'success', symbol: '✓' },
  FAILED: { label: 'Failed', tone: 'danger', symbol: '✕' },
  INDETERMINATE: { label: 'Could not check', tone: 'warning', symbol: '?' },
  CLAIMED: { label: 'Claimed', tone: 'neutral', symbol: '○' },
};

const CHECK: Record<CheckOutcomeValue, StatusLabel> = {
  PASS: { label: 'Pass', tone: 'success', symbol: '✓' },
  FAIL: { label: 'Fail', tone: 'danger', symbol: '✕' },
  UNKNOWN: { label: 'Could not check', tone: 'warning', symbol: '?' },
};

const REQUIREMENT: Record<RequirementStatusValue, StatusLabel> = {
  MET: { label: 'Met', tone: 'success', symbol: '✓' },
  PARTIAL: { label: 'Partial', tone: 'warning', symbol: '◐' },
  MISSING: { label: 'Missing', tone: 'danger', symbol: '✕' },
};

const UNKNOWN_VALUE = (value: string): StatusLabel => ({ label: value, tone: 'neutral', symbol: '•' });

export function verificationStatusLabel(status: string): StatusLabel {
  return VERIFICATION[status as VerificationStatusValue] ?? UNKNOWN_VALUE(status);
}

export function checkOutcomeLabel(outcome: string): StatusLabel {
  return CHECK[outcome as CheckOutcomeValue] ?? UNKNOWN_VALUE(outcome);
}

export function requirementStatusLabel(status: string): StatusLabel {
  return REQUIREMENT[status as RequirementStatusValue] ?? UNKNOWN_VALUE(status);
}

/** "CANDIDATE" → "Candidate", "OPEN" → "Open", "VERY_LONG" → "Very long". */
export function humanizeEnum(value: string): string {
  const lower = value.replace(/_/g, ' ').toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Check names from the API ("structure", "proof", "recipientBinding") as sentence-case labels. */
export function humanizeCheckName(name: string): string {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
