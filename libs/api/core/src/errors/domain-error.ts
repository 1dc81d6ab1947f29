/**
 * Error codes the API reports in `extensions.code` (../shared/design/API.md).
 * Business code throws `DomainError` with one of these; one mapper turns it into a GraphQL error.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Shorthand for a NOT_FOUND error naming the entity and id. */
export const notFound = (entity: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `${entity} ${id} was not found`, { entity, id });

/** Shorthand for a BAD_USER_INPUT error naming the field. */
export const badInput = (field: string, message: string): DomainError =>
  new DomainError('BAD_USER_INPUT', message, { field });
