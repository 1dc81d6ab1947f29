import { createSkillMatcher, MAX_DESCRIPTION_LENGTH, proposeRequirementsFromText } from '../index';
import { skills } from './fixtures';

describe('proposeRequirementsFromText — bad input gets a typed error', () => {
  const matcher = createSkillMatcher(skills);
  it.each([[''], ['   \n '], ['x'.repeat(MAX_DESCRIPTION_LENGTH + 1)]])('rejects %#', (text) => {
    expect(() => proposeRequirementsFromText(matcher, text)).toThrow(expect.objectContaining({ code: 'EXTRACTION_INVALID_TEXT' }));
  });
});
