import { visibleText } from '@skillproof/api-core';

/**
 * The hiring pipeline's stages and which moves between them are allowed (PRODUCT.md §2 "Application":
 * applied, screening, shortlisted, interview, offer, hired, rejected — every decision with who, when
 * and why). No framework, no database (only the text helper of api-core).
 *
 * Rules (also in the lib README):
 * - A person ENTERS a job's pipeline at APPLIED, SCREENING or SHORTLISTED (shortlisting straight from
 *   the ranking is sourcing); never directly at INTERVIEW, OFFER, HIRED or REJECTED.
 * - From an ACTIVE stage (APPLIED, SCREENING, SHORTLISTED, INTERVIEW, OFFER) a person may move to any
 *   other active stage (forward, or back when a decision is revised) or to REJECTED; to HIRED only
 *   from OFFER.
 * - HIRED and REJECTED are TERMINAL: the only way out is to REOPEN the application into an active stage
 *   (with a reason, like every move); never from one terminal stage straight to the other.
 * - A move to the stage the application is already in is refused.
 * - Every move needs a reason: at least one visible character, at most {@link MAX_REASON_LENGTH}
 *   characters (trimmed of white space and invisible characters).
 */
export const APPLICATION_STAGES = ['APPLIED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED'] as const;
export type Stage = (typeof APPLICATION_STAGES)[number];

/** Stages a person is still in the running at. */
export const ACTIVE_STAGES: readonly Stage[] = ['APPLIED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW', 'OFFER'];
/** Stages that end an application (left only by reopening it). */
export const TERMINAL_STAGES: readonly Stage[] = ['HIRED', 'REJECTED'];
/** Stages a person may enter a job's pipeline at. */
export const ENTRY_STAGES: readonly Stage[] = ['APPLIED', 'SCREENING', 'SHORTLISTED'];
/** Longest reason kept, in characters (after trimming). */
export const MAX_REASON_LENGTH = 2000;

/** Why a move is refused: BAD_USER_INPUT for the input itself, CONFLICT for the current state. */
export type MoveRefusal = { code: 'BAD_USER_INPUT' | 'CONFLICT'; field: 'toStage' | 'reason'; message: string };

/** True for one of {@link APPLICATION_STAGES}. */
export const isStage = (value: unknown): value is Stage => typeof value === 'string' && (APPLICATION_STAGES as readonly string[]).includes(value);

/**
 * The stages an application at `from` (null: not in the pipeline yet) may move to, in pipeline order.
 */
export function allowedMoves(from: Stage | null): Stage[] {
  if (from === null) return [...ENTRY_STAGES];
  if (TERMINAL_STAGES.includes(from)) return [...ACTIVE_STAGES];
  return APPLICATION_STAGES.filter((s) => s !== from && (s !== 'HIRED' || from === 'OFFER'));
}

/**
 * Checks one move. Returns null when allowed, else why not (see the module docs for the rules).
 * @param from the current stage, null when the person is not in the job's pipeline yet.
 */
export function checkMove(from: Stage | null, to: Stage): MoveRefusal | null {
  if (from === to) return { code: 'CONFLICT', field: 'toStage', message: `Already in ${label(to)}` };
  if (allowedMoves(from).includes(to)) return null;
  if (from === null) {
    return { code: 'CONFLICT', field: 'toStage', message: `A person enters the pipeline at ${ENTRY_STAGES.map(label).join(', ')}; not directly at ${label(to)}` };
  }
  if (TERMINAL_STAGES.includes(from)) {
    return { code: 'CONFLICT', field: 'toStage', message: `${label(from)} is final: reopen the application into an active stage (${ACTIVE_STAGES.map(label).join(', ')}) first` };
  }
  return { code: 'CONFLICT', field: 'toStage', message: `${label(to)} only follows ${label('OFFER')} (currently ${label(from)})` };
}

/**
 * The reason to store: white space and invisible characters (zero-width, format) stripped from both
 * ends (`visibleText`), at least one visible character, at most {@link MAX_REASON_LENGTH} characters.
 * @returns the trimmed reason, or the refusal (BAD_USER_INPUT, field `reason`).
 */
export function normalizeReason(reason: unknown): { reason: string } | MoveRefusal {
  const text = typeof reason === 'string' ? visibleText(reason) : '';
  if (!text) return { code: 'BAD_USER_INPUT', field: 'reason', message: 'Give a reason for this decision' };
  if (text.length > MAX_REASON_LENGTH) {
    return { code: 'BAD_USER_INPUT', field: 'reason', message: `The reason is ${text.length} characters; at most ${MAX_REASON_LENGTH}` };
  }
  return { reason: text };
}

/** "Shortlisted" for SHORTLISTED. */
export function label(stage: Stage): string {
  return stage.charAt(0) + stage.slice(1).toLowerCase();
}
