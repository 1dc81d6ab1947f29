import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The HS256 key of the access tokens: `configured` (JWT_SECRET) when set; otherwise the key kept in
 * `<dataDir>/jwt-secret`, generated once (48 random bytes, base64url, file mode 0600) so tokens survive
 * restarts of the embedded/dev setup. Production with DATABASE_URL must set JWT_SECRET (enforced by
 * loadConfig).
 */
export function resolveJwtSecret(configured: string | undefined, dataDir: string): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  const file = join(dataDir, 'jwt-secret');
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch {
    secret = '';
  }
  if (secret.length < 32) {
    mkdirSync(dataDir, { recursive: true });
    secret = randomBytes(48).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  }
  return new TextEncoder().encode(secret);
}
