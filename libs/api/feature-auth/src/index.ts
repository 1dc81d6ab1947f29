export * from './auth.module';
export * from './decorators/roles.decorator';
export * from './services/access-policy';
export * from './services/audit.service';
export * from './services/auth-context';
export * from './services/token.service';
export * from './resolvers/auth.resolver';
export * from './models/auth.model';
