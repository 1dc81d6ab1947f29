export * from './config/app-config';
export * from './errors/domain-error';
export * from './errors/format-graphql-error';
export * from './graphql/connection';
export * from './graphql/request-context';
export * from './graphql/date-time.scalar';
export * from './text/visible-text';
