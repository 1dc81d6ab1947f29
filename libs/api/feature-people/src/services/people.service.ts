import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonEntity } from '@skillproof/api-data-access';
import { notFound } from '@skillproof/api-core';
import type { PersonKind } from '../models/person.model';

export interface PeopleFilter {
  kind?: PersonKind | null;
  teamId?: string | null;
  /** Case-insensitive substring of name, e-mail or code. */
  search?: string | null;
}

/** People of an organisation (always scoped by organization_id). */
@Injectable()
export class PeopleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of people ordered by display name, then id, and the total count. */
  async list(organizationId: string, filter: PeopleFilter, limit: number, offset: number) {
    const qb = this.db.getRepository(PersonEntity).createQueryBuilder('p').where('p.organization_id = :org', { org: organizationId });
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.teamId) qb.andWhere('p.team_id = :team', { team: filter.teamId });
    if (filter.search?.trim()) {
      const like = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(p.display_name ILIKE :like OR p.email ILIKE :like OR p.code ILIKE :like)', { like });
    }
    const [items, totalCount] = await qb.orderBy('p.display_name', 'ASC').addOrderBy('p.id', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, totalCount };
  }

  /** @throws DomainError NOT_FOUND */
  async get(organizationId: string, id: string): Promise<PersonEntity> {
    const p = await this.db.getRepository(PersonEntity).findOneBy({ organizationId, id });
    if (!p) throw notFound('Person', id);
    return p;
  }
}
