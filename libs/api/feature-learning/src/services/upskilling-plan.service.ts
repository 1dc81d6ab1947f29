import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, requestLoader, type RequestContext } from '@skillproof/api-core';
import type { PersonEntity } from '@skillproof/api-data-access';
import { CatalogService, TaxonomyService } from '@skillproof/api-feature-catalog';
import { EvidenceService } from '@skillproof/api-feature-people';
import { TeamsService } from '@skillproof/api-feature-teams';
import { DEFAULT_CAPACITY_HOURS_PER_PERSON, planUpskilling, type UpskillingPlan } from '@skillproof/domain-learning';
import { withDomainErrors } from './learning-errors';

/** Largest capacity accepted, in hours per person per quarter (a quarter has about 520 working hours; generous bound). */
export const MAX_CAPACITY_HOURS_PER_PERSON = 2000;

/** A team's upskilling plan with the members it was computed for. */
export interface TeamUpskillingPlan {
  plan: UpskillingPlan;
  /** The team's employees (by display name). */
  members: PersonEntity[];
}

/**
 * The upskilling plan of a team (PRODUCT.md §5): loads the team's employees, target profile, their
 * credentials, the catalogue and their open assignments in a few batched queries, then calls the pure
 * `planUpskilling` (@skillproof/domain-learning).
 */
@Injectable()
export class UpskillingPlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly teams: TeamsService,
    private readonly evidence: EvidenceService,
    private readonly catalog: CatalogService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /**
   * The plan of team `teamId` now, memoised per request and capacity.
   * @param capacityHoursPerPerson hours per employee per quarter, integer 0..2000 (default 40).
   * @throws DomainError NOT_FOUND (team), BAD_USER_INPUT (capacity).
   */
  planFor(ctx: RequestContext, teamId: string, capacityHoursPerPerson: number | null | undefined): Promise<TeamUpskillingPlan> {
    const capacity = validCapacity(capacityHoursPerPerson);
    return requestLoader(ctx, `upskillingPlan:${teamId}:${capacity}`, () => this.compute(ctx.organizationId, teamId, capacity, new Date()));
  }

  /** Computes a fresh plan (not memoised) at `asOf`; same errors as {@link planFor}. */
  async compute(organizationId: string, teamId: string, capacity: number, asOf: Date): Promise<TeamUpskillingPlan> {
    await this.teams.get(organizationId, teamId);
    const [people, target, { taxonomy }, { definitions }] = await Promise.all([
      this.teams.members(organizationId, teamId), this.teams.target(organizationId, teamId), this.taxonomy.get(), this.catalog.catalog(organizationId),
    ]);
    const members = people.filter((p) => p.kind === 'EMPLOYEE');
    const ids = members.map((m) => m.id);
    const [credentialsByPerson, open] = await Promise.all([
      this.evidence.forPeople(organizationId, ids),
      ids.length === 0 ? Promise.resolve([]) : this.db.query(
        `SELECT person_id AS "personId", definition_id AS "definitionId" FROM learning_assignment
          WHERE organization_id = $1 AND person_id = ANY($2::uuid[]) AND status IN ('ASSIGNED', 'IN_PROGRESS')
          ORDER BY person_id, definition_id`, [organizationId, ids]) as Promise<{ personId: string; definitionId: string }[]>,
    ]);
    const plan = withDomainErrors(() => planUpskilling({
      members: ids.map((personId) => ({ personId })), target, credentialsByPerson, definitions, taxonomy, asOf,
      capacityHoursPerPerson: capacity, existingAssignments: open,
    }));
    return { plan, members };
  }
}

/**
 * Validates the capacity argument.
 * @throws DomainError BAD_USER_INPUT unless an integer 0..MAX_CAPACITY_HOURS_PER_PERSON.
 */
export function validCapacity(value: number | null | undefined): number {
  if (value == null) return DEFAULT_CAPACITY_HOURS_PER_PERSON;
  if (!Number.isInteger(value) || value < 0 || value > MAX_CAPACITY_HOURS_PER_PERSON) {
    throw badInput('capacityHoursPerPerson', `capacityHoursPerPerson must be an integer between 0 and ${MAX_CAPACITY_HOURS_PER_PERSON} hours per quarter (got ${value})`);
  }
  return value;
}
