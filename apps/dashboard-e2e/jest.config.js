// Browser test: the BUILT product (API + dashboard) against a real PostgreSQL, in Debian's Chromium.
const preset = require('../../jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/../api/test/global-setup.ts',
  globalTeardown: '<rootDir>/../api/test/global-teardown.ts',
  testTimeout: 120_000,
};
