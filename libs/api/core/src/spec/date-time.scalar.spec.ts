import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLError, Kind } from 'graphql';
import { DATE_TIME_DESCRIPTION, MAX_DATE_TIME, MIN_DATE_TIME, parseDateTime, serializeDateTime } from '../graphql/date-time.scalar';

const codeOf = (f: () => unknown): unknown => {
  try { f(); } catch (e) { return e instanceof GraphQLError ? e.extensions['code'] : 'not a GraphQLError'; }
  return 'accepted';
};

describe('DateTime scalar', () => {
  it('accepts ISO instants with a zone and plain dates within 1900..9999', () => {
    expect(parseDateTime('2019-12-03T09:54:33Z').toISOString()).toBe('2019-12-03T09:54:33.000Z');
    expect(parseDateTime('2019-12-03T10:54:33.5+01:00').toISOString()).toBe('2019-12-03T09:54:33.500Z');
    expect(parseDateTime('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDateTime('1900-01-01T00:00:00Z')).toEqual(MIN_DATE_TIME);
    expect(parseDateTime('9999-12-31T23:59:59.999Z')).toEqual(MAX_DATE_TIME);
  });

  it.each(['+275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '9999-12-31T23:59:59-01:00', '2025-02-30', '2025-13-01T00:00:00Z',
    '2025-01-01T25:00:00Z', 'yesterday', '', '2025-01-01T00:00:00', 1700000000000, null, {}])(
    'refuses %j with BAD_USER_INPUT', (value) => {
      expect(codeOf(() => parseDateTime(value))).toBe('BAD_USER_INPUT');
    });

  it("is installed on Nest's GraphQLISODateTime (variables and literals), with the range in its description", () => {
    expect(GraphQLISODateTime.description).toBe(DATE_TIME_DESCRIPTION);
    expect(DATE_TIME_DESCRIPTION).toMatch(/1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z/);
    expect(codeOf(() => GraphQLISODateTime.parseValue('+275760-09-13T00:00:00Z'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => GraphQLISODateTime.parseLiteral({ kind: Kind.STRING, value: '+275760-09-13T00:00:00Z' }, {}))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => GraphQLISODateTime.parseLiteral({ kind: Kind.INT, value: '1' }, {}))).toBe('BAD_USER_INPUT');
    expect(GraphQLISODateTime.serialize(new Date('2020-01-01T00:00:00Z'))).toBe('2020-01-01T00:00:00.000Z');
    expect(() => serializeDateTime(new Date(Number.NaN))).toThrow(GraphQLError);
  });
});
