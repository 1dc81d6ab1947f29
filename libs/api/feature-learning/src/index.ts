export * from './learning.module';
export * from './models/learning-assignment.model';
export * from './models/upskilling-plan.model';
export * from './models/learning.input';
export * from './services/upskilling-plan.service';
export * from './services/learning-assignments.service';
export { TeamUpskillingPlanResolver } from './resolvers/team-upskilling-plan.resolver';
export { LearningAssignmentsResolver } from './resolvers/learning-assignments.resolver';
