import { type CanActivate, type ExecutionContext, HttpException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError, type RequestContext, type Role } from '@skillproof/api-core';
import { PUBLIC_KEY, ROLES_KEY } from '../decorators/roles.decorator';
import { decide, TYPE_FIELD_POLICY } from '../services/access-policy';
import { AccessPolicyService } from '../services/access-policy.service';
import { AuthContextFactory, authFailureOf } from '../services/auth-context';

/** REST routes open without a token: liveness and the public status lists verifiers fetch. */
const PUBLIC_PATHS = /^\/(health|status-lists)(\/|$)/;
/** Roles of REST routes without @Roles (bulk import is HR work); unknown routes are ADMIN-only. */
const ROUTE_ROLES: Record<string, readonly Role[]> = { '/imports': ['ADMIN', 'HR'] };
const HTTP_STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403 } as const;

/**
 * The global guard (APP_GUARD): every top-level GraphQL operation except `@Public()` ones (login) needs
 * a valid access token (else UNAUTHENTICATED, HTTP 401), then passes AccessPolicyService (roles and the
 * manager's team scope; else FORBIDDEN). Field resolvers of the types in TYPE_FIELD_POLICY (Team,
 * Person) pass AccessPolicyService.authorizeField (non-public fields: the rule of `team(id)` /
 * `person(id)` for that object; else FORBIDDEN on the field). REST routes other than /health and /status-lists need a token
 * too; for them the token's organisation is written into `X-Organization-Id` so the route works in it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly contexts: AuthContextFactory,
    private readonly policy: AccessPolicyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() === 'graphql') {
      // resolver arguments: (parent, args, context, info); field resolvers run this guard too
      // (fieldResolverEnhancers: ['guards']), so the cheap exits come first.
      const info = context.getArgByIndex<GraphQLResolveInfo>(3);
      const parent = info.parentType.name;
      if (parent !== 'Query' && parent !== 'Mutation' && parent !== 'Subscription') {
        const typePolicy = TYPE_FIELD_POLICY[parent];
        if (!typePolicy || typePolicy.publicFields.includes(info.fieldName)) return true;
        await this.policy.authorizeField(context.getArgByIndex<RequestContext>(2), parent, info.fieldName, context.getArgByIndex<unknown>(0));
        return true;
      }
      const gql = GqlExecutionContext.create(context);
      const { isPublic, roles } = this.decorations(context);
      if (isPublic) return true;
      const ctx = gql.getContext<RequestContext>();
      if (!ctx.user) {
        const failure = authFailureOf(ctx);
        if (failure?.code === 'FORBIDDEN') throw failure;
        throw new DomainError('UNAUTHENTICATED', failure?.message ?? 'Sign in first'); // HTTP 401: UnauthenticatedStatusPlugin
      }
      await this.policy.authorize(ctx.organizationId, ctx.user, `${parent}.${info.fieldName}`, gql.getArgs(), roles);
      return true;
    }
    if (context.getType() !== 'http') return true;
    const { isPublic, roles } = this.decorations(context);
    const req = context.switchToHttp().getRequest<Request>();
    if (isPublic || PUBLIC_PATHS.test(req.path)) return true;
    const { claims, failure } = await this.contexts.authenticate(req);
    if (!claims) {
      const code = failure?.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      throw new HttpException({ code, message: failure?.message ?? 'Sign in first' }, HTTP_STATUS[code]);
    }
    const allowed = roles ?? ROUTE_ROLES[req.path.replace(/\/+$/, '')] ?? ['ADMIN'];
    if (decide(claims.roles, allowed) === 'deny') {
      throw new HttpException({ code: 'FORBIDDEN', message: `Your role (${claims.roles.join(', ')}) may not use ${req.method} ${req.path}` }, 403);
    }
    req.headers['x-organization-id'] = claims.organizationId;
    return true;
  }

  /** `@Public()` and `@Roles()` of the handler (or its class). */
  private decorations(context: ExecutionContext): { isPublic: boolean; roles: Role[] | undefined } {
    const targets = [context.getHandler(), context.getClass()];
    return {
      isPublic: !!this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets),
      roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
    };
  }
}
