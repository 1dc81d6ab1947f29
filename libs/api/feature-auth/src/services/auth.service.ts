import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from 'argon2';
import { DataSource } from 'typeorm';
import { DomainError, type Role } from '@skillproof/api-core';
import { AppUserEntity, PASSWORD_HASH_OPTIONS } from '@skillproof/api-data-access';
import { AuditService } from './audit.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { TokenService } from './token.service';

/** The one message for every failed sign-in (unknown email, wrong password, disabled account). */
export const LOGIN_FAILED_MESSAGE = 'Email or password is incorrect';

/** A signed-in user as the API shows it (no password hash). */
export interface AuthUser {
  id: string;
  organizationId: string;
  email: string;
  displayName: string;
  roles: Role[];
  personId: string | null;
}

/**
 * Sign-in with local accounts: argon2id password hashes, short-lived HS256 access tokens
 * (TokenService), failures that all look alike (same message and code UNAUTHENTICATED; an unknown
 * email still costs one argon2 verification), in-memory rate limiting per email + IP, and an audit
 * event for each success and failure.
 */
@Injectable()
export class AuthService {
  private readonly limiter = new LoginRateLimiter();
  private dummyHash?: Promise<string>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks `email` / `password` (email case-insensitive) and returns an access token with the user.
   * @throws DomainError UNAUTHENTICATED with LOGIN_FAILED_MESSAGE for any wrong credential, or a
   *   "too many attempts" message when the rate limit is hit.
   */
  async login(email: string, password: string, ip: string): Promise<{ accessToken: string; expiresAt: Date; user: AuthUser }> {
    const normalized = email.trim().toLowerCase();
    const wait = this.limiter.retryAfterMs(normalized, ip);
    if (wait > 0) {
      throw new DomainError('UNAUTHENTICATED', `Too many failed sign-ins: try again in ${Math.ceil(wait / 60_000)} minute(s)`, { retryAfterSeconds: Math.ceil(wait / 1000) });
    }
    const candidates = normalized.length <= 320 && password.length <= 1024
      ? await this.db.getRepository(AppUserEntity).createQueryBuilder('u').addSelect('u.passwordHash')
        .where('u.email = :email AND NOT u.disabled', { email: normalized }).orderBy('u.created_at').addOrderBy('u.id').getMany()
      : [];
    let user: AppUserEntity | undefined;
    for (const c of candidates) {
      if (!user && (await verify(c.passwordHash, password).catch(() => false))) user = c;
    }
    if (!candidates.length) await verify(await this.dummy(), password).catch(() => false); // same cost as a real check
    if (!user) {
      this.limiter.fail(normalized, ip);
      for (const orgId of new Set(candidates.map((c) => c.organizationId))) {
        await this.audit.record({ organizationId: orgId, actorUserId: null, action: 'auth.login_failed', subjectType: 'user', subjectId: null, details: { email: normalized, ip } });
      }
      throw new DomainError('UNAUTHENTICATED', LOGIN_FAILED_MESSAGE);
    }
    this.limiter.succeed(normalized, ip);
    const { token, expiresAt } = await this.tokens.issue({ userId: user.id, organizationId: user.organizationId, roles: user.roles, personId: user.personId });
    await this.audit.record({ organizationId: user.organizationId, actorUserId: user.id, action: 'auth.login', subjectType: 'user', subjectId: user.id, details: { ip } });
    return { accessToken: token, expiresAt, user: this.toUser(user) };
  }

  /** The user `id` of `organizationId` (null when unknown or disabled). */
  async findUser(organizationId: string, id: string): Promise<AuthUser | null> {
    const u = await this.db.getRepository(AppUserEntity).findOne({ where: { id, organizationId, disabled: false } });
    return u ? this.toUser(u) : null;
  }

  private toUser(u: AppUserEntity): AuthUser {
    return { id: u.id, organizationId: u.organizationId, email: u.email, displayName: u.displayName, roles: u.roles, personId: u.personId };
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hash('not-a-real-password-but-same-cost', PASSWORD_HASH_OPTIONS);
    return this.dummyHash;
  }
}
