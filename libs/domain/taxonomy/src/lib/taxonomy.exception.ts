import type { SkillId } from '@skillproof/domain-model';

/**
 * Codes of every error the taxonomy library throws. API layers map each code to a GraphQL
 * `extensions.code` with one exhaustive mapper (ARCHITECTURE.md, "Errors by code").
 */
export const TaxonomyErrorCode = {
  /** The broader relation has a cycle (PRODUCT.md §2: "the taxonomy is a DAG, never a cycle"). */
  CYCLE: 'TAXONOMY_CYCLE',
  /** Two skills passed to `createTaxonomy` share one id. */
  DUPLICATE_SKILL_ID: 'TAXONOMY_DUPLICATE_SKILL_ID',
  /** A skill has an empty id. */
  INVALID_SKILL: 'TAXONOMY_INVALID_SKILL',
  /** A proficiency level is not on the scale (case C1) or is not a finite number. */
  INVALID_LEVEL: 'INVALID_LEVEL',
  /** A proficiency scale is malformed (min/max not integers, min ≥ max, label count ≠ level count). */
  INVALID_SCALE: 'INVALID_SCALE',
} as const;

/** Union of the values of {@link TaxonomyErrorCode}. */
export type TaxonomyErrorCode = (typeof TaxonomyErrorCode)[keyof typeof TaxonomyErrorCode];

/**
 * Base class of every error thrown by `@skillproof/domain-taxonomy`. Carries a machine-readable
 * {@link TaxonomyErrorCode}; the message is for humans. Never an HTTP or framework exception.
 */
export class TaxonomyError extends Error {
  /** Machine-readable code, stable across releases. */
  readonly code: TaxonomyErrorCode;

  constructor(code: TaxonomyErrorCode, message: string) {
    super(message);
    this.name = 'TaxonomyError';
    this.code = code;
  }
}

/**
 * Thrown by `createTaxonomy` when the broader relation has a cycle (PRODUCT.md §2: the taxonomy is
 * a DAG). `path` lists the skill ids along the cycle, following broader links, and repeats the first
 * id at the end: `['A', 'B', 'A']` means A's broader is B and B's broader is A; a self-loop is
 * `['A', 'A']`. The message shows the same path: `Skill taxonomy has a cycle: A → B → A`.
 */
export class TaxonomyCycleError extends TaxonomyError {
  /** The cycle, first id repeated at the end. */
  readonly path: SkillId[];

  constructor(path: SkillId[]) {
    super(TaxonomyErrorCode.CYCLE, `Skill taxonomy has a cycle: ${path.join(' → ')}`);
    this.name = 'TaxonomyCycleError';
    this.path = path;
  }
}

/** One allowed value of a proficiency scale, as listed by {@link InvalidLevelError}. */
export interface AllowedLevel {
  /** Integer level on the scale (0 = presence, when allowed). */
  level: number;
  /** Label of the level, when the scale names it. */
  label?: string;
}

/**
 * A proficiency level that is not on the scale (case C1: "Beginner" on a scale without such a
 * label; 7 on a 1..5 scale; 2.5; NaN). Names the offending value and every allowed value so an
 * import can report a clear, row-numbered error instead of half-saving the row.
 */
export class InvalidLevelError extends TaxonomyError {
  /** The value as received (string, number or anything else). */
  readonly value: unknown;
  /** Every allowed value, in rank order. */
  readonly allowed: AllowedLevel[];
  /** Allowed integer levels, in rank order (0 first when presence is allowed). */
  readonly allowedLevels: number[];
  /** Allowed labels of the scale, in rank order (empty when the scale names no level). */
  readonly allowedLabels: string[];

  constructor(value: unknown, allowed: AllowedLevel[], detail?: string) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    const choices = allowed.map((a) => (a.label ? `${a.level} (${a.label})` : `${a.level}`)).join(', ');
    super(
      TaxonomyErrorCode.INVALID_LEVEL,
      `Invalid proficiency level ${shown}${detail ? ` (${detail})` : ''}; allowed: ${choices}`,
    );
    this.name = 'InvalidLevelError';
    this.value = value;
    this.allowed = allowed;
    this.allowedLevels = allowed.map((a) => a.level);
    this.allowedLabels = allowed.flatMap((a) => (a.label ? [a.label] : []));
  }
}
