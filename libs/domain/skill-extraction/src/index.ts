/**
 * @skillproof/domain-skill-extraction — proposes a job's requirements from a pasted job description
 * (ESCO and O*NET labels and aliases found by an Aho–Corasick matcher over normalised tokens) or from
 * an O*NET-SOC occupation code. Pure TypeScript; HR confirms the proposals before anything is saved.
 */
export { createSkillMatcher, resolveLeftmostLongest, type SkillMatcher } from './lib/create-skill-matcher';
export { AhoCorasick, type SymbolMatch } from './lib/aho-corasick';
export { tokenize, normalizeToken, type Token } from './lib/tokenize';
export { classifySentences, contextOf, type Sentence } from './lib/classify-sentences';
export { proposeRequirementsFromText, MAX_DESCRIPTION_LENGTH, DEFAULT_PROPOSED_LEVEL } from './lib/propose-requirements';
export { proposeFromOccupation, ONET_SOC_CODE } from './lib/propose-from-occupation';
export { SkillExtractionError, SkillExtractionErrorCode } from './lib/skill-extraction.exception';
export type {
  MatchableSkill,
  MatchedBy,
  SkillMention,
  RequirementContext,
  RequirementProposal,
  OccupationProfile,
} from './lib/skill-extraction.types';
