import { teamSkillGaps } from '../index';
import { AS_OF, byPerson, credential, members, target, taxonomy } from './fixtures';

// PRODUCT.md §5: single points of knowledge = target skills held by exactly one member.
describe('teamSkillGaps — single point of knowledge (bus factor)', () => {
  const credentialsByPerson = byPerson(
    credential('ana', [['kubernetes', 4], ['sql', 3]]),
    credential('ben', [['sql', 3], ['kubernetes', 2]]),
  );
  const rows = teamSkillGaps({
    members: members('ana', 'ben'),
    target: [target('kubernetes', 3, 1), target('sql', 3, 1), target('python', 1, 1)],
    credentialsByPerson,
    taxonomy,
    asOf: AS_OF,
  });

  it.each([
    ['kubernetes', 1, true, false, ['ana']], // met (gap 0) but one person holds it
    ['sql', 2, false, false, ['ana', 'ben']],
    ['python', 0, false, true, []],
  ])('%s: covered %p, single point %p, uncovered %p', (skillId, covered, singlePointOfKnowledge, uncovered, holders) => {
    expect(rows.find((r) => r.skillId === skillId)).toMatchObject({ covered, singlePointOfKnowledge, uncovered, holders });
  });
});
