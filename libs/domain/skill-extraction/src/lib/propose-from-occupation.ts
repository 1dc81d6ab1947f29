import { SkillExtractionError, SkillExtractionErrorCode } from './skill-extraction.exception';
import type { OccupationProfile, RequirementProposal } from './skill-extraction.types';

/** O*NET-SOC code: `NN-NNNN.NN` (e.g. `15-1254.00`). */
export const ONET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/**
 * Proposes requirements from an O*NET-SOC occupation code, using a known occupation profile (the
 * product passes `data/reference/jobs.json`, built by the DATA.md mapping: Importance ≥ 3 → required,
 * level = clamp(round_half_up(0.2 + 0.8 × Level), 1, 5), weight = Importance / 5, top 4 must-have).
 * Requirements keep the profile's order, level, weight and must-have. Surrounding whitespace is ignored.
 *
 * @throws {SkillExtractionError} `EXTRACTION_INVALID_OCCUPATION_CODE` for a malformed code,
 *   `EXTRACTION_OCCUPATION_NOT_FOUND` when no profile has that code.
 */
export function proposeFromOccupation(occupationCode: string, profiles: readonly OccupationProfile[]): RequirementProposal[] {
  const code = typeof occupationCode === 'string' ? occupationCode.trim() : '';
  if (!ONET_SOC_CODE.test(code)) {
    throw new SkillExtractionError(
      SkillExtractionErrorCode.INVALID_OCCUPATION_CODE,
      `"${String(occupationCode)}" is not an O*NET-SOC code (expected NN-NNNN.NN, e.g. 15-1254.00)`,
    );
  }
  const profile = profiles.find((p) => p.occupationCode === code);
  if (!profile) {
    throw new SkillExtractionError(SkillExtractionErrorCode.OCCUPATION_NOT_FOUND, `No requirement profile is known for occupation ${code}`);
  }
  return profile.requirements.map((r): RequirementProposal => ({
    skillId: r.skillId,
    matchedText: r.skillId,
    mentions: [],
    count: 0,
    suggestedLevel: r.minLevel,
    mustHave: r.mustHave,
    context: r.mustHave ? 'REQUIRED' : 'PREFERRED',
    weight: r.weight,
    source: 'OCCUPATION',
  }));
}
