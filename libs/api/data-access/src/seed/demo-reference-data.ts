import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ReferenceData,
  ReferenceDefinition,
  ReferenceJob,
  ReferenceSkill,
  ReferenceTeam,
} from './demo-plan';

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

/**
 * Loads the committed reference data (`data/reference/*.json`, built by
 * tools/reference-data/build-reference-data.mjs) from `dir`. Synchronous and side-effect free apart
 * from reading the four files: skills.json, jobs.json, teams.json, credential-definitions.json.
 */
export function loadReferenceData(dir: string): ReferenceData {
  return {
    skills: readJson<ReferenceSkill[]>(dir, 'skills.json'),
    jobs: readJson<ReferenceJob[]>(dir, 'jobs.json'),
    teams: readJson<ReferenceTeam[]>(dir, 'teams.json'),
    definitions: readJson<ReferenceDefinition[]>(dir, 'credential-definitions.json'),
  };
}
