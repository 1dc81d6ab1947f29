/**
 * GraphQL Code Generator: typed dashboard operations from the API's committed schema (apps/api/schema.gql).
 * `npm run codegen` rewrites libs/dashboard/data-access/src/lib/gql/ (committed); `npm test` runs it with
 * `--check`, so an operation that does not fit the schema, or stale generated types, fail the tests.
 * Operations are written with `graphql(\`...\`)` from that folder; their result and variable types are
 * inferred from the document text (client preset, https://the-guild.dev/graphql/codegen/plugins/presets/preset-client).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'libs/dashboard/data-access/src/lib/operations/**/*.ts',
    'apps/dashboard/src/**/*.{ts,tsx}',
    '!**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    'libs/dashboard/data-access/src/lib/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // DateTime is an ISO-8601 instant in UTC on the wire.
        scalars: { DateTime: 'string' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
