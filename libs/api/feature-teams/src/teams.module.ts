import { Module } from '@nestjs/common';
import { CatalogModule } from '@skillproof/api-feature-catalog';
import { PeopleModule } from '@skillproof/api-feature-people';
import { JobTeamResolver, PersonTeamResolver, TeamsResolver } from './resolvers/teams.resolver';
import { TeamsService } from './services/teams.service';

/** Teams and their gap analytics (managers). */
@Module({
  imports: [CatalogModule, PeopleModule],
  providers: [TeamsService, TeamsResolver, PersonTeamResolver, JobTeamResolver],
  exports: [TeamsService],
})
export class TeamsModule {}
