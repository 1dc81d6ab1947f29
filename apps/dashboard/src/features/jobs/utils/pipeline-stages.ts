import type { ApplicationStage } from '@skillproof/dashboard-data-access';

/** Every stage in pipeline order (API enum ApplicationStage). */
export const STAGES: readonly ApplicationStage[] = ['APPLIED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED'];
const ACTIVE: readonly ApplicationStage[] = ['APPLIED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW', 'OFFER'];
const ENTRY: readonly ApplicationStage[] = ['APPLIED', 'SCREENING', 'SHORTLISTED'];

/** "Shortlisted" for SHORTLISTED. */
export const stageLabel = (stage: ApplicationStage): string => stage.charAt(0) + stage.slice(1).toLowerCase();

/** The action of moving someone to `stage`: "Shortlist", "Reject", "Hire", else "Move to Interview". */
export function stageVerb(stage: ApplicationStage): string {
  switch (stage) {
    case 'SHORTLISTED': return 'Shortlist';
    case 'REJECTED': return 'Reject';
    case 'HIRED': return 'Hire';
    default: return `Move to ${stageLabel(stage)}`;
  }
}

/** Badge tone and symbol of a stage (never colour alone: the label is always shown). */
export function stageTone(stage: ApplicationStage): { tone: 'success' | 'danger' | 'info' | 'warning' | 'neutral'; symbol: string } {
  switch (stage) {
    case 'HIRED': return { tone: 'success', symbol: '✓' };
    case 'REJECTED': return { tone: 'danger', symbol: '✕' };
    case 'SHORTLISTED': return { tone: 'info', symbol: '★' };
    case 'INTERVIEW':
    case 'OFFER': return { tone: 'warning', symbol: '●' };
    default: return { tone: 'neutral', symbol: '○' };
  }
}

/**
 * The stages a person at `from` (null: not in the job's pipeline) may be moved to — the API's rules
 * (ApplicationStage in schema.gql), mirrored so buttons can be disabled up front; the API decides.
 */
export function allowedMoves(from: ApplicationStage | null): ApplicationStage[] {
  if (from === null) return [...ENTRY];
  if (from === 'HIRED' || from === 'REJECTED') return [...ACTIVE];
  return STAGES.filter((s) => s !== from && (s !== 'HIRED' || from === 'OFFER'));
}

/**
 * Why the ranking's "Shortlist" action is unavailable for a person at `from`, or null when it is
 * available. A final decision (hired, rejected) is only reopened from the pipeline page, on purpose.
 */
export function shortlistBlocker(from: ApplicationStage | null): string | null {
  if (from === 'SHORTLISTED') return 'Already shortlisted';
  if (from === 'HIRED' || from === 'REJECTED') return `${stageLabel(from)}: reopen it from the pipeline first`;
  return allowedMoves(from).includes('SHORTLISTED') ? null : `Cannot be shortlisted from ${stageLabel(from as ApplicationStage)}`;
}
