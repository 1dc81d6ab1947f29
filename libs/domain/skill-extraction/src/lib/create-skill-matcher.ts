import { AhoCorasick, type SymbolMatch } from './aho-corasick';
import type { MatchableSkill, MatchedBy, SkillMention } from './skill-extraction.types';
import { normalizeToken, tokenize } from './tokenize';

/** Single-token labels never matched on their own: function words that no skill is named by. */
const STOP_TOKENS = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'as', 'is', 'be']);

interface PatternEntry {
  skillId: string;
  matchedBy: MatchedBy;
  label: string;
}

interface Pattern {
  /** Candidates, best first: preferred labels before aliases, then by skill id. */
  entries: PatternEntry[];
  /**
   * Set for a single-token acronym of ≤ 3 letters written in capitals in the taxonomy ("IT", "EHR"):
   * the text must show it in capitals too, so the pronoun "it" is not the skill "IT".
   */
  exactCase: string | null;
}

/** A matcher built once per taxonomy; `findMentions` is then O(text length + mentions). */
export interface SkillMatcher {
  /** Number of distinct normalised labels and aliases. */
  readonly patternCount: number;
  /**
   * Every non-overlapping mention in `text`, left to right. Matching is over normalised tokens
   * (case-, accent-, whitespace- and punctuation-insensitive, whole words only); overlapping
   * candidates are resolved leftmost first, then longest (more tokens) first.
   */
  findMentions(text: string): SkillMention[];
}

/**
 * Builds the multi-pattern matcher (Aho–Corasick over token ids) for every preferred label and alias
 * of `skills`. Labels that normalise to nothing or to a lone function word are skipped, and so are
 * single-word labels of group categories (see `MatchableSkill.category`). When several
 * skills share a normalised label, the mention names the first (a preferred label beats an alias, then
 * the smaller id) and lists the others in `alternativeSkillIds`. Cost: O(total label length).
 */
export function createSkillMatcher(skills: Iterable<MatchableSkill>): SkillMatcher {
  const vocabulary = new Map<string, number>();
  const patternsByKey = new Map<string, Pattern>();
  const sequences: number[][] = [];
  const patterns: Pattern[] = [];

  const add = (skillId: string, label: string, matchedBy: MatchedBy, isGroup: boolean) => {
    const tokens = tokenize(label);
    if (tokens.length === 0 || (isGroup && tokens.length === 1)) return;
    if (tokens.length === 1 && (STOP_TOKENS.has(tokens[0].key) || tokens[0].key.length < 2 && !/[+#]/.test(tokens[0].key))) return;
    const key = tokens.map((t) => t.key).join(' ');
    let pattern = patternsByKey.get(key);
    if (!pattern) {
      const raw = tokens[0].raw;
      const exactCase = tokens.length === 1 && raw.length <= 3 && /^\p{Lu}+$/u.test(raw) ? raw : null;
      pattern = { entries: [], exactCase };
      patternsByKey.set(key, pattern);
      patterns.push(pattern);
      sequences.push(tokens.map((t) => {
        let id = vocabulary.get(t.key);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(t.key, id);
        }
        return id;
      }));
    } else if (pattern.exactCase !== null && !(tokens.length === 1 && tokens[0].raw === pattern.exactCase)) {
      // Another label writes it differently (e.g. "it" and "IT"): no case constraint.
      pattern.exactCase = null;
    }
    if (!pattern.entries.some((e) => e.skillId === skillId)) pattern.entries.push({ skillId, matchedBy, label });
  };

  for (const skill of skills) {
    const isGroup = /group/i.test(skill.category ?? '');
    add(skill.id, skill.name, 'LABEL', isGroup);
    for (const alias of skill.aliases ?? []) add(skill.id, alias, 'ALIAS', isGroup);
  }
  for (const p of patterns) {
    p.entries.sort((a, b) => (a.matchedBy === b.matchedBy ? (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0) : a.matchedBy === 'LABEL' ? -1 : 1));
  }
  const automaton = new AhoCorasick(sequences);

  return {
    patternCount: patterns.length,
    findMentions(text: string): SkillMention[] {
      const tokens = tokenize(text);
      const symbols = tokens.map((t) => vocabulary.get(t.key) ?? -1);
      const candidates = automaton
        .search(symbols)
        .filter((m) => patterns[m.pattern].exactCase === null || tokens[m.start].raw.normalize('NFKC') === patterns[m.pattern].exactCase);
      return resolveLeftmostLongest(candidates).map((m): SkillMention => {
        const [best, ...others] = patterns[m.pattern].entries;
        const start = tokens[m.start].start;
        const end = tokens[m.end - 1].end;
        return {
          skillId: best.skillId,
          text: text.slice(start, end),
          start,
          end,
          matchedBy: best.matchedBy,
          label: best.label,
          alternativeSkillIds: others.map((e) => e.skillId),
        };
      });
    },
  };
}

/**
 * Keeps non-overlapping matches: sorted by start ascending, then length descending; a match is kept
 * when it starts at or after the end of the last kept one.
 */
export function resolveLeftmostLongest(matches: readonly SymbolMatch[]): SymbolMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.pattern - b.pattern);
  const kept: SymbolMatch[] = [];
  let lastEnd = 0;
  for (const m of sorted) {
    if (m.start >= lastEnd) {
      kept.push(m);
      lastEnd = m.end;
    }
  }
  return kept;
}

export { normalizeToken };
