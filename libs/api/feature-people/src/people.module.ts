import { Module } from '@nestjs/common';
import { CatalogModule } from '@skillproof/api-feature-catalog';
import { CredentialResolver } from './resolvers/credential.resolver';
import { PeopleResolver } from './resolvers/people.resolver';
import { CredentialImportService } from './services/credential-import.service';
import { EvidenceService } from './services/evidence.service';
import { PeopleService } from './services/people.service';
import { StatusListController } from './status-list.controller';

/** People, their credentials, credential import and the status lists this server publishes. */
@Module({
  imports: [CatalogModule],
  controllers: [StatusListController],
  providers: [PeopleService, EvidenceService, CredentialImportService, PeopleResolver, CredentialResolver],
  exports: [PeopleService, EvidenceService, CredentialImportService],
})
export class PeopleModule {}
