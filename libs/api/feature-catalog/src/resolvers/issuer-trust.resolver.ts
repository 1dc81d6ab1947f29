import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Connection, decodeCursor, fromPage, notFound, pageSize, type RequestContext } from '@skillproof/api-core';
import { IssuerEntity } from '@skillproof/api-data-access';
import { IssuerModel } from '../models/issuer.model';

@ObjectType('IssuerConnection')
export class IssuerConnection extends Connection(IssuerModel, 'Issuer') {}

@InputType('SetIssuerTrustInput')
export class SetIssuerTrustInput {
  @Field(() => ID, { description: 'An issuer of the organisation.' }) issuerId!: string;
  @Field({ description: "True puts the issuer on the organisation's trust list, false removes it." }) trusted!: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Maps an issuer row to its GraphQL model. */
export const toIssuerModel = (i: IssuerEntity): IssuerModel => ({ id: i.id, name: i.name, url: i.url, did: i.did, trusted: i.trusted });

/** The organisation's issuer trust list (administration). */
@Resolver(() => IssuerModel)
export class IssuerTrustResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Query(() => IssuerConnection, {
    description: "The organisation's issuers ordered by name (then id). `search` matches name, DID or URL (case-insensitive substring); `trusted` keeps only issuers on (true) or off (false) the trust list. Errors: BAD_USER_INPUT (first outside 0..500, bad cursor).",
  })
  async issuers(
    @Context() ctx: RequestContext,
    @Args('search', { nullable: true }) search?: string,
    @Args('trusted', { type: () => Boolean, nullable: true }) trusted?: boolean | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<IssuerConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const qb = this.db.getRepository(IssuerEntity).createQueryBuilder('i').where('i.organization_id = :org', { org: ctx.organizationId });
    const term = search?.trim();
    if (term) {
      const like = `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere("(lower(i.name) LIKE :like OR lower(coalesce(i.did, '')) LIKE :like OR lower(coalesce(i.url, '')) LIKE :like)", { like });
    }
    if (trusted != null) qb.andWhere('i.trusted = :trusted', { trusted });
    const [rows, total] = await qb.orderBy('i.name', 'ASC').addOrderBy('i.id', 'ASC').skip(offset).take(limit).getManyAndCount();
    return fromPage(rows.map(toIssuerModel), total, offset);
  }

  @Mutation(() => IssuerModel, {
    description: "Puts an issuer on (trusted: true) or off (false) the organisation's trust list; the flag shows at once wherever the issuer appears (Issuer.trusted, evidence `issuerTrusted`); stored verification reports are not changed. Records nothing else. Errors: NOT_FOUND (issuerId unknown in the organisation).",
  })
  async setIssuerTrust(@Context() ctx: RequestContext, @Args('input') input: SetIssuerTrustInput): Promise<IssuerModel> {
    if (!UUID.test(input.issuerId)) throw notFound('Issuer', input.issuerId);
    const repo = this.db.getRepository(IssuerEntity);
    const issuer = await repo.findOneBy({ organizationId: ctx.organizationId, id: input.issuerId });
    if (!issuer) throw notFound('Issuer', input.issuerId);
    if (issuer.trusted !== input.trusted) {
      await repo.update({ organizationId: ctx.organizationId, id: issuer.id }, { trusted: input.trusted });
      issuer.trusted = input.trusted;
    }
    return toIssuerModel(issuer);
  }
}
