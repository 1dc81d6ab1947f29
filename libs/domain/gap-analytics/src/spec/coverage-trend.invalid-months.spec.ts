import { coverageTrend } from '../index';
import { AS_OF, members, taxonomy } from './fixtures';

describe('coverageTrend — invalid months', () => {
  const base = { members: members('ana'), target: [], credentialsByPerson: new Map(), taxonomy, asOf: AS_OF };
  it.each([[0], [121], [1.5], [Number.NaN]])('rejects months = %p', (months) => {
    expect(() => coverageTrend({ ...base, months })).toThrow(expect.objectContaining({ code: 'GAP_INVALID_OPTION' }));
  });
  it('an empty target is fully ready in every month', () => {
    expect(coverageTrend({ ...base, months: 2 }).map((p) => p.readiness)).toEqual([1, 1]);
  });
  it('rejects an invalid asOf', () => {
    expect(() => coverageTrend({ ...base, asOf: new Date('nope') })).toThrow(expect.objectContaining({ code: 'GAP_INVALID_AS_OF' }));
  });
});
