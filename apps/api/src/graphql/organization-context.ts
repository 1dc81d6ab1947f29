import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A context error with the HTTP status Apollo Server should answer (never a 500 for bad input). */
const contextError = (message: string, code: 'BAD_USER_INPUT' | 'NOT_FOUND', status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Which organisation a request works in. Until sign-in exists, the `X-Organization-Id` header
 * selects one and the default is the first organisation created (the demo). Every query is scoped
 * by the id returned here.
 */
export class OrganizationContext {
  private defaultId?: string;

  constructor(private readonly db: DataSource) {}

  /** @throws GraphQLError BAD_USER_INPUT (HTTP 400) for a malformed id, NOT_FOUND (HTTP 404) for an unknown one. */
  async resolve(header: string | undefined): Promise<string> {
    if (header) {
      if (!UUID.test(header)) throw contextError('X-Organization-Id must be a UUID', 'BAD_USER_INPUT', 400);
      const rows: unknown[] = await this.db.query('SELECT 1 FROM organization WHERE id = $1', [header]);
      if (!rows.length) throw contextError(`Organization ${header} was not found`, 'NOT_FOUND', 404);
      return header;
    }
    if (!this.defaultId) {
      const rows: { id: string }[] = await this.db.query('SELECT id FROM organization ORDER BY created_at, id LIMIT 1');
      if (!rows.length) throw contextError('No organisation exists yet: load the demo or create one', 'NOT_FOUND', 404);
      this.defaultId = rows[0].id;
    }
    return this.defaultId;
  }
}
