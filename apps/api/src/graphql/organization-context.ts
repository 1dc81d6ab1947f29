import { DataSource } from 'typeorm';
import { DomainError } from '@skillproof/api-core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Which organisation a request works in. Until sign-in exists, the `X-Organization-Id` header
 * selects one and the default is the first organisation created (the demo). Every query is scoped
 * by the id returned here.
 */
export class OrganizationContext {
  private defaultId?: string;

  constructor(private readonly db: DataSource) {}

  /** @throws DomainError NOT_FOUND for an unknown organisation, BAD_USER_INPUT for a malformed id. */
  async resolve(header: string | undefined): Promise<string> {
    if (header) {
      if (!UUID.test(header)) throw new DomainError('BAD_USER_INPUT', 'X-Organization-Id must be a UUID');
      const rows: unknown[] = await this.db.query('SELECT 1 FROM organization WHERE id = $1', [header]);
      if (!rows.length) throw new DomainError('NOT_FOUND', `Organization ${header} was not found`);
      return header;
    }
    if (!this.defaultId) {
      const rows: { id: string }[] = await this.db.query('SELECT id FROM organization ORDER BY created_at, id LIMIT 1');
      if (!rows.length) throw new DomainError('NOT_FOUND', 'No organisation exists yet: load the demo or create one');
      this.defaultId = rows[0].id;
    }
    return this.defaultId;
  }
}
