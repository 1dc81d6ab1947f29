import { createSkillMatcher } from '../index';
import { skills } from './fixtures';

// Case-insensitive, accent-insensitive (NFKD, marks removed), with a guard for short acronyms.
describe('createSkillMatcher — case and Unicode', () => {
  const matcher = createSkillMatcher(skills);
  const ids = (text: string) => matcher.findMentions(text).map((m) => m.skillId);

  it.each([
    ['STRUCTURED QUERY LANGUAGE', ['sql']],
    ['Résumé Writing', ['resume']],
    ['resume writing', ['resume']],
    ['Re\u0301sume\u0301 writing (decomposed accents)', ['resume']],
    ['ＳＱＬ (full-width)', ['sql']],
    ['postgres', ['postgresql']],
  ])('%p → %p', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('a capitalised acronym of ≤ 3 letters must be written in capitals ("it" is a pronoun)', () => {
    expect(ids('Make it work in the IT department')).toEqual(['it']);
    expect(ids('it works')).toEqual([]);
    expect(ids('EHR and ehr')).toEqual(['ehr']);
  });

  it('UTF-16 offsets stay right after astral characters', () => {
    const text = '🚀 Java';
    const [m] = matcher.findMentions(text);
    expect(text.slice(m.start, m.end)).toBe('Java');
  });

  it('ambiguous labels name the preferred-label skill and list the others', () => {
    const m = createSkillMatcher([
      { id: 'b', name: 'Maths', aliases: [] },
      { id: 'a', name: 'mathematics', aliases: ['maths'] },
    ]);
    expect(m.findMentions('maths')).toEqual([expect.objectContaining({ skillId: 'b', matchedBy: 'LABEL', alternativeSkillIds: ['a'] })]);
  });
});
