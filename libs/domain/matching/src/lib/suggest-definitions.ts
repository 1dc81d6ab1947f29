import type { CredentialDefinition, SkillId } from '@skillproof/domain-model';
import { canonicalSkillId, type Taxonomy } from '@skillproof/domain-taxonomy';
import { compareStrings } from './evidence-order';
import { isUsableLevel } from './evidence-builders';
import type { JobRequirement, MatchResult } from './matching.types';

/** A credential definition that would prove a requirement, and how. */
export interface DefinitionSuggestion {
  definition: CredentialDefinition;
  /** Canonical id of the definition's aligned skill used (the best alignment for the requirement). */
  alignedSkillId: SkillId;
  /** Level that alignment proves (≥ the requirement's minLevel). */
  level: number;
  /** `null` when aligned to the required skill itself; else the path from the narrower aligned skill up. */
  inferredFrom: readonly SkillId[] | null;
}

/** The requirement fields that closing-the-gap reads. */
export type GapRequirement = Pick<JobRequirement, 'skillId' | 'minLevel'> & Partial<Pick<JobRequirement, 'requireTrustedIssuer'>>;

/** Options of {@link prepareCatalog}. */
export interface CatalogOptions {
  /**
   * Ids of the issuers the organisation trusts. A requirement with `requireTrustedIssuer` is only
   * proven by definitions of these issuers; without this list such a requirement gets no suggestion
   * (trust is never assumed).
   */
  trustedIssuerIds?: Iterable<string>;
}

/**
 * A credential catalog indexed for closing the gap (PRODUCT.md §4.6): for every skill, the definitions
 * whose alignments prove it directly or through a narrower skill. Build once with
 * {@link prepareCatalog}; answers are memoised per (skill, level, trust).
 */
export interface DefinitionCatalog {
  readonly definitions: readonly CredentialDefinition[];
  readonly taxonomy: Taxonomy;
  /** Same as `suggestDefinitions(requirement, this)`. */
  provers(requirement: GapRequirement): readonly DefinitionSuggestion[];
}

/**
 * Indexes credential definitions for {@link suggestDefinitions} and {@link isOneCredentialAway}.
 * Alignment skill ids are resolved through the taxonomy; an alignment proves its skill and every
 * broader one (never a narrower one). Alignments whose level is not a finite number ≥ 0 are ignored.
 */
export function prepareCatalog(
  definitions: readonly CredentialDefinition[],
  taxonomy: Taxonomy,
  options: CatalogOptions = {},
): DefinitionCatalog {
  const trusted = options.trustedIssuerIds ? new Set(options.trustedIssuerIds) : null;
  const bySkill = new Map<SkillId, DefinitionSuggestion[]>();
  const add = (skillId: SkillId, suggestion: DefinitionSuggestion): void => {
    const list = bySkill.get(skillId);
    if (list) list.push(suggestion);
    else bySkill.set(skillId, [suggestion]);
  };
  for (const definition of definitions) {
    for (const alignment of definition.alignments ?? []) {
      if (!isUsableLevel(alignment.level)) continue;
      const aligned = canonicalSkillId(taxonomy, alignment.skillId);
      add(aligned, { definition, alignedSkillId: aligned, level: alignment.level, inferredFrom: null });
      for (const [ancestor, path] of taxonomy.broaderClosure(aligned)) {
        add(ancestor, { definition, alignedSkillId: aligned, level: alignment.level, inferredFrom: path });
      }
    }
  }
  const memo = new Map<string, readonly DefinitionSuggestion[]>();
  const provers = (requirement: GapRequirement): readonly DefinitionSuggestion[] => {
    const skillId = canonicalSkillId(taxonomy, requirement.skillId);
    const needTrust = requirement.requireTrustedIssuer === true;
    const key = `${skillId}\u0000${requirement.minLevel}\u0000${needTrust}`;
    const cached = memo.get(key);
    if (cached) return cached;
    // Best alignment per definition: highest level, then direct before inferred, then aligned id.
    const perDefinition = new Map<string, DefinitionSuggestion>();
    for (const s of bySkill.get(skillId) ?? []) {
      if (s.level < requirement.minLevel) continue;
      if (needTrust && !(trusted?.has(s.definition.issuerId) ?? false)) continue;
      const current = perDefinition.get(s.definition.id);
      if (!current || compareAlignments(s, current) < 0) perDefinition.set(s.definition.id, s);
    }
    const result = [...perDefinition.values()].sort(compareSuggestions);
    memo.set(key, result);
    return result;
  };
  return { definitions, taxonomy, provers };
}

/**
 * Closing the gap for one requirement (PRODUCT.md §4.6): the credential definitions whose alignment
 * proves the requirement's skill — or a narrower skill — at a level ≥ `minLevel`, ordered by
 * `estimatedHours` ascending (unknown hours last), then `cost` ascending (unknown cost last), then
 * definition id. One entry per definition (its best alignment).
 *
 * Call with a prepared {@link DefinitionCatalog} (fast, memoised), or with the definitions and the
 * taxonomy (prepares a catalog each call).
 */
export function suggestDefinitions(requirement: GapRequirement, catalog: DefinitionCatalog): DefinitionSuggestion[];
export function suggestDefinitions(
  requirement: GapRequirement,
  definitions: readonly CredentialDefinition[],
  taxonomy: Taxonomy,
): DefinitionSuggestion[];
export function suggestDefinitions(
  requirement: GapRequirement,
  source: DefinitionCatalog | readonly CredentialDefinition[],
  taxonomy?: Taxonomy,
): DefinitionSuggestion[] {
  return [...toCatalog(source, taxonomy).provers(requirement)];
}

/**
 * The credential definitions that, earned alone, would make every must-have requirement of `match`
 * MET (PRODUCT.md §4.6, "one credential away"), in {@link suggestDefinitions} order. `[]` when the
 * person is already eligible or no single definition suffices. A new credential raises the attained
 * level to at least the level it proves, so a definition suffices when it proves every unmet
 * must-have at its required level.
 */
export function credentialsToEligibility(match: MatchResult, catalog: DefinitionCatalog): CredentialDefinition[];
export function credentialsToEligibility(
  match: MatchResult,
  definitions: readonly CredentialDefinition[],
  taxonomy: Taxonomy,
): CredentialDefinition[];
export function credentialsToEligibility(
  match: MatchResult,
  source: DefinitionCatalog | readonly CredentialDefinition[],
  taxonomy?: Taxonomy,
): CredentialDefinition[] {
  const unmet = match.requirements.filter((r) => r.mustHave && r.status !== 'MET');
  if (unmet.length === 0) return [];
  const catalog = toCatalog(source, taxonomy);
  const lists = unmet
    .map((r) => catalog.provers({ skillId: r.skillId, minLevel: r.requiredLevel, requireTrustedIssuer: r.requireTrustedIssuer }))
    .sort((a, b) => a.length - b.length);
  const others = lists.slice(1).map((list) => new Set(list.map((s) => s.definition.id)));
  return lists[0].filter((s) => others.every((ids) => ids.has(s.definition.id))).map((s) => s.definition);
}

/**
 * True when the person is not eligible and a single credential definition would make every must-have
 * MET (PRODUCT.md §4.6: "flag people who are one credential away from eligible"). See
 * {@link credentialsToEligibility} for which definitions.
 */
export function isOneCredentialAway(match: MatchResult, catalog: DefinitionCatalog): boolean;
export function isOneCredentialAway(
  match: MatchResult,
  definitions: readonly CredentialDefinition[],
  taxonomy: Taxonomy,
): boolean;
export function isOneCredentialAway(
  match: MatchResult,
  source: DefinitionCatalog | readonly CredentialDefinition[],
  taxonomy?: Taxonomy,
): boolean {
  if (match.eligible) return false;
  return credentialsToEligibility(match, toCatalog(source, taxonomy)).length > 0;
}

function toCatalog(source: DefinitionCatalog | readonly CredentialDefinition[], taxonomy?: Taxonomy): DefinitionCatalog {
  if (!isArray(source)) return source;
  if (!taxonomy) throw new TypeError('A taxonomy is required when passing credential definitions');
  return prepareCatalog(source, taxonomy);
}

function isArray(source: DefinitionCatalog | readonly CredentialDefinition[]): source is readonly CredentialDefinition[] {
  return Array.isArray(source);
}

function compareAlignments(a: DefinitionSuggestion, b: DefinitionSuggestion): number {
  return (
    b.level - a.level ||
    (a.inferredFrom?.length ?? 0) - (b.inferredFrom?.length ?? 0) ||
    compareStrings(a.alignedSkillId, b.alignedSkillId)
  );
}

function compareSuggestions(a: DefinitionSuggestion, b: DefinitionSuggestion): number {
  return (
    nullsLast(a.definition.estimatedHours, b.definition.estimatedHours) ||
    nullsLast(a.definition.cost, b.definition.cost) ||
    compareStrings(a.definition.id, b.definition.id)
  );
}

function nullsLast(a: number | null | undefined, b: number | null | undefined): number {
  const x = a === null || a === undefined || Number.isNaN(a) ? Number.POSITIVE_INFINITY : a;
  const y = b === null || b === undefined || Number.isNaN(b) ? Number.POSITIVE_INFINITY : b;
  return x === y ? 0 : x < y ? -1 : 1;
}
