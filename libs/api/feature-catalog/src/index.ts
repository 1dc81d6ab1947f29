export * from './catalog.module';
export * from './models/skill.model';
export * from './models/issuer.model';
export * from './models/credential-definition.model';
export * from './services/taxonomy.service';
export * from './services/catalog.service';
export * from './services/catalog-loaders';
export { toDefinitionModel } from './resolvers/catalog.resolver';
export { SkillResolver, CredentialDefinitionResolver } from './resolvers/catalog.resolver';
