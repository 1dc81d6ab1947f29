// Integration tests: the whole API over HTTP against a real PostgreSQL (see apps/api/test/global-setup.ts).
const preset = require('./jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/apps/api/src/**/*.integration-spec.ts', '<rootDir>/libs/api/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  testTimeout: 60_000,
};
