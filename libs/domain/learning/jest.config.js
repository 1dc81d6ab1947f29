const preset = require('../../../jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'domain-learning',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  passWithNoTests: false,
};
