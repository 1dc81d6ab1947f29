import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@skillproof/api-core';

/**
 * Expected, typed errors (bad input, not found...) go straight to the GraphQL error formatter
 * (formatGraphqlError) without being logged as server errors.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
