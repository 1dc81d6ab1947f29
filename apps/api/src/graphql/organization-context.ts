import type { Request } from 'express';
import type { RequestContext } from '@skillproof/api-core';
import type { AuthContextFactory } from '@skillproof/api-feature-auth';

/**
 * The GraphQL context function: which organisation a request works in and who is asking. Since
 * sign-in exists (issue 5) both come from the verified access token (`Authorization: Bearer`), never
 * from the client: `X-Organization-Id` is only accepted when it equals the token's organisation
 * (otherwise FORBIDDEN). A request without a valid token gets an empty context; the AuthGuard then
 * answers UNAUTHENTICATED (HTTP 401) for every operation except `login`.
 */
export function organizationContext(auth: AuthContextFactory): (args: { req: Request }) => Promise<RequestContext> {
  return ({ req }) => auth.create(req);
}
