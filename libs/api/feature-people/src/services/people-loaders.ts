import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CredentialEntity, PersonEntity } from '@skillproof/api-data-access';
import { requestLoader, type RequestContext } from '@skillproof/api-core';

/** Per-request loader: people by id (organisation-scoped). */
export const peopleById = (ctx: RequestContext, db: DataSource) =>
  requestLoader(ctx, 'peopleById', () => new DataLoader<string, PersonEntity | null>(async (ids) => {
    const rows = await db.getRepository(PersonEntity).findBy({ organizationId: ctx.organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }));

/** Per-request loader: a person's credentials, newest first. */
export const credentialsByPerson = (ctx: RequestContext, db: DataSource) =>
  requestLoader(ctx, 'credentialsByPerson', () => new DataLoader<string, CredentialEntity[]>(async (ids) => {
    const rows = await db.getRepository(CredentialEntity).find({
      where: { organizationId: ctx.organizationId, personId: In([...ids]) },
      order: { issuedOn: 'DESC', id: 'ASC' },
    });
    return ids.map((id) => rows.filter((r) => r.personId === id));
  }));
