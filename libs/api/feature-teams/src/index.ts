export * from './teams.module';
export * from './models/team.model';
export * from './services/teams.service';
export { TeamsResolver, PersonTeamResolver, JobTeamResolver } from './resolvers/teams.resolver';
