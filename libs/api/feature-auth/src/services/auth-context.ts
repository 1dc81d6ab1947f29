import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError, type RequestContext } from '@skillproof/api-core';
import { TokenService, type AccessClaims } from './token.service';

/** What the guard needs to know about a request besides the RequestContext. */
interface RequestMeta {
  /** Why the request is not authenticated (missing, invalid, expired token; organisation mismatch). */
  failure?: DomainError;
  /** Client IP (rate limiting and audit of sign-ins). */
  ip: string;
  /** Raw `X-Organization-Id` header (first 64 characters): where an anonymous failed sign-in is audited. */
  organizationHint?: string;
}

// An enumerable symbol property: it survives the per-operation copies Apollo Server and Nest make of
// the context object (a WeakMap keyed by the original object would not), and is no GraphQL field.
const META = Symbol('skillproof.auth');
const metaOf = (ctx: object): RequestMeta | undefined => (ctx as { [META]?: RequestMeta })[META];

/** The authentication failure recorded for `ctx` by AuthContextFactory (undefined when signed in). */
export const authFailureOf = (ctx: object): DomainError | undefined => metaOf(ctx)?.failure;
/** The client IP recorded for `ctx`. */
export const clientIpOf = (ctx: object): string => metaOf(ctx)?.ip ?? 'unknown';
/** The `X-Organization-Id` header the client sent with `ctx` (unverified; undefined when absent). */
export const organizationHintOf = (ctx: object): string | undefined => metaOf(ctx)?.organizationHint;

/**
 * Builds the per-request context from `Authorization: Bearer <access token>`: the organisation and the
 * user come from the verified token (never from the client). `X-Organization-Id` is accepted only
 * when it names the token's organisation (otherwise FORBIDDEN). It never throws: a failure is kept
 * for the AuthGuard, so that `login` works whatever header a client sends.
 */
@Injectable()
export class AuthContextFactory {
  constructor(private readonly tokens: TokenService) {}

  /** Verifies the request's token; see the class docs. */
  async authenticate(req: Pick<Request, 'header' | 'ip'>): Promise<{ claims?: AccessClaims; failure?: DomainError }> {
    const header = req.header('authorization');
    if (!header) return { failure: new DomainError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <accessToken> (mutation login)') };
    const m = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
    if (!m) return { failure: new DomainError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <accessToken>"') };
    let claims: AccessClaims;
    try {
      claims = await this.tokens.verify(m[1]);
    } catch (e) {
      return { failure: e instanceof DomainError ? e : new DomainError('UNAUTHENTICATED', 'The access token is invalid: sign in again') };
    }
    const org = req.header('x-organization-id');
    if (org && org.trim().toLowerCase() !== claims.organizationId.toLowerCase()) {
      return { failure: new DomainError('FORBIDDEN', 'X-Organization-Id differs from the organisation of your access token') };
    }
    return { claims };
  }

  /** The RequestContext of a GraphQL request (organizationId '' and no user when not authenticated). */
  async create(req: Request): Promise<RequestContext> {
    const ctx: RequestContext = { organizationId: '', loaders: new Map() };
    const { claims, failure } = await this.authenticate(req);
    const hint = req.header('x-organization-id')?.trim().slice(0, 64);
    (ctx as { [META]?: RequestMeta })[META] = { failure, ip: req.ip ?? req.socket?.remoteAddress ?? 'unknown', ...(hint ? { organizationHint: hint } : {}) };
    if (claims) {
      ctx.organizationId = claims.organizationId;
      ctx.user = { id: claims.userId, roles: claims.roles, personId: claims.personId };
    }
    return ctx;
  }
}
