import { Injectable, Logger } from '@nestjs/common';
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

/** Longest e-mail looked up and kept in the audit (the app_user limit). */
const MAX_EMAIL_LENGTH = 320;
/** Longest password checked; longer ones fail without hashing them in full. */
const MAX_PASSWORD_LENGTH = 1024;

/** `s` without what PostgreSQL text/jsonb refuses: NUL and unpaired UTF-16 surrogates become U+FFFD. */
function safeText(s: string): string {
  return s.replaceAll('\u0000', '\ufffd').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

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
 * event for each success and for every failure (also unknown, empty or oversized e-mails).
 */
@Injectable()
export class AuthService {
  private readonly limiter = new LoginRateLimiter();
  private readonly log = new Logger('Auth');
  private dummyHash?: Promise<string>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks `email` / `password` (email case-insensitive) and returns an access token with the user.
   * Every failure (unknown, disabled or malformed e-mail, wrong or oversized password, rate limit) is
   * audited as `auth.login_failed` (see recordFailure) and answers the same way.
   * @param organizationHint the request's `X-Organization-Id` (unverified): where an attempt on an
   *   unknown e-mail is audited
   * @throws DomainError UNAUTHENTICATED with LOGIN_FAILED_MESSAGE for any wrong credential, or a
   *   "too many attempts" message when the rate limit is hit.
   */
  async login(email: string, password: string, ip: string, organizationHint?: string): Promise<{ accessToken: string; expiresAt: Date; user: AuthUser }> {
    const normalized = email.trim().toLowerCase();
    const key = normalized.slice(0, MAX_EMAIL_LENGTH); // rate limit and audit: bounded whatever the client sends
    const wait = this.limiter.retryAfterMs(key, ip);
    if (wait > 0) {
      await this.recordFailure(normalized, ip, 'rate_limited', organizationHint);
      throw new DomainError('UNAUTHENTICATED', `Too many failed sign-ins: try again in ${Math.ceil(wait / 60_000)} minute(s)`, { retryAfterSeconds: Math.ceil(wait / 1000) });
    }
    const malformed = normalized.length > MAX_EMAIL_LENGTH || password.length > MAX_PASSWORD_LENGTH || normalized.includes('\u0000');
    const candidates = malformed ? [] : await this.db.getRepository(AppUserEntity).createQueryBuilder('u').addSelect('u.passwordHash')
      .where('u.email = :email AND NOT u.disabled', { email: normalized }).orderBy('u.created_at').addOrderBy('u.id').getMany();
    let user: AppUserEntity | undefined;
    for (const c of candidates) {
      if (!user && (await verify(c.passwordHash, password).catch(() => false))) user = c;
    }
    // same cost as a real check (bounded input: an oversized password is not hashed in full)
    if (!candidates.length) await verify(await this.dummy(), password.slice(0, MAX_PASSWORD_LENGTH)).catch(() => false);
    if (!user) {
      this.limiter.fail(key, ip);
      await this.recordFailure(normalized, ip, malformed ? 'malformed' : candidates.length ? 'wrong_password' : 'unknown_or_disabled_account', organizationHint);
      throw new DomainError('UNAUTHENTICATED', LOGIN_FAILED_MESSAGE);
    }
    this.limiter.succeed(key, ip);
    const { token, expiresAt } = await this.tokens.issue({ userId: user.id, organizationId: user.organizationId, roles: user.roles, personId: user.personId });
    await this.audit.record({ organizationId: user.organizationId, actorUserId: user.id, action: 'auth.login', subjectType: 'user', subjectId: user.id, details: { ip } });
    return { accessToken: token, expiresAt, user: this.toUser(user) };
  }

  /**
   * Audits one failed sign-in as `auth.login_failed` (actor null) with details `{ email, emailLength,
   * ip, reason }`: the given e-mail trimmed, lower-cased, cut to 320 characters and made safe for
   * jsonb (NUL, lone surrogates → U+FFFD); never the password. The organisation(s): those with an
   * account (enabled or not) for that e-mail; else the one named by `X-Organization-Id`; else those
   * with accounts on the e-mail's domain; else every organisation (an attempt aimed at no known
   * tenant). One statement on every path, so the cost does not tell known from unknown e-mails. A
   * failure to record is logged, never shown to the client (the answer stays the same).
   */
  private async recordFailure(normalizedEmail: string, ip: string, reason: string, organizationHint: string | undefined): Promise<void> {
    const email = safeText(normalizedEmail.slice(0, MAX_EMAIL_LENGTH));
    const domain = email.includes('@') ? email.slice(email.lastIndexOf('@') + 1) : '';
    const details = { email, emailLength: normalizedEmail.length, ip: safeText(ip.slice(0, 100)), reason };
    try {
      await this.db.query(
        `WITH exact AS (SELECT DISTINCT organization_id AS id FROM app_user WHERE email = $1),
              hinted AS (SELECT id FROM organization WHERE id::text = lower($2) AND NOT EXISTS (SELECT 1 FROM exact)),
              same_domain AS (SELECT DISTINCT organization_id AS id FROM app_user
                WHERE $3 <> '' AND split_part(email, '@', 2) = $3 AND NOT EXISTS (SELECT 1 FROM exact) AND NOT EXISTS (SELECT 1 FROM hinted)),
              any_org AS (SELECT id FROM organization
                WHERE NOT EXISTS (SELECT 1 FROM exact) AND NOT EXISTS (SELECT 1 FROM hinted) AND NOT EXISTS (SELECT 1 FROM same_domain))
         INSERT INTO audit_event (organization_id, actor_user_id, action, subject_type, subject_id, details)
         SELECT id, NULL, 'auth.login_failed', 'user', NULL, $4::jsonb
         FROM (SELECT id FROM exact UNION SELECT id FROM hinted UNION SELECT id FROM same_domain UNION SELECT id FROM any_org) target`,
        [email, safeText(organizationHint ?? ''), domain, JSON.stringify(details)],
      );
    } catch (e) {
      this.log.error(`auth.login_failed not recorded: ${e instanceof Error ? e.message : String(e)}`);
    }
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
