import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLError, Kind, type GraphQLScalarType, type ValueNode } from 'graphql';

/** Earliest instant the API accepts as a `DateTime` input: 1900-01-01T00:00:00Z. */
export const MIN_DATE_TIME = new Date(Date.UTC(1900, 0, 1));
/** Latest instant the API accepts as a `DateTime` input: 9999-12-31T23:59:59.999Z. */
export const MAX_DATE_TIME = new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999));

/**
 * ISO 8601 / RFC 3339 date-time with a time zone (`Z` or `±hh:mm`; `T` between date and time), or a plain date (`2025-01-31`, read as
 * midnight UTC). Seconds and fractions optional. Expanded years (`+275760-…`) are not ISO 8601 basic
 * profile and are refused.
 */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Description of the `DateTime` scalar in the schema (the accepted range is part of the contract). */
export const DATE_TIME_DESCRIPTION =
  'An instant as an ISO 8601 / RFC 3339 string with a time zone, such as 2019-12-03T09:54:33Z (always returned in UTC with milliseconds). ' +
  'Inputs must be between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z; a date without a time (2019-12-03) means midnight UTC. ' +
  'Anything else (an invalid date such as 2025-02-30, a number, an instant out of range) is BAD_USER_INPUT.';

const invalid = (message: string, value: unknown) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', value: typeof value === 'string' ? value.slice(0, 100) : String(value) } });

/**
 * Parses a `DateTime` input: a string of the ISO form above, a real calendar date (2025-02-30 is refused,
 * not rolled over), within {@link MIN_DATE_TIME}..{@link MAX_DATE_TIME}.
 * @throws GraphQLError with extensions.code BAD_USER_INPUT otherwise.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw invalid(`DateTime must be an ISO 8601 string such as 2019-12-03T09:54:33Z (got ${typeof value})`, value);
  const text = value.trim();
  if (!ISO_DATE_TIME.test(text)) throw invalid(`"${text.slice(0, 100)}" is not an ISO 8601 date-time such as 2019-12-03T09:54:33Z`, value);
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) throw invalid(`"${text.slice(0, 100)}" is not a valid date-time`, value);
  // Rejects calendar overflow (2025-02-30 → 2025-03-02): the written day must be the parsed day in the written offset.
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw invalid(`"${text.slice(0, 100)}" is not a valid date (no such day)`, value);
  }
  if (date < MIN_DATE_TIME || date > MAX_DATE_TIME) {
    throw invalid(`"${text.slice(0, 100)}" is out of range: a DateTime is between ${MIN_DATE_TIME.toISOString()} and ${MAX_DATE_TIME.toISOString()}`, value);
  }
  return date;
}

/** Serialises a Date (or an ISO string from the database) as an ISO string in UTC; an unreadable value is an error. */
export function serializeDateTime(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
  return date.toISOString();
}

/**
 * Hardens a `DateTime` scalar in place with {@link parseDateTime} / {@link serializeDateTime} and
 * {@link DATE_TIME_DESCRIPTION}. Applied to `@nestjs/graphql`'s `GraphQLISODateTime` (the `DateTime` every
 * model uses) when this library is loaded, so the served schema and the printed `schema.gql` both use it.
 */
export function hardenDateTimeScalar(scalar: GraphQLScalarType): GraphQLScalarType {
  const target = scalar as { -readonly [K in keyof GraphQLScalarType]: GraphQLScalarType[K] };
  target.description = DATE_TIME_DESCRIPTION;
  target.parseValue = parseDateTime;
  target.parseLiteral = (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw invalid(`DateTime must be an ISO 8601 string such as 2019-12-03T09:54:33Z`, ast.kind);
    return parseDateTime(ast.value);
  };
  target.serialize = serializeDateTime;
  return scalar;
}

hardenDateTimeScalar(GraphQLISODateTime);
