import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '@skillproof/api-core';

/**
 * PostgreSQL errors that mean "the client sent a malformed value" (SQLSTATE class 22: e.g. 22P02 an id
 * that is not a UUID, 22021 a NUL byte in a string, 22007/22008 a bad date). They are the client's
 * fault, so they become BAD_USER_INPUT instead of INTERNAL_SERVER_ERROR.
 */
const INPUT_SQLSTATES = new Set(['22P02', '22021', '22007', '22008', '22003', '22001', '22023']);

/** SQLSTATE of a failed query, when it has one. */
function sqlState(error: QueryFailedError): string | undefined {
  const driverError = (error as QueryFailedError & { driverError?: { code?: unknown } }).driverError;
  return typeof driverError?.code === 'string' ? driverError.code : undefined;
}

/**
 * Expected, typed errors (bad input, not found...) go straight to the GraphQL error formatter
 * (formatGraphqlError) without being logged as server errors; malformed-value database errors are
 * turned into BAD_USER_INPUT. Anything else is rethrown (logged, reported as INTERNAL_SERVER_ERROR).
 */
@Catch(DomainError, QueryFailedError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError | QueryFailedError): DomainError {
    if (error instanceof DomainError) return error;
    const state = sqlState(error);
    if (state && INPUT_SQLSTATES.has(state)) {
      return new DomainError('BAD_USER_INPUT', 'A value has an invalid format (for example an id that is not a UUID, or a NUL character)', { sqlState: state });
    }
    throw error;
  }
}
