export * from './teams.module';
export * from './models/team.model';
export * from './services/teams.service';
export { TeamsResolver, PersonTeamResolver, JobTeamResolver } from './resolvers/teams.resolver';
export * from './models/team-insights.model';
export { TeamInsightsResolver, OrganizationGapsResolver } from './resolvers/team-insights.resolver';
export * from './services/team-insights.service';
