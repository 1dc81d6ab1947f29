const preset = require('../../../jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'api-feature-jobs',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  passWithNoTests: false,
};
