import { Module } from '@nestjs/common';
import { CatalogModule } from '@skillproof/api-feature-catalog';
import { PeopleModule } from '@skillproof/api-feature-people';
import { JobsResolver } from './resolvers/jobs.resolver';
import { JobsService } from './services/jobs.service';
import { MatchingService } from './services/matching.service';
import { RequirementProposalsResolver } from './resolvers/requirement-proposals.resolver';
import { RequirementProposalsService } from './services/requirement-proposals.service';

/** Jobs, their requirements, and matching (HR screening). */
@Module({
  imports: [CatalogModule, PeopleModule],
  providers: [JobsService, MatchingService, JobsResolver, RequirementProposalsService, RequirementProposalsResolver],
  exports: [JobsService, MatchingService],
})
export class JobsModule {}
