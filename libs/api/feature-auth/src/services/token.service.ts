import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG, DomainError, type AppConfig, type Role } from '@skillproof/api-core';
import { resolveJwtSecret } from './jwt-secret';

/** Issuer and audience of every access token. */
export const TOKEN_ISSUER = 'skillproof';
export const TOKEN_AUDIENCE = 'skillproof-api';
const ROLES: ReadonlySet<string> = new Set<Role>(['ADMIN', 'HR', 'MANAGER', 'LND']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The verified claims of an access token. */
export interface AccessClaims {
  userId: string;
  organizationId: string;
  roles: Role[];
  personId: string | null;
}

/**
 * Short-lived access tokens: JWT, HS256 only (`alg: none` and every other algorithm are refused),
 * claims `iss` = skillproof, `aud` = skillproof-api, `sub` = user id, `org` = organisation id,
 * `roles`, `pid` = person id, `iat`, `exp` = iat + ACCESS_TOKEN_TTL_MINUTES.
 */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = resolveJwtSecret(config.jwtSecret, config.dataDir);
    this.ttlSeconds = config.accessTokenTtlMinutes * 60;
  }

  /** Signs an access token for `claims`; returns the compact JWT and its expiry instant (UTC). */
  async issue(claims: AccessClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const token = await new SignJWT({ org: claims.organizationId, roles: claims.roles, pid: claims.personId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE).setSubject(claims.userId)
      .setIssuedAt(iat).setExpirationTime(iat + this.ttlSeconds)
      .sign(this.key);
    return { token, expiresAt: new Date((iat + this.ttlSeconds) * 1000) };
  }

  /**
   * Verifies signature (HS256 with this server's key), issuer, audience and expiry, and the claim shapes.
   * @throws DomainError UNAUTHENTICATED for anything else (forged, expired, `alg: none`, malformed).
   */
  async verify(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, requiredClaims: ['exp', 'sub'] });
      const roles = Array.isArray(payload['roles']) ? payload['roles'].filter((r): r is Role => typeof r === 'string' && ROLES.has(r)) : [];
      const org = payload['org'];
      const pid = payload['pid'];
      if (!payload.sub || !UUID.test(payload.sub) || typeof org !== 'string' || !UUID.test(org) || !roles.length) throw new Error('claims');
      return { userId: payload.sub, organizationId: org, roles, personId: typeof pid === 'string' && UUID.test(pid) ? pid : null };
    } catch (e) {
      const expired = e instanceof Error && (e as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw new DomainError('UNAUTHENTICATED', expired ? 'The access token has expired: sign in again' : 'The access token is invalid: sign in again');
    }
  }
}
