import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { SkillModel } from '@skillproof/api-feature-catalog';
import { CredentialModel, PersonModel } from '@skillproof/api-feature-people';
import { TeamModel } from './team.model';

@ObjectType('ForecastPoint', { description: 'Coverage of one target skill at one forecast horizon (PRODUCT.md §5 expiry forecast): a flat list, one row per (days, skill).' })
export class ForecastPointModel {
  @Field(() => Int, { description: 'Horizon in days after `asOf` (0 = today).' }) days!: number;
  @Field(() => GraphQLISODateTime, { description: 'asOf + days × 24 h (UTC).' }) date!: Date;
  @Field(() => String, { description: 'Canonical skill id.' }) skillId!: string;
  @Field(() => SkillModel) skill!: SkillModel;
  @Field(() => Int, { description: "Minimum level on the organisation's scale (1..5 by default)." }) minLevel!: number;
  @Field(() => Int, { description: 'People needed at minLevel or above.' }) needed!: number;
  @Field(() => Int, { description: 'Members still covering the skill at that date, given credential expiry dates.' }) covered!: number;
  @Field(() => Int, { description: 'max(0, needed − covered).' }) gap!: number;
  @Field(() => Float, { description: "The team's readiness (0..1) at that horizon, over all target skills (same on every row of a horizon)." }) readiness!: number;
}

@ObjectType('TrendSkillCoverage', { description: 'Coverage of one target skill at one month end.' })
export class TrendSkillCoverageModel {
  @Field(() => String) skillId!: string;
  @Field(() => SkillModel) skill!: SkillModel;
  @Field(() => Int) minLevel!: number;
  @Field(() => Int) needed!: number;
  @Field(() => Int, { description: 'Members covering the skill at that instant, rebuilt from credential issue and expiry dates.' }) covered!: number;
  @Field(() => Int, { description: 'max(0, needed − covered).' }) gap!: number;
}

@ObjectType('TrendPoint', { description: 'Team coverage at one month end (PRODUCT.md §5 trend).' })
export class TrendPointModel {
  @Field({ description: 'Calendar month, YYYY-MM (UTC).' }) month!: string;
  @Field(() => GraphQLISODateTime, { description: "Instant evaluated: the month's last millisecond (UTC), or asOf for the current month." }) date!: Date;
  @Field(() => Float, { description: 'Readiness 0..1 at that instant.' }) readiness!: number;
  @Field(() => [TrendSkillCoverageModel], { description: 'Per target skill, target order.' }) skills!: TrendSkillCoverageModel[];
}

@ObjectType('ExpiringCredential', { description: "A member's counting (VERIFIED, current) credential that expires within the window." })
export class ExpiringCredentialModel {
  @Field(() => PersonModel) member!: PersonModel;
  @Field(() => CredentialModel) credential!: CredentialModel;
  @Field(() => GraphQLISODateTime, { description: 'Expiry instant (UTC); from then on it no longer counts.' }) validUntil!: Date;
  @Field(() => [SkillModel], { description: 'Skills the credential is aligned to (those it stops proving).' }) skills!: SkillModel[];
}

@ObjectType('OrganizationSkillGap', { description: 'Organisation-wide coverage of one skill across teams.' })
export class OrganizationSkillGapModel {
  @Field(() => SkillModel) skill!: SkillModel;
  @Field(() => Int, { description: 'Σ needed over the teams targeting the skill.' }) needed!: number;
  @Field(() => Int, { description: "Σ min(covered, needed) per team (a team's surplus never fills another team's gap)." }) covered!: number;
  @Field(() => Int, { description: 'Σ per-team gap = needed − covered.' }) gap!: number;
  @Field(() => [TeamModel], { description: 'Teams targeting the skill.' }) teams!: TeamModel[];
  @Field(() => [TeamModel], { description: 'Teams with a gap on the skill.' }) teamsAffected!: TeamModel[];
}
