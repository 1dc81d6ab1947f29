import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Controller, Get, type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, formatGraphqlError, type AppConfig } from '@skillproof/api-core';
import { createDataSource } from '@skillproof/api-data-access';
import { CatalogModule } from '@skillproof/api-feature-catalog';
import { JobsModule } from '@skillproof/api-feature-jobs';
import { PeopleModule } from '@skillproof/api-feature-people';
import { TeamsModule } from '@skillproof/api-feature-teams';
import { ImportsModule } from '@skillproof/api-feature-imports';
import { ScheduleModule } from '@nestjs/schedule';
import { LearningModule } from '@skillproof/api-feature-learning';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { organizationContext } from './graphql/organization-context';
import { AuthContextFactory, AuthModule } from '@skillproof/api-feature-auth';
import { queryLimitsPlugin } from './graphql/query-limits.plugin';
import { requestErrorsPlugin } from './graphql/request-errors.plugin';

@Controller('health')
class HealthController {
  constructor(private readonly db: DataSource) {}

  /** Liveness + database reachability: `{ status: 'ok' }`. */
  @Get()
  async health(): Promise<{ status: string }> {
    await this.db.query('SELECT 1');
    return { status: 'ok' };
  }
}

export interface AppModuleOptions {
  config: AppConfig;
  /** PostgreSQL URL (the embedded one when DATABASE_URL is unset). */
  databaseUrl: string;
  /** Write the SDL to this file (schema printing); otherwise the schema stays in memory. */
  schemaFile?: string;
}

/** The composition root: one DataSource, GraphQL (code-first, Apollo), and the feature modules. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({}),
          dataSourceFactory: async () => createDataSource({ url: options.databaseUrl, logging: config.sqlLogging }).initialize(),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthContextFactory],
          useFactory: (auth: AuthContextFactory) => {
            return {
              autoSchemaFile: options.schemaFile ?? true,
              sortSchema: true,
              path: '/graphql',
              introspection: true,
              graphiql: config.nodeEnv === 'development',
              includeStacktraceInErrorResponses: config.nodeEnv === 'development',
              plugins: [requestErrorsPlugin(), queryLimitsPlugin()],
              // the global AuthGuard also runs on field resolvers: field-level policy of Team / Person (feature-auth TYPE_FIELD_POLICY)
              fieldResolverEnhancers: ['guards'],
              formatError: (formatted, error) => formatGraphqlError(formatted, error, config.nodeEnv === 'development'),
              context: organizationContext(auth),
            };
          },
        }),
        CatalogModule,
        PeopleModule,
        JobsModule,
        TeamsModule,
        ScheduleModule.forRoot(),
        ImportsModule,
        LearningModule,
        AuthModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: APP_FILTER, useClass: DomainErrorFilter }],
      exports: [APP_CONFIG],
    };
  }
}
