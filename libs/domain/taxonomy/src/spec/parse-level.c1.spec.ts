import { DEFAULT_PROFICIENCY_SCALE, type ProficiencyScale } from '@skillproof/domain-model';
import { InvalidLevelError, parseLevel, TaxonomyErrorCode, tryParseLevel } from '../index';

// Case C1: a level that is not on the scale is rejected with a clear error, never half-saved.
describe('parseLevel — C1: only levels of the organisation scale', () => {
  const scale: ProficiencyScale = DEFAULT_PROFICIENCY_SCALE;

  it.each([
    [3, 3],
    ['3', 3],
    [' 5 ', 5],
    ['+1', 1],
    ['Proficient', 3],
    [' expert ', 5],
    ['FOUNDATIONAL', 1],
    ['developing', 2],
  ])('%j → %p', (raw, expected) => {
    expect(parseLevel(raw, scale)).toBe(expected);
  });

  it('"Beginner" on the default scale throws InvalidLevelError naming the value and the allowed values', () => {
    let error: unknown;
    try {
      parseLevel('Beginner', scale);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidLevelError);
    const invalid = error as InvalidLevelError;
    expect(invalid.code).toBe(TaxonomyErrorCode.INVALID_LEVEL);
    expect(invalid.value).toBe('Beginner');
    expect(invalid.allowedLevels).toEqual([1, 2, 3, 4, 5]);
    expect(invalid.allowedLabels).toEqual(['Foundational', 'Developing', 'Proficient', 'Advanced', 'Expert']);
    expect(invalid.message).toBe(
      'Invalid proficiency level "Beginner"; allowed: 1 (Foundational), 2 (Developing), 3 (Proficient), 4 (Advanced), 5 (Expert)',
    );
  });

  it.each([['Beginner'], [0], ['0'], [6], ['6'], [2.5], ['2.5'], ['3.0'], [''], ['  '], [null], [undefined], [Number.NaN], [{}], ['-1']])(
    'rejects %j',
    (raw) => {
      expect(() => parseLevel(raw, scale)).toThrow(InvalidLevelError);
      const result = tryParseLevel(raw, scale);
      expect(result.ok).toBe(false);
    },
  );

  it('accepts 0 ("presence required") only when asked, for requirements', () => {
    expect(parseLevel(0, scale, { allowPresence: true })).toBe(0);
    expect(parseLevel('0', scale, { allowPresence: true })).toBe(0);
    const result = tryParseLevel('Beginner', scale, { allowPresence: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.allowedLevels).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('honours an organisation scale other than 1..5 (labels map to min + index)', () => {
    const fourPoint: ProficiencyScale = { min: 1, max: 4, labels: ['Beginner', 'Intermediate', 'Advanced', 'Expert'] };
    expect(parseLevel('Beginner', fourPoint)).toBe(1);
    expect(parseLevel('expert', fourPoint)).toBe(4);
    expect(() => parseLevel(5, fourPoint)).toThrow(InvalidLevelError);
    const unlabeled: ProficiencyScale = { min: 0, max: 3, labels: [] };
    expect(parseLevel('0', unlabeled)).toBe(0);
    expect(() => parseLevel('Expert', unlabeled)).toThrow('allowed: 0, 1, 2, 3');
  });

  it('tryParseLevel returns the level without throwing', () => {
    expect(tryParseLevel('Advanced', scale)).toEqual({ ok: true, level: 4 });
  });

  it('a malformed scale is INVALID_SCALE', () => {
    expect(() => parseLevel(1, { min: 1, max: 5, labels: ['a', 'b'] })).toThrow(
      expect.objectContaining({ code: TaxonomyErrorCode.INVALID_SCALE }),
    );
  });
});
