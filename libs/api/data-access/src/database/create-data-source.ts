import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';

export interface DataSourceOptions {
  /** postgres://user:pass@host:port/db */
  url: string;
  /** Log every SQL statement (debugging). */
  logging?: boolean;
  /** Pool size (default 10). */
  poolSize?: number;
}

/**
 * The one TypeORM DataSource for PostgreSQL. Schema comes from migrations only (`synchronize` is off);
 * uuid generation uses core `gen_random_uuid()` (no extension installed).
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    // Failed statements are not logged here: the error reaches the caller, and the API logs the
    // unexpected ones once with the request id (a malformed id answered NOT_FOUND is not an error).
    logging: options.logging ? ['query', 'error'] : false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: options.poolSize ?? 10,
    extra: { connectionTimeoutMillis: 10_000 },
  });
}

/** Applies pending migrations; returns the names applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
