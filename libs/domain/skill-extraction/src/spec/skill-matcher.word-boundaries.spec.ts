import { createSkillMatcher } from '../index';
import { skills } from './fixtures';

// Whole words only: "Java" is not found inside "JavaScript", "SQL" not inside "PostgreSQL" or "MySQL".
describe('createSkillMatcher — word boundaries', () => {
  const matcher = createSkillMatcher(skills);
  const ids = (text: string) => matcher.findMentions(text).map((m) => m.skillId);

  it.each([
    ['JavaScript developer', ['javascript']],
    ['MySQL administration', []],
    ['Java/JavaScript', ['java', 'javascript']],
    ['C++ and C# developers', ['cpp', 'csharp']],
    ['Node.js services', ['nodejs']],
    ['node js', ['nodejs']],
    ['managements', ['management']], // light plural fold
    ['javanese', []],
  ])('%p → %p', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('createSkillMatcher — single-word labels of skill groups are not matched', () => {
  it('skips "knowledge" (a group) but keeps multi-word group labels', () => {
    const m = createSkillMatcher([
      { id: 'g', name: 'knowledge', category: 'ESCO skill group' },
      { id: 'g2', name: 'health informatics', category: 'ESCO skill group' },
      { id: 'k', name: 'Knowledge', category: 'O*NET Knowledge' },
    ]);
    expect(m.findMentions('knowledge of health informatics').map((x) => x.skillId)).toEqual(['k', 'g2']);
  });
});
