import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { loadConfig } from '@skillproof/api-core';
import { resolveJwtSecret } from '../services/jwt-secret';
import { TokenService } from '../services/token.service';

const SECRET = 'unit-test-secret-0123456789abcdef0123456789';
const ORG = '11111111-1111-4111-8111-111111111111';
const USER = '22222222-2222-4222-8222-222222222222';
const service = (secret = SECRET) => new TokenService(loadConfig({ JWT_SECRET: secret, NODE_ENV: 'test' }));
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('TokenService', () => {
  it('issues an HS256 token that verifies back to its claims, expiring after ACCESS_TOKEN_TTL_MINUTES', async () => {
    const now = new Date();
    const { token, expiresAt } = await service().issue({ userId: USER, organizationId: ORG, roles: ['HR'], personId: null }, now);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toMatchObject({ alg: 'HS256' });
    expect(Math.round((expiresAt.getTime() - now.getTime()) / 60_000)).toBe(15);
    await expect(service().verify(token)).resolves.toEqual({ userId: USER, organizationId: ORG, roles: ['HR'], personId: null });
  });

  it('refuses tokens signed with another secret, expired, alg none, wrong audience or malformed (UNAUTHENTICATED)', async () => {
    const key = new TextEncoder().encode(SECRET);
    const base = () => new SignJWT({ org: ORG, roles: ['ADMIN'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer('skillproof').setSubject(USER);
    const forged = (await service('another-secret-0123456789abcdef0123456789').issue({ userId: USER, organizationId: ORG, roles: ['ADMIN'], personId: null })).token;
    const expired = await base().setAudience('skillproof-api').setIssuedAt(1_700_000_000).setExpirationTime(1_700_000_060).sign(key);
    const wrongAud = await base().setAudience('other').setIssuedAt().setExpirationTime('5m').sign(key);
    const none = `${b64({ alg: 'none' })}.${b64({ sub: USER, org: ORG, roles: ['ADMIN'], iss: 'skillproof', aud: 'skillproof-api', exp: 4_000_000_000 })}.`;
    for (const token of [forged, expired, wrongAud, none, 'garbage']) {
      await expect(service().verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    await expect(service().verify(expired)).rejects.toThrow(/expired/);
  });
});

describe('resolveJwtSecret', () => {
  it('uses JWT_SECRET when set; otherwise generates one into DATA_DIR once and reuses it', () => {
    expect(new TextDecoder().decode(resolveJwtSecret(SECRET, '/nonexistent'))).toBe(SECRET);
    const dir = mkdtempSync(join(tmpdir(), 'sp-secret-'));
    const a = resolveJwtSecret(undefined, dir);
    const b = resolveJwtSecret(undefined, dir);
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(new TextDecoder().decode(a));
  });
});
