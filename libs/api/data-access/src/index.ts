export * from './entities';
export * from './migrations';
export * from './database/create-data-source';
export * from './database/embedded-database';
export * from './credential-hash';
export * from './seed/seed-demo';
export * from './seed/demo-reference-data';
