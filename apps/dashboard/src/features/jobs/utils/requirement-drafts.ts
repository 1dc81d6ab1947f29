import type { RequirementInput } from '@skillproof/dashboard-data-access';

/** One editable row of the job editor. */
export interface RequirementDraft {
  skillId: string;
  skillName: string;
  minLevel: number;
  weight: number;
  mustHave: boolean;
  /** Where the row came from (shown as a hint). */
  origin: 'job' | 'description' | 'occupation' | 'search';
}

/** A proposal from `proposeRequirements`. */
export interface ProposalLike {
  skill: { id: string; name: string };
  suggestedLevel: number;
  weight: number;
  mustHave: boolean;
  source: 'TEXT' | 'OCCUPATION';
}

/** Rows of an existing job, in display order. */
export const draftsFromJob = (requirements: readonly { skill: { id: string; name: string }; minLevel: number; weight: number; mustHave: boolean }[]): RequirementDraft[] =>
  requirements.map((r) => ({ skillId: r.skill.id, skillName: r.skill.name, minLevel: r.minLevel, weight: r.weight, mustHave: r.mustHave, origin: 'job' }));

/**
 * Appends proposals for skills not in `rows` yet (existing rows are never overwritten: HR's edits win),
 * with the suggested level clamped to the scale. Returns the new list and how many were added.
 */
export function mergeProposals(rows: readonly RequirementDraft[], proposals: readonly ProposalLike[], scaleMax: number): { rows: RequirementDraft[]; added: number } {
  const have = new Set(rows.map((r) => r.skillId));
  const added: RequirementDraft[] = [];
  for (const p of proposals) {
    if (have.has(p.skill.id)) continue;
    have.add(p.skill.id);
    added.push({
      skillId: p.skill.id, skillName: p.skill.name, minLevel: Math.min(Math.max(0, Math.round(p.suggestedLevel)), scaleMax),
      weight: p.weight > 0 ? p.weight : 1, mustHave: p.mustHave, origin: p.source === 'OCCUPATION' ? 'occupation' : 'description',
    });
  }
  return { rows: [...rows, ...added], added: added.length };
}

/** Problems of one row, by field (the API checks the same rules; this only spares a round trip). */
export interface DraftProblems {
  minLevel?: string;
  weight?: string;
  skillId?: string;
}

/** Client-side checks mirroring the API: level 0 or on the scale, weight from 0.01 to 100, no skill twice. */
export function checkDrafts(rows: readonly RequirementDraft[], scale: { min: number; max: number }): DraftProblems[] {
  const seen = new Set<string>();
  return rows.map((r) => {
    const p: DraftProblems = {};
    if (!Number.isInteger(r.minLevel) || (r.minLevel !== 0 && (r.minLevel < scale.min || r.minLevel > scale.max))) p.minLevel = `Level must be 0 (presence) or ${scale.min}–${scale.max}`;
    if (!Number.isFinite(r.weight) || r.weight < 0.01 || r.weight > 100) p.weight = 'Weight must be from 0.01 to 100';
    if (seen.has(r.skillId)) p.skillId = `${r.skillName} is listed twice`;
    seen.add(r.skillId);
    return p;
  });
}

/** True when no row has a problem. */
export const draftsValid = (problems: readonly DraftProblems[]): boolean => problems.every((p) => !p.minLevel && !p.weight && !p.skillId);

/** The mutation input: skill ids, in the order shown. */
export const toRequirementInputs = (rows: readonly RequirementDraft[]): RequirementInput[] =>
  rows.map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, weight: r.weight, mustHave: r.mustHave }));

/** Moves row `index` by `delta` (−1 up, +1 down); unchanged when it would leave the list. */
export function moveRow<T>(rows: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
