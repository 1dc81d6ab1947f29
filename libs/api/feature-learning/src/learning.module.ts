import { Module } from '@nestjs/common';
import { CatalogModule } from '@skillproof/api-feature-catalog';
import { PeopleModule } from '@skillproof/api-feature-people';
import { TeamsModule } from '@skillproof/api-feature-teams';
import { LearningAssignmentsResolver } from './resolvers/learning-assignments.resolver';
import { TeamUpskillingPlanResolver } from './resolvers/team-upskilling-plan.resolver';
import { LearningAssignmentsService } from './services/learning-assignments.service';
import { UpskillingPlanService } from './services/upskilling-plan.service';
import { DemoIssuerResolver } from './resolvers/demo-issuer.resolver';
import { DemoIssuerService } from './services/demo-issuer.service';

/** Learning & development (PRODUCT.md §5): upskilling plans, learning assignments, expiring credentials. */
@Module({
  imports: [CatalogModule, PeopleModule, TeamsModule],
  providers: [UpskillingPlanService, LearningAssignmentsService, TeamUpskillingPlanResolver, LearningAssignmentsResolver,
    DemoIssuerService, DemoIssuerResolver],
  exports: [UpskillingPlanService, LearningAssignmentsService],
})
export class LearningModule {}
