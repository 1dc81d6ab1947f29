import { createSkillMatcher } from '../index';
import { skills } from './fixtures';

// Overlapping candidates: leftmost first, then longest.
describe('createSkillMatcher — longest match wins, left to right', () => {
  const matcher = createSkillMatcher(skills);
  const found = (text: string) => matcher.findMentions(text).map((m) => [m.skillId, m.text]);

  it.each([
    ['Experience in agile project management.', [['agile-project-management', 'agile project management']]],
    ['Strong project management skills', [['project-management', 'project management']]],
    ['Senior management', [['management', 'management']]],
    ['data analysis and analysis', [['data-analysis', 'data analysis'], ['analysis', 'analysis']]],
    ['PostgreSQL and SQL', [['postgresql', 'PostgreSQL'], ['sql', 'SQL']]],
  ])('%p', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a match that starts earlier wins over a longer one starting inside it', () => {
    const m = createSkillMatcher([{ id: 'ab', name: 'alpha beta' }, { id: 'bcd', name: 'beta gamma delta' }]);
    expect(m.findMentions('alpha beta gamma delta').map((x) => x.skillId)).toEqual(['ab']);
  });

  it('offsets point at the text as written', () => {
    const text = 'We need  Agile\tProject   Management, now.';
    const [m] = matcher.findMentions(text);
    expect(text.slice(m.start, m.end)).toBe('Agile\tProject   Management');
    expect(m).toMatchObject({ skillId: 'agile-project-management', matchedBy: 'LABEL', start: 9, end: 35 });
  });
});
