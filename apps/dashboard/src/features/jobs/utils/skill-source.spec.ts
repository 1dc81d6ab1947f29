import { ambiguousSkillIds, skillSource } from './skill-source';

describe('skillSource', () => {
  it('names the taxonomy of each id scheme', () => {
    expect(['esco:a8d07b5a', 'onet:2.B.3.e', 'onet-tech:43232311/postgresql', 'custom'].map(skillSource)).toEqual(['ESCO', 'O*NET', 'O*NET Technology', null]);
  });
});

describe('ambiguousSkillIds', () => {
  it('marks only the skills whose name another skill of the list shares (case-insensitively)', () => {
    const ids = ambiguousSkillIds([
      { id: 'esco:a8d07b5a', name: 'PostgreSQL' },
      { id: 'onet-tech:43232311/postgresql', name: 'postgresql ' },
      { id: 'onet:2.B.3.e', name: 'Mathematics' },
    ]);
    expect([...ids].sort()).toEqual(['esco:a8d07b5a', 'onet-tech:43232311/postgresql']);
  });
});
