import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { decodeCursor, DomainError, fromPage, pageSize, type RequestContext } from '@skillproof/api-core';
import { Public, Roles } from '../decorators/roles.decorator';
import { AuditEventConnection, LoginPayload, UserModel, type RoleEnum } from '../models/auth.model';
import { AuditService } from '../services/audit.service';
import { clientIpOf, organizationHintOf } from '../services/auth-context';
import { AuthService, type AuthUser } from '../services/auth.service';

const toUserModel = (u: AuthUser): UserModel => ({ id: u.id, email: u.email, displayName: u.displayName, roles: u.roles as RoleEnum[], personId: u.personId });

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService, private readonly audit: AuditService) {}

  @Public()
  @Mutation(() => LoginPayload, {
    description: 'Signs in with a local account (email case-insensitive). Errors: UNAUTHENTICATED with the same message for an unknown email and a wrong password (and after too many failures per email and IP: a "try again" message).',
  })
  async login(@Context() ctx: RequestContext, @Args('email') email: string, @Args('password') password: string): Promise<LoginPayload> {
    const r = await this.auth.login(email, password, clientIpOf(ctx), organizationHintOf(ctx));
    return { accessToken: r.accessToken, expiresAt: r.expiresAt, user: toUserModel(r.user) };
  }

  @Query(() => UserModel, { description: 'The signed-in user. Errors: UNAUTHENTICATED.' })
  async me(@Context() ctx: RequestContext): Promise<UserModel> {
    const u = ctx.user && (await this.auth.findUser(ctx.organizationId, ctx.user.id));
    if (!u) throw new DomainError('UNAUTHENTICATED', 'Your account no longer exists or is disabled');
    return toUserModel(u);
  }

  @Roles('ADMIN')
  @Query(() => AuditEventConnection, { description: 'The audit log of the organisation, newest first (ADMIN only). Errors: FORBIDDEN, BAD_USER_INPUT (first, after).' })
  async auditEvents(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AuditEventConnection> {
    const size = pageSize(first, 50);
    const offset = decodeCursor(after);
    const { rows, total } = await this.audit.page(ctx.organizationId, size, offset);
    return fromPage(rows.map((e) => ({ ...e, details: JSON.stringify(e.details ?? {}) })), total, offset);
  }
}
