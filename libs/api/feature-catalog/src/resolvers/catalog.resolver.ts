import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, fromPage, pageSize, toConnection, type RequestContext } from '@skillproof/api-core';
import type { CredentialDefinitionEntity } from '@skillproof/api-data-access';
import { AlignmentModel, CredentialDefinitionConnection, CredentialDefinitionModel } from '../models/credential-definition.model';
import { IssuerModel } from '../models/issuer.model';
import { SkillConnection, SkillModel, toSkillModel } from '../models/skill.model';
import { CatalogService } from '../services/catalog.service';
import { alignmentsByDefinition, issuersById } from '../services/catalog-loaders';
import { TaxonomyService } from '../services/taxonomy.service';

/** Maps a definition row to its GraphQL model. */
export const toDefinitionModel = (d: CredentialDefinitionEntity): CredentialDefinitionModel => ({
  id: d.id, name: d.name, kind: d.kind, description: d.description, providerName: d.providerName,
  estimatedHours: d.estimatedHours, cost: d.cost, validityMonths: d.validityMonths, delivery: d.delivery, issuerId: d.issuerId,
});

@Resolver(() => SkillModel)
export class SkillResolver {
  constructor(private readonly catalog: CatalogService, private readonly taxonomy: TaxonomyService) {}

  @Query(() => SkillConnection, { description: 'Skills of the taxonomy; `search` matches names and aliases (case- and whitespace-insensitive), best match first.' })
  async skills(
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<SkillConnection> {
    const skills = await this.catalog.searchSkills(search);
    return toConnection(skills.map(toSkillModel), pageSize(first), decodeCursor(after));
  }

  @Query(() => SkillModel, { nullable: true, description: 'One skill by id, or by a label or alias.' })
  async skill(@Args('id', { type: () => ID }) id: string): Promise<SkillModel | null> {
    const { taxonomy, skills } = await this.taxonomy.get();
    const s = skills.get(id) ?? skills.get(taxonomy.resolve(id) ?? '');
    return s ? toSkillModel(s) : null;
  }

  @ResolveField(() => [SkillModel], { description: 'Broader skills (the taxonomy is a DAG).' })
  async broader(@Parent() skill: SkillModel): Promise<SkillModel[]> {
    const { skills } = await this.taxonomy.get();
    return skill.broaderIds.map((id) => skills.get(id)).filter((s) => s !== undefined).map(toSkillModel);
  }
}

@Resolver(() => CredentialDefinitionModel)
export class CredentialDefinitionResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly taxonomy: TaxonomyService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => CredentialDefinitionConnection, { description: 'The credential catalogue; with `skillId`, definitions proving that skill (or a narrower one), fewest hours first.' })
  async credentialDefinitions(
    @Context() ctx: RequestContext,
    @Args('skillId', { type: () => ID, nullable: true }) skillId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CredentialDefinitionConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const { totalCount, items } = await this.catalog.definitions(ctx.organizationId, skillId, limit, offset);
    return fromPage(items.map(toDefinitionModel), totalCount, offset);
  }

  @ResolveField(() => IssuerModel, { nullable: true })
  async issuer(@Parent() d: CredentialDefinitionModel, @Context() ctx: RequestContext): Promise<IssuerModel | null> {
    return d.issuerId ? issuersById(ctx, this.db).load(d.issuerId) : null;
  }

  @ResolveField(() => [AlignmentModel], { description: 'Skills this definition proves, with the level of each.' })
  async alignments(@Parent() d: CredentialDefinitionModel, @Context() ctx: RequestContext): Promise<AlignmentModel[]> {
    const [rows, { skills }] = await Promise.all([alignmentsByDefinition(ctx, this.db).load(d.id), this.taxonomy.get()]);
    return rows.flatMap((a) => {
      const s = skills.get(a.skillId);
      return s ? [{ level: a.level, skill: toSkillModel(s) }] : [];
    });
  }
}
