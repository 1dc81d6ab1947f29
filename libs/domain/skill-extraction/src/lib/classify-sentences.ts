import type { RequirementContext } from './skill-extraction.types';

/** A sentence (or list item) of a job description with its requirement context and level cue. */
export interface Sentence {
  /** UTF-16 offsets in the original text, `[start, end)`. */
  start: number;
  end: number;
  context: RequirementContext;
  /** 4 on "advanced / expert / deep / extensive / in-depth / senior", 2 on "basic / familiarity / exposure", else 3. */
  level: number;
}

const PREFERRED = /\b(nice[\s-]+to[\s-]+have|(?:is|are|a|an)\s+(?:big\s+|huge\s+|strong\s+)?(?:plus|bonus|advantage)|preferred|preferably|desirable|desired|ideally|optional|bonus(?:\s+point)?s?|would\s+be\s+(?:great|nice|good)|good\s+to\s+have)\b/iu;
const REQUIRED = /\b(required|requires?|requirements?|must|mandatory|essential|minimum|need(?:s|ed)?\s+to\s+have|you\s+have|you\s+bring|qualifications?)\b/iu;
const HIGH = /\b(advanced|expert|expertise|deep|extensive|in[\s-]depth|senior|mastery)\b/iu;
const LOW = /\b(basic|familiarity|familiar|exposure|introductory|beginner)\b/iu;

/** The context a cue phrase sets: PREFERRED cues win over REQUIRED ones ("preferred qualifications"). */
export function contextOf(text: string): RequirementContext | null {
  if (PREFERRED.test(text)) return 'PREFERRED';
  if (REQUIRED.test(text)) return 'REQUIRED';
  return null;
}

/**
 * Splits a job description into sentences and list items (line breaks, and `.`, `!`, `?`, `;`
 * followed by a space) and classifies each:
 * - its own cue: "nice to have", "a plus", "preferred", "desirable", "bonus", "ideally" … → PREFERRED;
 *   "required", "must", "essential", "mandatory", "minimum", "qualifications" … → REQUIRED;
 * - else the cue of the latest heading (a line of at most 8 words ending with ":", e.g.
 *   "Requirements:" or "Nice to have:"), which applies until the next heading;
 * - else NEUTRAL.
 */
export function classifySentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let section: RequirementContext = 'NEUTRAL';
  const lineRe = /[^\n\r]+/g;
  for (const line of text.matchAll(lineRe)) {
    const lineStart = line.index ?? 0;
    const trimmed = line[0].trim();
    const isHeading = trimmed.endsWith(':') && trimmed.split(/\s+/).length <= 8;
    if (isHeading) {
      section = contextOf(trimmed) ?? 'NEUTRAL';
      sentences.push({ start: lineStart, end: lineStart + line[0].length, context: section, level: 3 });
      continue;
    }
    let from = 0;
    const boundaries = [...line[0].matchAll(/[.!?;]+(?=\s|$)/g)].map((b) => (b.index ?? 0) + b[0].length);
    if (boundaries[boundaries.length - 1] !== line[0].length) boundaries.push(line[0].length);
    for (const to of boundaries) {
      const part = line[0].slice(from, to);
      const start = lineStart + from;
      from = to;
      if (part.trim() === '') continue;
      const own = contextOf(part);
      sentences.push({
        start,
        end: start + part.length,
        context: own ?? section,
        level: HIGH.test(part) ? 4 : LOW.test(part) ? 2 : 3,
      });
    }
  }
  return sentences;
}
