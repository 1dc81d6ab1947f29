import { MAX_WEIGHT, MIN_WEIGHT, validateRequirements, type RequirementDraft } from '../rules/requirement-rules';

const scale = { min: 1, max: 5, labels: ['Foundational', 'Developing', 'Proficient', 'Advanced', 'Expert'] };
const known: Record<string, string> = { sql: 'sql', 'structured query language': 'sql', python: 'python' };
const resolve = (ref: string) => {
  const key = ref.trim().toLowerCase();
  if (key === 'statistics') return { ambiguous: ['esco:stats', 'isced:stats'] };
  return known[key] ? { skillId: known[key] } : { ambiguous: [] };
};
const req = (skillId: string, minLevel = 3, weight = 1, mustHave = false): RequirementDraft => ({ skillId, minLevel, weight, mustHave });

describe('validateRequirements', () => {
  it('resolves aliases to canonical ids and keeps input order as position', () => {
    expect(validateRequirements([req('Python', 0, 0.5), req('Structured Query Language', 5, 2, true)], scale, resolve)).toEqual({
      ok: true,
      requirements: [
        { skillId: 'python', minLevel: 0, weight: 0.5, mustHave: false, position: 0 },
        { skillId: 'sql', minLevel: 5, weight: 2, mustHave: true, position: 1 },
      ],
    });
    expect(validateRequirements([], scale, resolve)).toEqual({ ok: true, requirements: [] });
  });

  it('reports a duplicate skill, also when written as an alias', () => {
    const r = validateRequirements([req('SQL'), req('structured query language')], scale, resolve, (id) => id.toUpperCase());
    expect(r).toEqual({ ok: false, problems: [{ index: 1, field: 'skillId', message: 'Requirement 2: SQL is already requirement 1' }] });
  });

  it('reports levels off the scale, non-positive or non-finite weights and unknown skills, every one', () => {
    const r = validateRequirements([req('sql', 6), req('python', 2.5), req('cobol'), req('', 3), req('sql', -1, 0)], scale, resolve);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.index, p.field])).toEqual([
      [0, 'minLevel'], [1, 'minLevel'], [2, 'skillId'], [3, 'skillId'], [4, 'skillId'], [4, 'minLevel'], [4, 'weight'],
    ]);
    expect(r.problems[0].message).toBe('Requirement 1: level 6 is not on the scale (0 = presence, or 1..5)');
    expect(r.problems[2].message).toBe('Requirement 3: unknown skill "cobol"');
    for (const weight of [0, -2, Number.NaN, Number.POSITIVE_INFINITY, 101, 1e-300, 0.009, 5e-324]) {
      expect(validateRequirements([req('sql', 3, weight)], scale, resolve)).toMatchObject({ ok: false, problems: [{ field: 'weight' }] });
    }
    expect(validateRequirements([req('sql', 3, 1e-300)], scale, resolve)).toMatchObject({ ok: false, problems: [{ message: 'Requirement 1: weight must be a number from 0.01 to 100 (got 1e-300)' }] });
    for (const weight of [MIN_WEIGHT, 0.5, MAX_WEIGHT]) expect(validateRequirements([req('sql', 3, weight)], scale, resolve).ok).toBe(true);
  });

  it('refuses a label several skills share, naming them', () => {
    expect(validateRequirements([req('Statistics')], scale, resolve)).toEqual({ ok: false, problems: [
      { index: 0, field: 'skillId', message: 'Requirement 1: "Statistics" names several skills (esco:stats [esco:stats]; isced:stats [isced:stats]): choose one' },
    ] });
  });

  it('follows the organisation scale (1..4 here): 5 is refused, 4 accepted', () => {
    const small = { min: 1, max: 4, labels: [] };
    expect(validateRequirements([req('sql', 4)], small, resolve).ok).toBe(true);
    expect(validateRequirements([req('sql', 5)], small, resolve).ok).toBe(false);
  });

  it('refuses more than 50 requirements', () => {
    const many = Array.from({ length: 51 }, (_, i) => req(`s${i}`));
    const r = validateRequirements(many, scale, (ref) => ({ skillId: ref }));
    expect(r).toMatchObject({ ok: false, problems: [{ field: 'requirements', message: 'A job has at most 50 requirements (got 51)' }] });
  });
});
