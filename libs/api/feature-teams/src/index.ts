export * from './teams.module';
export * from './models/team.model';
export * from './services/teams.service';
