import { InitialSchema1764460800000 } from './1764460800000-initial-schema';

/** Migrations in order. The schema is changed by migrations only (never `synchronize`). */
export const MIGRATIONS = [InitialSchema1764460800000];
