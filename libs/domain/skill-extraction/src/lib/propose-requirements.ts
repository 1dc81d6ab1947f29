import { classifySentences, type Sentence } from './classify-sentences';
import type { SkillMatcher } from './create-skill-matcher';
import { SkillExtractionError, SkillExtractionErrorCode } from './skill-extraction.exception';
import type { RequirementContext, RequirementProposal, SkillMention } from './skill-extraction.types';

/** Longest job description accepted, in UTF-16 code units (about 30 pages of text). */
export const MAX_DESCRIPTION_LENGTH = 100_000;

/** Default required level for a skill found in a description (DATA.md: "the job's chosen level (default 3)"). */
export const DEFAULT_PROPOSED_LEVEL = 3;

const CONTEXT_RANK: Record<RequirementContext, number> = { REQUIRED: 2, NEUTRAL: 1, PREFERRED: 0 };

/**
 * Proposes job requirements from a pasted job description: every skill of the matcher's taxonomy whose
 * preferred label or alias occurs in `text` (see `createSkillMatcher`), one proposal per skill with
 * all its mentions. Per proposal:
 * - `suggestedLevel` = the highest level cue among its sentences (4 "advanced/expert…", 2
 *   "basic/familiarity…"), else 3 (DATA.md default);
 * - `context` = the strongest context among its mentions (REQUIRED > NEUTRAL > PREFERRED) and
 *   `mustHave` = context is REQUIRED (ESCO: an essential skill is a must-have at the chosen level);
 * - `weight` = 1 for a must-have, 0.5 otherwise.
 * Order: must-haves first, then by first mention. Nothing is saved: HR confirms.
 *
 * @throws {SkillExtractionError} `EXTRACTION_INVALID_TEXT` when `text` is not a string, blank, or
 *   longer than {@link MAX_DESCRIPTION_LENGTH}.
 */
export function proposeRequirementsFromText(matcher: SkillMatcher, text: string): RequirementProposal[] {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new SkillExtractionError(SkillExtractionErrorCode.INVALID_TEXT, 'The job description is empty');
  }
  if (text.length > MAX_DESCRIPTION_LENGTH) {
    throw new SkillExtractionError(
      SkillExtractionErrorCode.INVALID_TEXT,
      `The job description is ${text.length} characters long; the limit is ${MAX_DESCRIPTION_LENGTH}`,
    );
  }
  const sentences = classifySentences(text);
  const mentions = matcher.findMentions(text);
  const bySkill = new Map<string, { mentions: SkillMention[]; context: RequirementContext; level: number }>();
  let s = 0;
  for (const mention of mentions) {
    while (s < sentences.length - 1 && sentences[s].end <= mention.start) s++;
    const sentence: Sentence | undefined = sentences[s];
    const context = sentence && sentence.start <= mention.start ? sentence.context : 'NEUTRAL';
    const level = sentence && sentence.start <= mention.start ? sentence.level : DEFAULT_PROPOSED_LEVEL;
    const entry = bySkill.get(mention.skillId);
    if (!entry) {
      bySkill.set(mention.skillId, { mentions: [mention], context, level });
    } else {
      entry.mentions.push(mention);
      if (CONTEXT_RANK[context] > CONTEXT_RANK[entry.context]) entry.context = context;
      entry.level = Math.max(entry.level, level);
    }
  }
  const proposals = [...bySkill.entries()].map(([skillId, e]): RequirementProposal => {
    const mustHave = e.context === 'REQUIRED';
    return {
      skillId,
      matchedText: e.mentions[0].text,
      mentions: e.mentions,
      count: e.mentions.length,
      suggestedLevel: e.level,
      mustHave,
      context: e.context,
      weight: mustHave ? 1 : 0.5,
      source: 'TEXT',
    };
  });
  return proposals.sort((a, b) => Number(b.mustHave) - Number(a.mustHave) || a.mentions[0].start - b.mentions[0].start);
}
