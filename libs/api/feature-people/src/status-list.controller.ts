import { Controller, Get, Header, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StatusListEntity } from '@skillproof/api-data-access';

/**
 * Publishes the signed Bitstring Status List credentials of the issuers this organisation runs
 * (W3C Bitstring Status List v1.0 §3: the list is a credential fetched by verifiers).
 */
@Controller('status-lists')
export class StatusListController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':id')
  @Header('Content-Type', 'application/vc+ld+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<Record<string, unknown>> {
    const row = await this.db.getRepository(StatusListEntity).findOneBy({ id });
    if (!row) throw new NotFoundException(`status list ${id} not found`);
    return row.credential;
  }
}
