import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError, notFound, requestLoader, type RequestContext } from '@skillproof/api-core';
import { CredentialEntity, PersonEntity, TeamEntity, TeamTargetSkillEntity, teamGapsInDatabase } from '@skillproof/api-data-access';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import { EvidenceService } from '@skillproof/api-feature-people';
import {
  coverageForecast,
  coverageTrend,
  expiringCredentials,
  GapAnalyticsError,
  organizationSkillGaps,
  type CoverageForecastPoint,
  type CoverageTrendPoint,
  type OrganizationSkillGap,
} from '@skillproof/domain-gap-analytics';
import type { CredentialEvidence, TargetSkill } from '@skillproof/domain-model';

/** Inputs of one team's analytics, loaded once per request and team (three queries). */
interface TeamData {
  members: PersonEntity[];
  target: TargetSkill[];
  credentialsByPerson: Map<string, CredentialEvidence[]>;
}

/** An expiring credential with its member and stored credential. */
export interface ExpiringCredentialRow {
  member: PersonEntity;
  credential: CredentialEntity;
  validUntil: Date;
  skillIds: string[];
}

/** Wall clock rounded down to the minute, so fields of one request share one instant. */
const nowToTheMinute = (): Date => new Date(Math.floor(Date.now() / 60_000) * 60_000);

/** Runs a pure gap-analytics call, turning its typed errors into BAD_USER_INPUT. */
function pure<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof GapAnalyticsError) throw new DomainError('BAD_USER_INPUT', e.message, { reason: e.code });
    throw e;
  }
}

/**
 * Expiry forecast, 12-month trend, expiring credentials and the organisation-wide view (PRODUCT.md
 * §5): loads members, target profiles and evidence in batches and calls the pure reference functions
 * of `@skillproof/domain-gap-analytics`. Every query is scoped by the organisation.
 */
@Injectable()
export class TeamInsightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly evidence: EvidenceService,
  ) {}

  /** Coverage per target skill at `asOf + d` for each `d` in `days` (default now). Errors: BAD_USER_INPUT. */
  async forecast(ctx: RequestContext, teamId: string, days: readonly number[], asOf?: Date | null): Promise<CoverageForecastPoint[]> {
    if (days.length > 24 || days.some((d) => !Number.isSafeInteger(d) || d < 0 || d > 3650)) {
      throw new DomainError('BAD_USER_INPUT', 'days must be at most 24 integers in 0..3650', { field: 'days' });
    }
    const [data, { taxonomy }] = await Promise.all([this.teamData(ctx, teamId), this.taxonomy.get()]);
    return pure(() => coverageForecast({ ...this.input(data), taxonomy, target: data.target, asOf: asOf ?? nowToTheMinute(), days }));
  }

  /** Coverage per target skill at each of the last `months` month ends (default 12). Errors: BAD_USER_INPUT. */
  async trend(ctx: RequestContext, teamId: string, months: number, asOf?: Date | null): Promise<CoverageTrendPoint[]> {
    const [data, { taxonomy }] = await Promise.all([this.teamData(ctx, teamId), this.taxonomy.get()]);
    return pure(() => coverageTrend({ ...this.input(data), taxonomy, target: data.target, asOf: asOf ?? nowToTheMinute(), months }));
  }

  /** Members' counting credentials expiring within `withinDays` (default 90), soonest first. Errors: BAD_USER_INPUT. */
  async expiring(ctx: RequestContext, teamId: string, withinDays: number, asOf?: Date | null): Promise<ExpiringCredentialRow[]> {
    const data = await this.teamData(ctx, teamId);
    const rows = pure(() => expiringCredentials({ ...this.input(data), asOf: asOf ?? nowToTheMinute(), withinDays }));
    if (rows.length === 0) return [];
    const entities = await this.db.getRepository(CredentialEntity).findBy({ organizationId: ctx.organizationId, id: In(rows.map((r) => r.credential.id)) });
    const byId = new Map(entities.map((c) => [c.id, c]));
    const members = new Map(data.members.map((m) => [m.id, m]));
    return rows.flatMap((r) => {
      const credential = byId.get(r.credential.id);
      const member = members.get(r.personId);
      return credential && member ? [{ member, credential, validUntil: r.validUntil, skillIds: r.credential.alignments.map((a) => a.skillId) }] : [];
    });
  }

  /**
   * Organisation-wide gaps across every team at `asOf` (default now): per target skill, Σ needed,
   * Σ covered (capped per team), Σ gap and the teams affected. Coverage of every team is computed in
   * PostgreSQL in ONE statement (`teamGapsInDatabase`, proven equal to the pure `teamSkillGaps`), then
   * combined by the pure `organizationSkillGaps`. Two queries whatever the number of teams.
   */
  async organizationGaps(ctx: RequestContext, asOf?: Date | null): Promise<{ rows: OrganizationSkillGap[]; teams: Map<string, TeamEntity> }> {
    const organizationId = ctx.organizationId;
    const at = asOf ?? nowToTheMinute();
    const [teams, coverage] = await Promise.all([
      this.db.getRepository(TeamEntity).find({ where: { organizationId }, order: { name: 'ASC', id: 'ASC' } }),
      teamGapsInDatabase(this.db, { organizationId, teamIds: null, asOf: at, withMembers: false, withHolders: false }),
    ]);
    const byTeam = new Map(coverage.map((c) => [c.teamId, c.gaps]));
    const perTeam = teams.map((team) => ({ teamId: team.id, gaps: byTeam.get(team.id) ?? [] }));
    return { rows: organizationSkillGaps(perTeam), teams: new Map(teams.map((t) => [t.id, t])) };
  }

  private input(data: TeamData) {
    return { members: data.members.map((m) => ({ personId: m.id })), credentialsByPerson: data.credentialsByPerson };
  }

  /** Members, target and evidence of one team, once per request. @throws DomainError NOT_FOUND */
  private teamData(ctx: RequestContext, teamId: string): Promise<TeamData> {
    return requestLoader(ctx, `teamInsightsData:${teamId}`, () => this.loadTeamData(ctx.organizationId, teamId));
  }

  private async loadTeamData(organizationId: string, teamId: string): Promise<TeamData> {
    const [team, members, targetRows] = await Promise.all([
      this.db.getRepository(TeamEntity).findOneBy({ organizationId, id: teamId }),
      this.db.getRepository(PersonEntity).find({ where: { organizationId, teamId }, order: { displayName: 'ASC', id: 'ASC' } }),
      this.db.getRepository(TeamTargetSkillEntity).find({ where: { organizationId, teamId }, order: { needed: 'DESC', skillId: 'ASC' } }),
    ]);
    if (!team) throw notFound('Team', teamId);
    const credentialsByPerson = await this.evidence.forPeople(organizationId, members.map((m) => m.id));
    return { members, target: targetRows.map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, needed: r.needed })), credentialsByPerson };
  }
}
