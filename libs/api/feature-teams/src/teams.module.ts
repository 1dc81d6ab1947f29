import { Module } from '@nestjs/common';
import { CatalogModule } from '@skillproof/api-feature-catalog';
import { PeopleModule } from '@skillproof/api-feature-people';
import { JobTeamResolver, PersonTeamResolver, TeamsResolver } from './resolvers/teams.resolver';
import { TeamsService } from './services/teams.service';
import { OrganizationGapsResolver, TeamInsightsResolver } from './resolvers/team-insights.resolver';
import { TeamInsightsService } from './services/team-insights.service';
import { TeamTargetProfileResolver } from './resolvers/team-target-profile.resolver';
import { TeamTargetProfileService } from './services/team-target-profile.service';

/** Teams and their gap analytics (managers). */
@Module({
  imports: [CatalogModule, PeopleModule],
  providers: [TeamsService, TeamsResolver, PersonTeamResolver, JobTeamResolver, TeamInsightsService, TeamInsightsResolver, OrganizationGapsResolver,
    TeamTargetProfileService, TeamTargetProfileResolver],
  exports: [TeamsService],
})
export class TeamsModule {}
