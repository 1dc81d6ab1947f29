import type { ProficiencyScale } from '@skillproof/domain-model';
import type { SkillLookup } from './skill-lookup';

/** A requirement as entered in the job editor. */
export interface RequirementDraft {
  /** Skill id, preferred label or alias (resolved to the canonical skill id). */
  skillId: string;
  /** Minimum level on the organisation's scale, or 0 for "presence required". */
  minLevel: number;
  /** Relative weight in the fit, {@link MIN_WEIGHT}..{@link MAX_WEIGHT}. */
  weight: number;
  mustHave: boolean;
}

/** A validated requirement, skill resolved to its canonical id; `position` = display order (0-based). */
export interface ValidRequirement {
  skillId: string;
  minLevel: number;
  weight: number;
  mustHave: boolean;
  position: number;
}

/** One problem with one requirement (index = position in the input, 0-based). */
export interface RequirementProblem {
  index: number;
  field: 'skillId' | 'minLevel' | 'weight' | 'requirements';
  message: string;
}

/** Most requirements a job may have. */
export const MAX_REQUIREMENTS = 50;
/** Smallest weight accepted: weights are relative, and below 1/10,000 of the largest one a requirement has no effect on the fit. */
export const MIN_WEIGHT = 0.01;
/** Largest weight accepted (weights are relative; this only catches typos such as 1e9). */
export const MAX_WEIGHT = 100;

/**
 * Validates a whole requirement list for an atomic replace (nothing is saved unless every row is
 * valid): the skill must resolve to one skill (id, label or alias → canonical id via `resolve`; a
 * label several skills share is refused, naming them), no skill twice
 * (after resolution: "SQL" and its alias are the same skill), `minLevel` an integer on `scale`
 * (`scale.min..scale.max`) or 0 (presence required), `weight` a finite number from {@link MIN_WEIGHT} to {@link MAX_WEIGHT},
 * at most {@link MAX_REQUIREMENTS} rows. An empty list is valid (a draft job).
 *
 * @param skillName preferred label of a canonical id, for messages.
 * @returns the requirements in input order, or every problem found (in input order).
 */
export function validateRequirements(
  drafts: readonly RequirementDraft[],
  scale: ProficiencyScale,
  resolve: (ref: string) => SkillLookup,
  skillName: (id: string) => string = (id) => id,
): { ok: true; requirements: ValidRequirement[] } | { ok: false; problems: RequirementProblem[] } {
  const problems: RequirementProblem[] = [];
  if (drafts.length > MAX_REQUIREMENTS) {
    problems.push({ index: MAX_REQUIREMENTS, field: 'requirements', message: `A job has at most ${MAX_REQUIREMENTS} requirements (got ${drafts.length})` });
  }
  const seen = new Map<string, number>();
  const requirements: ValidRequirement[] = [];
  drafts.forEach((d, index) => {
    const where = `Requirement ${index + 1}`;
    const ref = typeof d.skillId === 'string' ? d.skillId.trim() : '';
    const found: SkillLookup = ref ? resolve(ref) : { ambiguous: [] };
    const skillId = found.skillId;
    if (!ref) problems.push({ index, field: 'skillId', message: `${where}: choose a skill` });
    else if (found.skillId === undefined && found.ambiguous.length > 1) {
      problems.push({ index, field: 'skillId', message: `${where}: "${ref}" names several skills (${found.ambiguous.map((id) => `${skillName(id)} [${id}]`).join('; ')}): choose one` });
    } else if (!skillId) problems.push({ index, field: 'skillId', message: `${where}: unknown skill "${ref}"` });
    else if (seen.has(skillId)) {
      problems.push({ index, field: 'skillId', message: `${where}: ${skillName(skillId)} is already requirement ${(seen.get(skillId) ?? 0) + 1}` });
    } else seen.set(skillId, index);

    const levelOk = Number.isInteger(d.minLevel) && (d.minLevel === 0 || (d.minLevel >= scale.min && d.minLevel <= scale.max));
    if (!levelOk) {
      problems.push({ index, field: 'minLevel', message: `${where}: level ${String(d.minLevel)} is not on the scale (0 = presence, or ${scale.min}..${scale.max})` });
    }
    const weightOk = typeof d.weight === 'number' && Number.isFinite(d.weight) && d.weight >= MIN_WEIGHT && d.weight <= MAX_WEIGHT;
    if (!weightOk) problems.push({ index, field: 'weight', message: `${where}: weight must be a number from ${MIN_WEIGHT} to ${MAX_WEIGHT} (got ${String(d.weight)})` });

    if (skillId && levelOk && weightOk) requirements.push({ skillId, minLevel: d.minLevel, weight: d.weight, mustHave: d.mustHave === true, position: index });
  });
  return problems.length ? { ok: false, problems } : { ok: true, requirements };
}
