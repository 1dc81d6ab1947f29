import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CredentialDefinitionAlignmentEntity, CredentialDefinitionEntity, IssuerEntity } from '@skillproof/api-data-access';
import { requestLoader, type RequestContext } from '@skillproof/api-core';

/** Per-request loader: issuers by id, scoped to the request's organisation. */
export const issuersById = (ctx: RequestContext, db: DataSource) =>
  requestLoader(ctx, 'issuersById', () => new DataLoader<string, IssuerEntity | null>(async (ids) => {
    const rows = await db.getRepository(IssuerEntity).findBy({ organizationId: ctx.organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }));

/** Per-request loader: credential definitions by id. */
export const definitionsById = (ctx: RequestContext, db: DataSource) =>
  requestLoader(ctx, 'definitionsById', () => new DataLoader<string, CredentialDefinitionEntity | null>(async (ids) => {
    const rows = await db.getRepository(CredentialDefinitionEntity).findBy({ organizationId: ctx.organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }));

/** Per-request loader: alignments of definitions, by definition id (ordered by level desc, skill id). */
export const alignmentsByDefinition = (ctx: RequestContext, db: DataSource) =>
  requestLoader(ctx, 'alignmentsByDefinition', () => new DataLoader<string, CredentialDefinitionAlignmentEntity[]>(async (ids) => {
    const rows = await db.getRepository(CredentialDefinitionAlignmentEntity).find({
      where: { organizationId: ctx.organizationId, definitionId: In([...ids]) },
      order: { level: 'DESC', skillId: 'ASC' },
    });
    return ids.map((id) => rows.filter((r) => r.definitionId === id));
  }));
