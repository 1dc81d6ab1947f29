/** A skill of the taxonomy as the matcher needs it (a subset of the domain `Skill`). */
export interface MatchableSkill {
  id: string;
  /** Preferred label. */
  name: string;
  /** Alternative labels (ESCO alt labels, O*NET alternate names). */
  aliases?: readonly string[];
  /**
   * Taxonomy category (e.g. "ESCO skill group"). Single-word labels of a category containing "group"
   * ("knowledge", "skills", "law", "health" …) are not matched: they are headings of the hierarchy and
   * ordinary words of every posting.
   */
  category?: string | null;
}

/** How a mention was found. */
export type MatchedBy = 'LABEL' | 'ALIAS';

/** One occurrence of a skill's label or alias in a text. */
export interface SkillMention {
  skillId: string;
  /** The text as written, `text.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the first character (inclusive). */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
  matchedBy: MatchedBy;
  /** The taxonomy label or alias that matched. */
  label: string;
  /** Other skills sharing the same normalised label (ambiguous aliases), by id; usually empty. */
  alternativeSkillIds: string[];
}

/** Where a mention sits: a sentence or section saying "required/must", "nice to have/plus", or neither. */
export type RequirementContext = 'REQUIRED' | 'PREFERRED' | 'NEUTRAL';

/** A proposed job requirement, for HR to confirm (nothing is saved by the proposal). */
export interface RequirementProposal {
  skillId: string;
  /** The first mention's text as written (for a proposal from an occupation: the skill id). */
  matchedText: string;
  /** Every mention, in text order (empty for a proposal from an occupation). */
  mentions: SkillMention[];
  /** Number of mentions (0 for a proposal from an occupation). */
  count: number;
  /** Suggested minimum level on the 1..5 scale: 3 by default (DATA.md), 4/2 on "advanced"/"basic" cues. */
  suggestedLevel: number;
  /** Suggested must-have: at least one mention in a REQUIRED context (or the occupation's must-have). */
  mustHave: boolean;
  /** Strongest context among the mentions: REQUIRED > NEUTRAL > PREFERRED. */
  context: RequirementContext;
  /** Suggested weight (> 0): from the occupation's importance, else 1 for must-haves and 0.5 otherwise. */
  weight: number;
  /** Where the proposal came from. */
  source: 'TEXT' | 'OCCUPATION';
}

/** One occupation's requirements (e.g. `data/reference/jobs.json`), for {@link proposeFromOccupation}. */
export interface OccupationProfile {
  /** O*NET-SOC code such as `15-1254.00`. */
  occupationCode: string;
  title?: string;
  requirements: ReadonlyArray<{ skillId: string; minLevel: number; weight: number; mustHave: boolean }>;
}
