import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, fromPage, pageSize, type RequestContext } from '@skillproof/api-core';
import { TaxonomyService, toSkillModel } from '@skillproof/api-feature-catalog';
import { attainedLevels } from '@skillproof/domain-matching';
import { CredentialModel } from '../models/credential.model';
import { PersonConnection, PersonKind, PersonModel, PersonSkillModel } from '../models/person.model';
import { toCredentialModel, toPersonModel } from '../models/to-models';
import { EvidenceService } from '../services/evidence.service';
import { PeopleService } from '../services/people.service';
import { credentialsByPerson } from '../services/people-loaders';
import { evidenceByPerson } from '../services/evidence-by-person.loader';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly evidence: EvidenceService,
    private readonly taxonomy: TaxonomyService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => PersonConnection, { description: 'People of the organisation by display name; `search` matches name, e-mail or code (case-insensitive).' })
  async people(
    @Context() ctx: RequestContext,
    @Args('kind', { type: () => PersonKind, nullable: true }) kind?: PersonKind,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<PersonConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const { items, totalCount } = await this.peopleService.list(ctx.organizationId, { kind, teamId, search }, limit, offset);
    return fromPage(items.map((p) => toPersonModel(p)), totalCount, offset);
  }

  @Query(() => PersonModel, { description: 'One person. Errors: NOT_FOUND.' })
  async person(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.get(ctx.organizationId, id));
  }

  /**
   * Resolved (not a plain property) so that the field-level access policy applies to it: a MANAGER
   * reads the e-mail of members of their teams and their own only (feature-auth TYPE_FIELD_POLICY).
   */
  @ResolveField('email', () => String, { nullable: true, description: 'E-mail (lower-case); null in blind mode.' })
  email(@Parent() p: PersonModel): string | null {
    return p.email;
  }

  @ResolveField(() => [CredentialModel], { description: 'Credentials of the person, newest first, each with its verification report. Empty in blind mode.' })
  async credentials(@Parent() p: PersonModel, @Context() ctx: RequestContext): Promise<CredentialModel[]> {
    // Documents name their recipient (identity hashes, names): never shown next to a blind ranking.
    if (p.blind) return [];
    const rows = await credentialsByPerson(ctx, this.db).load(p.id);
    return rows.map(toCredentialModel);
  }

  @ResolveField(() => [PersonSkillModel], { description: 'Skills proven by VERIFIED credentials current at `asOf` (default now, UTC), at the highest level proven, highest first. Lists the skills credentials are aligned to; their broader skills also count in matching and gaps (PostgreSQL → SQL) but are not repeated here.' })
  async skills(@Parent() p: PersonModel, @Context() ctx: RequestContext, @Args('asOf', { nullable: true }) asOf?: Date): Promise<PersonSkillModel[]> {
    const [{ taxonomy, skills }, credentials] = await Promise.all([this.taxonomy.get(), evidenceByPerson(ctx, this.evidence).load(p.id)]);
    const attained = attainedLevels(credentials, taxonomy, asOf ?? new Date());
    return [...attained.skills.values()]
      .flatMap((a) => {
        const s = skills.get(a.skillId);
        const direct = a.evidence.some((e) => !e.inferredFrom);
        return s && direct && a.level > 0 ? [{ skill: toSkillModel(s), level: a.level, verified: true }] : [];
      })
      .sort((a, b) => b.level - a.level || a.skill.name.localeCompare(b.skill.name));
  }

  @ResolveField(() => [PersonSkillModel], { description: 'Skills only claimed (self-reported or unverified): shown apart, never scored.' })
  async claimedSkills(@Parent() p: PersonModel, @Context() ctx: RequestContext): Promise<PersonSkillModel[]> {
    const [{ skills }, credentials] = await Promise.all([this.taxonomy.get(), evidenceByPerson(ctx, this.evidence).load(p.id)]);
    const best = new Map<string, number>();
    for (const c of credentials) {
      if (c.status !== 'CLAIMED') continue;
      for (const a of c.alignments) best.set(a.skillId, Math.max(best.get(a.skillId) ?? 0, a.level));
    }
    return [...best]
      .flatMap(([id, level]) => {
        const s = skills.get(id);
        return s ? [{ skill: toSkillModel(s), level, verified: false }] : [];
      })
      .sort((a, b) => b.level - a.level || a.skill.name.localeCompare(b.skill.name));
  }
}
