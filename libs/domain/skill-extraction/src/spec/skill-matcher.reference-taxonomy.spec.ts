import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSkillMatcher, proposeRequirementsFromText, type MatchableSkill } from '../index';

// The product's own taxonomy (data/reference/skills.json: 1,485 ESCO and O*NET skills, ~4,500 aliases).
describe('createSkillMatcher — over the reference taxonomy', () => {
  const skills = JSON.parse(readFileSync(join(__dirname, '../../../../../data/reference/skills.json'), 'utf8')) as MatchableSkill[];
  const matcher = createSkillMatcher(skills);
  const name = new Map(skills.map((s) => [s.id, s.name]));

  it('indexes every label and alias', () => {
    expect(matcher.patternCount).toBeGreaterThan(5000);
  });

  it('finds the skills of a realistic posting', () => {
    const text = `Web Developer
Requirements:
- Solid JavaScript and PostgreSQL; you must know Git.
- Good written communication.
Nice to have: Python, Docker.`;
    const proposals = proposeRequirementsFromText(matcher, text);
    const found = new Map(proposals.map((p) => [name.get(p.skillId), p.mustHave]));
    expect(found.get('JavaScript')).toBe(true);
    expect(found.get('PostgreSQL')).toBe(true);
    expect(found.get('Python')).toBe(false);
  });
});
