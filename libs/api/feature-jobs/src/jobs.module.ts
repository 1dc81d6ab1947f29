import { Module } from '@nestjs/common';
import { CatalogModule } from '@skillproof/api-feature-catalog';
import { PeopleModule } from '@skillproof/api-feature-people';
import { JobsResolver } from './resolvers/jobs.resolver';
import { JobsService } from './services/jobs.service';
import { MatchingService } from './services/matching.service';

/** Jobs, their requirements, and matching (HR screening). */
@Module({
  imports: [CatalogModule, PeopleModule],
  providers: [JobsService, MatchingService, JobsResolver],
  exports: [JobsService, MatchingService],
})
export class JobsModule {}
