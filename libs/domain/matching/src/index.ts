/**
 * @skillproof/domain-matching — HR screening maths (PRODUCT.md §4): attained levels from verified
 * current credentials, requirement scores, fit, eligibility, ranking, explanation and closing the gap.
 * Pure TypeScript: plain data and an explicit `asOf` in, plain data out.
 */
export { attainedLevels } from './lib/attained-levels';
export { scoreRequirement } from './lib/score-requirement';
export { prepareJob } from './lib/prepare-job';
export type { PreparedJob, PreparedRequirement } from './lib/prepare-job';
export { matchPersonToJob } from './lib/match-person-to-job';
export type { MatchPersonInput, MatchPersonToJobInput } from './lib/match-person-to-job';
export { scoreCandidate, fitFrom } from './lib/score-candidate';
export type { CandidateScore } from './lib/score-candidate';
export { matchCandidates } from './lib/match-candidates';
export type { MatchCandidatesInput } from './lib/match-candidates';
export { rankCandidates, compareMatches } from './lib/rank-candidates';
export type { RankableMatch, RankOptions } from './lib/rank-candidates';
export {
  suggestDefinitions,
  prepareCatalog,
  isOneCredentialAway,
  credentialsToEligibility,
} from './lib/suggest-definitions';
export type { DefinitionSuggestion, DefinitionCatalog, CatalogOptions, GapRequirement } from './lib/suggest-definitions';
export { credentialStanding, isCurrentAt, validityWindow } from './lib/credential-standing';
export type { CredentialStanding } from './lib/credential-standing';
export { compareEvidence } from './lib/evidence-order';
export { MatchingError, MatchingErrorCode } from './lib/matching.exception';
export type {
  JobRequirement,
  RequirementStatus,
  SkillEvidence,
  ExcludedEvidence,
  ExclusionReason,
  ClaimedSkill,
  AttainedSkill,
  AttainedLevels,
  RequirementScore,
  RequirementMatch,
  MatchResult,
} from './lib/matching.types';
