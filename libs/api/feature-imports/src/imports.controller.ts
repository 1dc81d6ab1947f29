import { Controller, HttpCode, HttpException, Logger, Post, Query, Req } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { DomainError, type ErrorCode } from '@skillproof/api-core';
import { ImportJobService } from './services/import-job.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INTERNAL_SERVER_ERROR: 500,
};

/**
 * `POST /imports?filename=<name>` with the raw file as the body (JSON array, NDJSON, zip, CSV; at
 * most 50 MB, raw body parser on this route only, see apps/api bootstrap): queues a bulk import and
 * answers 202 `{ "id": "<job id>" }`. Progress: the `importJob(id)` GraphQL query. Errors are typed
 * JSON `{ "code": "BAD_USER_INPUT", "message": "...", "details": {...} }` with status 400/404
 * (413 for a body over the limit, from the body parser). Organisation: `X-Organization-Id` header,
 * default the first organisation (the demo), as for GraphQL.
 */
@Controller('imports')
export class ImportsController {
  private readonly log = new Logger('Imports');

  constructor(private readonly jobs: ImportJobService, @InjectDataSource() private readonly db: DataSource) {}

  @Post()
  @HttpCode(202)
  async upload(@Req() req: Request, @Query('filename') filename?: string): Promise<{ id: string }> {
    try {
      const organizationId = await this.organization(req.header('x-organization-id'));
      const body: unknown = req.body;
      if (!Buffer.isBuffer(body) || !body.length) {
        throw new DomainError('BAD_USER_INPUT', 'send the file as the raw request body (any content type), e.g. curl --data-binary @file', { field: 'file' });
      }
      const job = await this.jobs.createJob(organizationId, filename ?? '', body);
      return { id: job.id };
    } catch (e) {
      if (e instanceof DomainError) {
        throw new HttpException({ code: e.code, message: e.message, details: e.details ?? {} }, HTTP_STATUS[e.code]);
      }
      this.log.error(e instanceof Error ? e.stack ?? e.message : String(e));
      throw new HttpException({ code: 'INTERNAL_SERVER_ERROR', message: 'the import could not be queued' }, 500);
    }
  }

  private async organization(header: string | undefined): Promise<string> {
    if (header) {
      if (!UUID.test(header)) throw new DomainError('BAD_USER_INPUT', 'X-Organization-Id must be a UUID');
      const rows: unknown[] = await this.db.query('SELECT 1 FROM organization WHERE id = $1', [header]);
      if (!rows.length) throw new DomainError('NOT_FOUND', `Organization ${header} was not found`);
      return header;
    }
    const rows: { id: string }[] = await this.db.query('SELECT id FROM organization ORDER BY created_at, id LIMIT 1');
    if (!rows.length) throw new DomainError('NOT_FOUND', 'No organisation exists yet');
    return rows[0].id;
  }
}
