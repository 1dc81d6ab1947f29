import { teamSkillGaps } from '../index';
import { AS_OF, byPerson, credential, members, target, taxonomy } from './fixtures';

// PRODUCT.md §5: uncovered skills are held by none.
describe('teamSkillGaps — uncovered skills', () => {
  it.each([
    { name: 'nobody has any evidence', creds: [], uncovered: true },
    { name: 'only below the level', creds: [credential('ana', [['nursing', 2]])], uncovered: true },
    { name: 'only claimed', creds: [credential('ana', [['nursing', 5]], { status: 'CLAIMED' })], uncovered: true },
    { name: 'licence expired yesterday', creds: [credential('ana', [['nursing', 5]], { validUntil: new Date('2025-05-31T00:00:00Z') })], uncovered: true },
    { name: 'one current licence', creds: [credential('ana', [['nursing', 3]])], uncovered: false },
  ])('$name → uncovered $uncovered', ({ creds, uncovered }) => {
    const [row] = teamSkillGaps({ members: members('ana', 'ben'), target: [target('nursing', 3, 2)], credentialsByPerson: byPerson(...creds), taxonomy, asOf: AS_OF });
    expect(row.uncovered).toBe(uncovered);
    expect(row.gap).toBe(uncovered ? 2 : 1);
  });
});
