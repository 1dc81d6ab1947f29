import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { JobRequirementEntity } from '@skillproof/api-data-access';
import { requestLoader, type RequestContext } from '@skillproof/api-core';

/** Per-request loader: requirements by job id, in display order. */
export const requirementsByJob = (ctx: RequestContext, db: DataSource) =>
  requestLoader(ctx, 'requirementsByJob', () => new DataLoader<string, JobRequirementEntity[]>(async (ids) => {
    const rows = await db.getRepository(JobRequirementEntity).find({
      where: { organizationId: ctx.organizationId, jobId: In([...ids]) },
      order: { position: 'ASC', skillId: 'ASC' },
    });
    return ids.map((id) => rows.filter((r) => r.jobId === id));
  }));
