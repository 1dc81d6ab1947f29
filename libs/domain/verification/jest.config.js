const path = require('node:path');
const preset = require('../../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'domain-verification',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  passWithNoTests: false,
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    // cborg (used by ecdsa-sd-2023) only exports an "import" condition, which Jest's CommonJS
    // resolver does not match: map it to its ESM entry (transformed by @swc/jest).
    '^cborg$': path.join(__dirname, '../../../node_modules/cborg/cborg.js'),
  },
};
