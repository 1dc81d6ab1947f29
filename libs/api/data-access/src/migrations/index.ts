import { InitialSchema1764460800000 } from './1764460800000-initial-schema';
import { ImportJobs1764547200000 } from './1764547200000-import-jobs';
import { MatchingFastPath1764633600000 } from './1764633600000-matching-fast-path';
import { LearningAssignments1764720000000 } from './1764720000000-learning-assignments';
import { AuthAndAudit1764806400000 } from './1764806400000-auth-and-audit';
import { HiringPipeline1764892800000 } from './1764892800000-hiring-pipeline';
import { TeamGapsFastPath1765065600000 } from './1765065600000-team-gaps-fast-path';
import { JobMatchBound1765065600001 } from './1765065600001-job-match-bound';

/** Migrations in order. The schema is changed by migrations only (never `synchronize`). */
export const MIGRATIONS = [InitialSchema1764460800000, ImportJobs1764547200000, MatchingFastPath1764633600000, LearningAssignments1764720000000, AuthAndAudit1764806400000, HiringPipeline1764892800000, TeamGapsFastPath1765065600000, JobMatchBound1765065600001];
