import { type ArgumentsHost, Catch, HttpException, Inject } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { QueryFailedError } from 'typeorm';
import { APP_CONFIG, DomainError, type AppConfig, type ErrorCode } from '@skillproof/api-core';

/**
 * PostgreSQL errors that mean "the client sent a malformed value" (SQLSTATE class 22), with the message
 * the client gets. They are the client's fault, so they become BAD_USER_INPUT instead of
 * INTERNAL_SERVER_ERROR. (22P02 on a uuid is handled apart: an id that cannot exist is NOT_FOUND.)
 */
const INPUT_SQLSTATES: ReadonlyMap<string, string> = new Map([
  ['22P02', 'A value has an invalid format'],
  ['22021', 'A text contains a character that cannot be stored (for example a NUL character)'],
  ['22007', 'A date or time has an invalid format'],
  ['22008', 'A date or time is out of range'],
  ['22003', 'A number is out of range (too large, too small or too precise to be stored)'],
  ['22001', 'A text is longer than allowed'],
  ['22023', 'A value is not allowed here'],
]);

/** `invalid input syntax for type uuid: "abc"` → `abc`. */
const UUID_SYNTAX = /invalid input syntax for type uuid: "(.*)"/s;

/** HTTP status of a DomainError answered outside GraphQL (REST routes). */
const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INTERNAL_SERVER_ERROR: 500,
};

/** SQLSTATE of a failed query, when it has one. */
function sqlState(error: QueryFailedError): string | undefined {
  const driverError = (error as QueryFailedError & { driverError?: { code?: unknown } }).driverError;
  return typeof driverError?.code === 'string' ? driverError.code : undefined;
}

/**
 * The error a failed query means for the client: a uuid that is not one → NOT_FOUND (no record can
 * have that id: the same answer as a well-formed unknown id); other SQLSTATE class 22 errors →
 * BAD_USER_INPUT with a message per state (the SQLSTATE itself only in `details` when
 * `exposeSqlState`, i.e. development); anything else → null (unexpected).
 */
export function queryFailureToDomainError(error: QueryFailedError, exposeSqlState: boolean): DomainError | null {
  const state = sqlState(error);
  if (!state) return null;
  const uuid = state === '22P02' ? UUID_SYNTAX.exec(error.message) : null;
  if (uuid) return new DomainError('NOT_FOUND', `Nothing has the id "${uuid[1].slice(0, 100)}" (ids are UUIDs)`, { id: uuid[1].slice(0, 100) });
  const message = INPUT_SQLSTATES.get(state);
  if (!message) return null;
  return new DomainError('BAD_USER_INPUT', message, exposeSqlState ? { sqlState: state } : undefined);
}

/**
 * Every exception of a resolver or controller passes here (global APP_FILTER).
 * GraphQL: typed DomainErrors and malformed-value database errors (see {@link queryFailureToDomainError})
 * go to the GraphQL error formatter (formatGraphqlError) as typed errors; anything else goes on
 * unchanged and becomes INTERNAL_SERVER_ERROR there — logged once, with the request id, by
 * requestErrorsPlugin (not here, so it is not logged twice).
 * HTTP routes: a DomainError is answered `{ code, message, details }` with its status; anything else gets
 * Nest's default handling.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  override catch(error: unknown, host: ArgumentsHost): unknown {
    const mapped = error instanceof QueryFailedError ? queryFailureToDomainError(error, this.config.nodeEnv === 'development') ?? error : error;
    if (host.getType<GqlContextType>() === 'graphql') return mapped instanceof Error ? mapped : new Error(`Non-error thrown: ${String(mapped)}`);
    if (mapped instanceof DomainError) {
      return super.catch(new HttpException({ code: mapped.code, message: mapped.message, details: mapped.details ?? {} }, HTTP_STATUS[mapped.code]), host);
    }
    return super.catch(mapped, host);
  }
}
