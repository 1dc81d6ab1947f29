import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobEntity, JobRequirementEntity } from '@skillproof/api-data-access';
import { notFound } from '@skillproof/api-core';
import type { Requirement } from '@skillproof/domain-model';
import type { JobStatus } from '../models/job.model';

/** Jobs (requisitions) of an organisation. */
@Injectable()
export class JobsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of jobs ordered by title, then id, and the total count. */
  async list(organizationId: string, status: JobStatus | null | undefined, limit: number, offset: number) {
    const where = status ? { organizationId, status } : { organizationId };
    const [items, totalCount] = await this.db.getRepository(JobEntity).findAndCount({ where, order: { title: 'ASC', id: 'ASC' }, take: limit, skip: offset });
    return { items, totalCount };
  }

  /** @throws DomainError NOT_FOUND */
  async get(organizationId: string, id: string): Promise<JobEntity> {
    const job = await this.db.getRepository(JobEntity).findOneBy({ organizationId, id });
    if (!job) throw notFound('Job', id);
    return job;
  }

  /** Requirements of a job in display order. */
  async requirements(organizationId: string, jobId: string): Promise<Requirement[]> {
    const rows = await this.db.getRepository(JobRequirementEntity).find({ where: { organizationId, jobId }, order: { position: 'ASC', skillId: 'ASC' } });
    return rows.map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, weight: r.weight, mustHave: r.mustHave }));
  }
}
