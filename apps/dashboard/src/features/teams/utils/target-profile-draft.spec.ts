import {
  addSkill, checkDraft, draftFromProfile, isDirty, MAX_TARGET_SKILLS, parseNeeded, problemsFromError, removeRow, toInput, updateRow, type DraftRow,
} from './target-profile-draft';

const saved = draftFromProfile([
  { skill: { id: 'onet:2.A.1.a', name: 'Reading Comprehension' }, minLevel: 3, needed: 2 },
  { skill: { id: 'esco:x', name: 'cyber security' }, minLevel: 3, needed: 2 },
]);

describe('target profile draft', () => {
  it('starts from the saved profile and maps back to the mutation input', () => {
    expect(saved[0]).toEqual({ skillId: 'onet:2.A.1.a', name: 'Reading Comprehension', minLevel: 3, needed: '2' });
    expect(toInput(saved)).toEqual([{ skillId: 'onet:2.A.1.a', minLevel: 3, needed: 2 }, { skillId: 'esco:x', minLevel: 3, needed: 2 }]);
    expect(checkDraft(saved)).toEqual([]);
    expect(isDirty(saved, saved)).toBe(false);
  });

  it('adds a skill once, edits and removes rows; dirty tracks real changes only', () => {
    const added = addSkill(saved, { id: 'onet:2.A.1.c', name: 'Writing' });
    expect(added).toHaveLength(3);
    expect(added[2]).toEqual({ skillId: 'onet:2.A.1.c', name: 'Writing', minLevel: 3, needed: '1' });
    expect(addSkill(added, { id: 'onet:2.A.1.c', name: 'Writing' })).toHaveLength(3);
    expect(isDirty(added, saved)).toBe(true);
    const edited = updateRow(saved, 1, { needed: '4', minLevel: 2 });
    expect(edited[1]).toMatchObject({ needed: '4', minLevel: 2 });
    expect(saved[1].needed).toBe('2'); // not mutated
    expect(isDirty(removeRow(saved, 0), saved)).toBe(true);
    expect(isDirty([saved[1], saved[0]], saved)).toBe(false); // order does not matter
    expect(isDirty(updateRow(saved, 0, { needed: ' 2 ' }), saved)).toBe(false);
  });

  it.each([
    ['0', false], ['1', true], ['1000', true], ['1001', false], ['2.5', false], ['', false], ['-1', false], ['3 ', true], ['1e2', false],
  ])('needed %p valid: %p', (needed, ok) => {
    const rows: DraftRow[] = [{ ...saved[0], needed }];
    expect(checkDraft(rows).length === 0).toBe(ok);
  });

  it('reports every problem with its row and field', () => {
    const rows: DraftRow[] = [saved[0], { ...saved[0] }, { ...saved[1], minLevel: 6, needed: 'x' }];
    expect(checkDraft(rows).map((p) => `${p.index}.${p.field}`)).toEqual(['1.skillId', '2.minLevel', '2.needed']);
    expect(checkDraft([{ ...saved[0], minLevel: 0 }])).toEqual([]); // 0 = presence required
    const many = Array.from({ length: MAX_TARGET_SKILLS + 1 }, (_, i) => ({ ...saved[0], skillId: `s${i}` }));
    expect(checkDraft(many)[0]).toMatchObject({ index: -1, field: 'skills' });
  });

  it('parses counts strictly and reads the API problems defensively', () => {
    expect(parseNeeded(' 12 ')).toBe(12);
    expect(parseNeeded('12a')).toBeNaN();
    expect(problemsFromError({ problems: [{ index: 1, field: 'skillId', message: 'Unknown skill "x"' }, { nope: true }, null] })).toEqual([
      { index: 1, field: 'skillId', message: 'Unknown skill "x"' },
    ]);
    expect(problemsFromError(undefined)).toEqual([]);
    expect(problemsFromError({ problems: 'x' })).toEqual([]);
  });
});
