import { createEvidenceIndex, createTaxonomy } from '../index';
import { SKILLS } from './skill.fixture';

describe('evidence index — what evidence counts for which target', () => {
  const taxonomy = createTaxonomy(SKILLS);
  const index = createEvidenceIndex(taxonomy, ['SQL', 'postgresql', 'Data', 'unknown-skill']);

  it('resolves target labels to canonical ids, keeping unknown ids as given', () => {
    expect(index.targetSkillIds).toEqual(['sql', 'postgresql', 'data', 'unknown-skill']);
  });

  it.each([
    ['postgresql', [[0, ['postgresql', 'sql']], [1, null], [2, ['postgresql', 'sql', 'data']]]],
    ['Postgres', [[0, ['postgresql', 'sql']], [1, null], [2, ['postgresql', 'sql', 'data']]]],
    ['sql', [[0, null], [2, ['sql', 'data']]]],
    ['data', [[2, null]]],
    ['kubernetes', []],
    ['unknown-skill', [[3, null]]],
  ])('evidence for %s counts for %j', (skillId, expected) => {
    expect(index.lookup(skillId).map((t) => [t.targetIndex, t.path])).toEqual(expected);
  });
});
