import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The one validated configuration (nothing else reads `process.env`). Every variable is listed in
 * `.env.example` at the repository root.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** HTTP port of the API and dashboard (same origin). */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** PostgreSQL URL; unset → the embedded PostgreSQL in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder for the embedded database (ignored by git). */
  DATA_DIR: z.string().default('.data'),
  /** Port of the embedded PostgreSQL (127.0.0.1 only). */
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Public origin of this server, used in the status-list URLs of credentials the demo issues. */
  PUBLIC_URL: z.string().url().optional(),
  /** Load the demo organisation at start when it is not there yet. */
  SEED_DEMO: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Folder of the built dashboard served on `/`. */
  DASHBOARD_DIST: z.string().default('dist/apps/dashboard'),
  /** Folder of the reference data (skills, jobs, catalogue). */
  REFERENCE_DATA_DIR: z.string().default('data/reference'),
  /** Log every SQL statement. */
  SQL_LOGGING: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Never fetch anything over the network during verification (did:web, hosted OB 2.0, remote status lists). Default: true under NODE_ENV=test, else false. */
  OFFLINE_VERIFICATION: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Worker threads verifying bulk imports; unset → min(2, available cores). */
  IMPORT_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Minutes between scheduled re-verifications (INDETERMINATE, and VERIFIED with status or expiry); 0 disables. */
  REVERIFY_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
  /** HS256 key of the access tokens (≥ 32 characters). Required in production with DATABASE_URL; else generated once into DATA_DIR/jwt-secret. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Lifetime of an access token in minutes. */
  ACCESS_TOKEN_TTL_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl?: string;
  dataDir: string;
  embeddedDbPort: number;
  /** Origin without trailing slash, e.g. `http://localhost:3000`. */
  publicUrl: string;
  seedDemo: boolean;
  dashboardDist: string;
  referenceDataDir: string;
  sqlLogging: boolean;
  /** OFFLINE_VERIFICATION: no network fetch at all during verification. */
  offlineVerification: boolean;
  /** IMPORT_WORKERS: size of the bulk-import verification pool (undefined → min(2, cores)). */
  importWorkers?: number;
  /** REVERIFY_INTERVAL_MINUTES: scheduled re-verification period in minutes; 0 disables. */
  reverifyIntervalMinutes: number;
  /** JWT_SECRET: HS256 key of the access tokens; undefined → generated and kept in `<dataDir>/jwt-secret` (resolveJwtSecret). */
  jwtSecret?: string;
  /** ACCESS_TOKEN_TTL_MINUTES: access-token lifetime in minutes (default 15). */
  accessTokenTtlMinutes: number;
}

/** Error thrown at boot when the environment is invalid; lists every bad variable. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/**
 * Validates `env` and returns the typed configuration. Relative folders resolve against `cwd`.
 * @throws ConfigError naming each invalid variable.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.JWT_SECRET) {
    throw new ConfigError('Invalid environment:\n  JWT_SECRET: required in production with DATABASE_URL (at least 32 random characters, e.g. `openssl rand -base64 48`)');
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(cwd, e.DATA_DIR),
    embeddedDbPort: e.EMBEDDED_DB_PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    seedDemo: e.SEED_DEMO,
    dashboardDist: resolve(cwd, e.DASHBOARD_DIST),
    referenceDataDir: resolve(cwd, e.REFERENCE_DATA_DIR),
    sqlLogging: e.SQL_LOGGING,
    offlineVerification: e.OFFLINE_VERIFICATION ?? e.NODE_ENV === 'test',
    importWorkers: e.IMPORT_WORKERS,
    reverifyIntervalMinutes: e.REVERIFY_INTERVAL_MINUTES,
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlMinutes: e.ACCESS_TOKEN_TTL_MINUTES,
  };
}

/** Nest injection token of the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
