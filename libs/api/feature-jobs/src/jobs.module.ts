import { Module } from '@nestjs/common';
import { AuthModule } from '@skillproof/api-feature-auth';
import { CatalogModule } from '@skillproof/api-feature-catalog';
import { PeopleModule } from '@skillproof/api-feature-people';
import { CandidateImportResolver } from './resolvers/candidate-import.resolver';
import { JobEditorResolver } from './resolvers/job-editor.resolver';
import { JobsResolver } from './resolvers/jobs.resolver';
import { JobPipelineResolver, MatchStageResolver } from './resolvers/pipeline.resolver';
import { RequirementProposalsResolver } from './resolvers/requirement-proposals.resolver';
import { CandidateImportService } from './services/candidate-import.service';
import { JobEditorService } from './services/job-editor.service';
import { JobsService } from './services/jobs.service';
import { MatchingService } from './services/matching.service';
import { PipelineService } from './services/pipeline.service';
import { RequirementProposalsService } from './services/requirement-proposals.service';

/** Jobs, their requirements, matching (HR screening), the job editor, hiring pipelines and candidate CSV import. */
@Module({
  imports: [CatalogModule, PeopleModule, AuthModule],
  providers: [
    JobsService, MatchingService, JobsResolver, RequirementProposalsService, RequirementProposalsResolver,
    JobEditorService, JobEditorResolver, PipelineService, JobPipelineResolver, MatchStageResolver,
    CandidateImportService, CandidateImportResolver,
  ],
  exports: [JobsService, MatchingService, PipelineService],
})
export class JobsModule {}
