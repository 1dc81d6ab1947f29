/**
 * @skillproof/domain-gap-analytics — team skill gaps (PRODUCT.md §5): coverage, gap, readiness,
 * single points of knowledge, the skills matrix and the expiry forecast. Pure TypeScript: plain data
 * and an explicit `asOf` in, plain data out. Attained levels follow the matching rules (PRODUCT.md §4.1).
 */
export { teamSkillGaps } from './lib/team-skill-gaps';
export { teamReadiness } from './lib/team-readiness';
export { skillMatrix, DEFAULT_EXPIRING_WITHIN_DAYS } from './lib/skill-matrix';
export { coverageForecast, DEFAULT_FORECAST_DAYS } from './lib/coverage-forecast';
export { GapAnalyticsError, GapAnalyticsErrorCode } from './lib/gap-analytics.exception';
export type {
  TeamMember,
  TeamInput,
  TeamGapsInput,
  TeamSkillGap,
  SkillMatrixInput,
  SkillMatrixCell,
  SkillMatrix,
  CoverageForecastInput,
  ForecastSkillCoverage,
  CoverageForecastPoint,
} from './lib/gap-analytics.types';
export { coverageTrend, DEFAULT_TREND_MONTHS, MAX_TREND_MONTHS } from './lib/coverage-trend';
export type { CoverageTrendInput, CoverageTrendPoint } from './lib/coverage-trend';
export { expiringCredentials } from './lib/expiring-credentials';
export type { ExpiringCredentialsInput, ExpiringCredential } from './lib/expiring-credentials';
export { organizationSkillGaps } from './lib/organization-skill-gaps';
export type { TeamGapRows, OrganizationSkillGap } from './lib/organization-skill-gaps';
