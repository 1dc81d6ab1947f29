/**
 * @skillproof/domain-taxonomy — the skill taxonomy (PRODUCT.md §2): label and alias resolution,
 * broader/narrower closures, cycle checks, and the one documented proficiency-level normalisation.
 * Pure TypeScript: plain data in, plain data out, no framework imports.
 */
export { normalizeLabel } from './lib/normalize-label';
export { createTaxonomy } from './lib/create-taxonomy';
export type { Taxonomy, SkillClosure, DanglingBroader } from './lib/create-taxonomy';
export { createEvidenceIndex, canonicalSkillId } from './lib/evidence-index';
export type { EvidenceIndex, EvidenceTarget } from './lib/evidence-index';
export { normalizeLevel, assertRange } from './lib/normalize-level';
export type { LevelRange } from './lib/normalize-level';
export { parseLevel, tryParseLevel } from './lib/parse-level';
export type { ParseLevelOptions, ParseLevelResult } from './lib/parse-level';
export { TaxonomyError, TaxonomyCycleError, InvalidLevelError, TaxonomyErrorCode } from './lib/taxonomy.exception';
export type { AllowedLevel } from './lib/taxonomy.exception';
