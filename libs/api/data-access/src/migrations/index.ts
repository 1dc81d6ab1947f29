import { InitialSchema1764460800000 } from './1764460800000-initial-schema';
import { ImportJobs1764547200000 } from './1764547200000-import-jobs';
import { MatchingFastPath1764633600000 } from './1764633600000-matching-fast-path';
import { LearningAssignments1764720000000 } from './1764720000000-learning-assignments';
import { AuthAndAudit1764806400000 } from './1764806400000-auth-and-audit';

/** Migrations in order. The schema is changed by migrations only (never `synchronize`). */
export const MIGRATIONS = [InitialSchema1764460800000, ImportJobs1764547200000, MatchingFastPath1764633600000, LearningAssignments1764720000000, AuthAndAudit1764806400000];
