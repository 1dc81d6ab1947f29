import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { CredentialDefinitionResolver, SkillResolver } from '@skillproof/api-feature-catalog';
import { IssuerTrustResolver } from '@skillproof/api-feature-catalog';
import { JobsResolver } from '@skillproof/api-feature-jobs';
import { CredentialResolver, PeopleResolver } from '@skillproof/api-feature-people';
import { JobTeamResolver, PersonTeamResolver, TeamsResolver } from '@skillproof/api-feature-teams';
import { OrganizationGapsResolver, TeamInsightsResolver } from '@skillproof/api-feature-teams';
import { TeamTargetProfileResolver } from '@skillproof/api-feature-teams';
import { RequirementProposalsResolver } from '@skillproof/api-feature-jobs';
import { CandidateImportResolver, JobEditorResolver, JobPipelineResolver, MatchStageResolver } from '@skillproof/api-feature-jobs';
import { LearningAssignmentsResolver, TeamUpskillingPlanResolver } from '@skillproof/api-feature-learning';
import { DemoIssuerResolver } from '@skillproof/api-feature-learning';
import { ImportsResolver } from '@skillproof/api-feature-imports';
import { AuthResolver } from '@skillproof/api-feature-auth';

/** Every resolver of the API (the schema is generated from their decorators: code-first). */
export const API_RESOLVERS = [
  SkillResolver, CredentialDefinitionResolver, PeopleResolver, CredentialResolver, JobsResolver,
  TeamsResolver, PersonTeamResolver, JobTeamResolver,
  TeamInsightsResolver, OrganizationGapsResolver, RequirementProposalsResolver,
  TeamUpskillingPlanResolver, LearningAssignmentsResolver,
  TeamTargetProfileResolver, DemoIssuerResolver,
  ImportsResolver,
  AuthResolver,
  IssuerTrustResolver,
  JobEditorResolver, JobPipelineResolver, MatchStageResolver, CandidateImportResolver,
];

/** Header of the committed `apps/api/schema.gql`. */
export const SCHEMA_HEADER = '# Generated from the code (npm run schema). Do not edit: change the resolvers and models instead.\n\n';

/**
 * The GraphQL SDL the API serves, sorted lexicographically (as served: `sortSchema: true`), without a
 * database: built from the resolvers' decorators only.
 */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
    return `${SCHEMA_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
