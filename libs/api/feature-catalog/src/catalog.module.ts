import { Module } from '@nestjs/common';
import { CatalogService } from './services/catalog.service';
import { TaxonomyService } from './services/taxonomy.service';
import { CredentialDefinitionResolver, SkillResolver } from './resolvers/catalog.resolver';
import { IssuerTrustResolver } from './resolvers/issuer-trust.resolver';

/** Skills (shared taxonomy), issuers and the credential catalogue. */
@Module({
  providers: [TaxonomyService, CatalogService, SkillResolver, CredentialDefinitionResolver, IssuerTrustResolver],
  exports: [TaxonomyService, CatalogService],
})
export class CatalogModule {}
