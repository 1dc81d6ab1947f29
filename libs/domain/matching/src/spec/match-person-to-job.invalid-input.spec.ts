import { MatchingError, MatchingErrorCode, matchPersonToJob, prepareJob } from '../index';
import { AS_OF, requirement, taxonomy } from './fixtures';

describe('matchPersonToJob — bad input is a typed error; no requirements is a documented fit', () => {
  it.each([
    [{ weight: 0 }],
    [{ weight: -1 }],
    [{ weight: Number.NaN }],
    [{ weight: Number.POSITIVE_INFINITY }],
    [{ minLevel: -1 }],
    [{ minLevel: Number.NaN }],
    [{ skillId: '  ' }],
  ])('rejects requirement %j', (override) => {
    expect(() => prepareJob([{ ...requirement('sql', 3), ...override }], taxonomy)).toThrow(
      expect.objectContaining({ code: MatchingErrorCode.INVALID_REQUIREMENT }),
    );
  });

  it('rejects an invalid asOf', () => {
    expect(() =>
      matchPersonToJob({ personId: 'p1', requirements: [], credentials: [], taxonomy, asOf: new Date('nope') }),
    ).toThrow(MatchingError);
  });

  it('a job without requirements: fit 100, eligible (nothing required is missing)', () => {
    const result = matchPersonToJob({ personId: 'p1', requirements: [], credentials: [], taxonomy, asOf: AS_OF });
    expect(result).toMatchObject({ fit: 100, eligible: true, metCount: 0, requirements: [] });
  });
});
