// Run in a time zone west of UTC so date tests catch "midnight UTC shows as the previous day" bugs
// (worker processes inherit this environment).
process.env.TZ = 'America/Los_Angeles';

const preset = require('../../../jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'dashboard-ui',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  passWithNoTests: false,
};
