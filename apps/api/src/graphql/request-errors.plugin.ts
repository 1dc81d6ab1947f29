// Typed from the ESM build, like @nestjs/apollo's options (the CJS and ESM declarations are distinct types).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server' with { 'resolution-mode': 'import' };
import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { GraphQLError } from 'graphql';
import { formatGraphqlError } from '@skillproof/api-core';

/** A client-supplied `X-Request-Id` is kept only when it looks like an id (no log injection). */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** What the plugin writes to: Nest's logger by default (tests pass their own). */
export interface ErrorLog {
  error(message: string, stack?: string): void;
}

/** True when `error` is not an expected, typed error: the API answers it as INTERNAL_SERVER_ERROR. */
export function isUnexpectedError(error: GraphQLError): boolean {
  return formatGraphqlError(error.toJSON(), error, false).extensions?.['code'] === 'INTERNAL_SERVER_ERROR';
}

/**
 * Gives every GraphQL request an id (the client's `X-Request-Id` when it looks like one, else a random
 * UUID), returned in the `X-Request-Id` response header; logs every unexpected error (anything the
 * response shows as INTERNAL_SERVER_ERROR: a bug, a database failure…) ONCE, with the request id, the
 * operation, the path and the stack; and adds `extensions.requestId` to those errors in the response so
 * a user can quote it. Typed errors (BAD_USER_INPUT, NOT_FOUND, …) are not logged: they are the client's.
 */
export function requestErrorsPlugin<TContext extends BaseContext>(log: ErrorLog = new Logger('GraphQL')): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const header = request.http?.headers.get('x-request-id');
      const requestId = header && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
      return {
        async didEncounterErrors(ctx) {
          for (const error of ctx.errors) {
            if (!isUnexpectedError(error)) continue;
            const original = error.originalError ?? error;
            const where = `${ctx.operationName ?? ctx.operation?.operation ?? 'unnamed operation'}${error.path ? ` at ${error.path.join('.')}` : ''}`;
            log.error(`request ${requestId}: ${where}: ${original.message}`, original.stack);
          }
        },
        async willSendResponse(ctx) {
          ctx.response.http.headers.set('x-request-id', requestId);
          const body = ctx.response.body;
          if (body.kind !== 'single' || !body.singleResult.errors) return;
          body.singleResult.errors = body.singleResult.errors.map((e) =>
            e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR' ? { ...e, extensions: { ...e.extensions, requestId } } : e);
        },
      };
    },
  };
}
