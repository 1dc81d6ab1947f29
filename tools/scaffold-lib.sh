#!/usr/bin/env bash
# Usage: tools/scaffold-lib.sh <root> <name> <tags-comma> [jest-env]
# Creates project.json, tsconfig.json, jest.config.js and src/index.ts for a library.
set -euo pipefail
root=$1; name=$2; tags=$3; env=${4:-node}
mkdir -p "$root/src"
depth=$(echo "$root" | awk -F/ '{print NF}'); up=$(printf '../%.0s' $(seq 1 $depth))
tagjson=$(echo "$tags" | awk -F, '{for(i=1;i<=NF;i++){printf "%s\"%s\"", (i>1?", ":""), $i}}')
cat > "$root/project.json" <<J
{
  "name": "$name",
  "\$schema": "${up}node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$root/src",
  "projectType": "library",
  "tags": [$tagjson],
  "targets": { "lint": {}, "typecheck": {}, "test": {} }
}
J
cat > "$root/tsconfig.json" <<J
{
  "extends": "${up}tsconfig.base.json",
  "compilerOptions": { "types": ["node", "jest"] },
  "include": ["src/**/*.ts", "src/**/*.tsx"]
}
J
cat > "$root/jest.config.js" <<J
const preset = require('${up}jest.preset.js');
module.exports = {
  ...preset,
  displayName: '$name',
  rootDir: __dirname,
  testEnvironment: '$env',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  passWithNoTests: false,
};
J
[ -f "$root/src/index.ts" ] || echo "export {};" > "$root/src/index.ts"
