import { createSkillMatcher, proposeRequirementsFromText } from '../index';
import { skills } from './fixtures';

// mustHave comes from the sentence or section: "required/must" vs "nice to have/plus".
describe('proposeRequirementsFromText — must-have vs nice-to-have', () => {
  const matcher = createSkillMatcher(skills);

  it('uses sentence cues and headings; counts mentions; level 3 by default', () => {
    const text = [
      'We build services in Java.',
      'Requirements:',
      '- SQL',
      '- Expert knowledge of PostgreSQL',
      'Nice to have:',
      '- C++',
      '- Basic JavaScript; SQL again',
      'Java is a must.',
    ].join('\n');
    const proposals = proposeRequirementsFromText(matcher, text);
    const view = proposals.map((p) => [p.skillId, p.mustHave, p.context, p.suggestedLevel, p.count]);
    expect(view).toEqual([
      ['java', true, 'REQUIRED', 3, 2],
      ['sql', true, 'REQUIRED', 3, 2],
      ['postgresql', true, 'REQUIRED', 4, 1],
      ['cpp', false, 'PREFERRED', 3, 1],
      ['javascript', false, 'PREFERRED', 2, 1],
    ]);
    const java = proposals[0];
    expect(java.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Java', 'Java']);
    expect(java).toMatchObject({ matchedText: 'Java', weight: 1, source: 'TEXT' });
  });

  it('"preferred qualifications" is PREFERRED even though it says "qualifications"', () => {
    const [p] = proposeRequirementsFromText(matcher, 'Preferred qualifications: SQL');
    expect(p).toMatchObject({ skillId: 'sql', mustHave: false, context: 'PREFERRED', weight: 0.5 });
  });

  it('a sentence without a cue is NEUTRAL and not a must-have', () => {
    const [p] = proposeRequirementsFromText(matcher, 'Our stack uses Java.');
    expect(p).toMatchObject({ skillId: 'java', mustHave: false, context: 'NEUTRAL' });
  });

  it('finds nothing in a text without skills', () => {
    expect(proposeRequirementsFromText(matcher, 'Hello world.')).toEqual([]);
  });
});
