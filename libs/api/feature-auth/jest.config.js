const preset = require('../../../jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'api-feature-auth',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  passWithNoTests: false,
};
