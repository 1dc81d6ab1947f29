import { checkDrafts, draftsFromJob, draftsValid, mergeProposals, moveRow, toRequirementInputs, type RequirementDraft } from './requirement-drafts';

const draft = (skillId: string, minLevel = 3, weight = 1): RequirementDraft => ({ skillId, skillName: skillId.toUpperCase(), minLevel, weight, mustHave: false, origin: 'search' });

describe('job editor drafts', () => {
  it('starts from a job in display order', () => {
    expect(draftsFromJob([{ skill: { id: 'sql', name: 'SQL' }, minLevel: 4, weight: 2, mustHave: true }])).toEqual([
      { skillId: 'sql', skillName: 'SQL', minLevel: 4, weight: 2, mustHave: true, origin: 'job' },
    ]);
  });

  it('adds proposals for new skills only, keeping HR edits, clamping levels to the scale', () => {
    const rows = [draft('sql', 5)];
    const { rows: merged, added } = mergeProposals(rows, [
      { skill: { id: 'sql', name: 'SQL' }, suggestedLevel: 2, weight: 1, mustHave: true, source: 'TEXT' },
      { skill: { id: 'py', name: 'Python' }, suggestedLevel: 7, weight: 0.5, mustHave: false, source: 'OCCUPATION' },
      { skill: { id: 'py', name: 'Python' }, suggestedLevel: 3, weight: 1, mustHave: true, source: 'TEXT' },
    ], 5);
    expect(added).toBe(1);
    expect(merged).toEqual([draft('sql', 5), { skillId: 'py', skillName: 'Python', minLevel: 5, weight: 0.5, mustHave: false, origin: 'occupation' }]);
  });

  it('flags levels off the scale, bad weights and duplicates like the API', () => {
    const problems = checkDrafts([draft('sql', 0), draft('py', 6), draft('go', 2, 0), draft('sql', 3)], { min: 1, max: 5 });
    expect(problems).toEqual([
      {},
      { minLevel: 'Level must be 0 (presence) or 1–5' },
      { weight: 'Weight must be from 0.01 to 100' },
      { skillId: 'SQL is listed twice' },
    ]);
    expect(draftsValid(problems)).toBe(false);
    expect(draftsValid(checkDrafts([draft('sql')], { min: 1, max: 5 }))).toBe(true);
    // The API's bounds: 0.01..100.
    expect(checkDrafts([draft('sql', 3, 0.005), draft('py', 3, 0.01), draft('go', 3, 100), draft('r', 3, 100.5)], { min: 1, max: 5 }).map((p) => !!p.weight)).toEqual([true, false, false, true]);
  });

  it('maps to the mutation input and reorders rows', () => {
    expect(toRequirementInputs([draft('sql', 2, 0.5)])).toEqual([{ skillId: 'sql', minLevel: 2, weight: 0.5, mustHave: false }]);
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
