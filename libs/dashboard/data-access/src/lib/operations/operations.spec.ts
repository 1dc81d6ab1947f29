import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import { JOB_MATCHES_QUERY } from './job-matches.query';
import { JOB_QUERY } from './job.query';
import { JOBS_QUERY } from './jobs.query';
import { PERSON_QUERY } from './person.query';
import { TEAM_QUERY } from './team.query';
import { TEAMS_QUERY } from './teams.query';
import { TEAM_INSIGHTS_QUERY } from './team-insights.query';
import { ORGANIZATION_SKILL_GAPS_QUERY } from './organization-skill-gaps.query';
import { PROPOSE_REQUIREMENTS_QUERY } from './propose-requirements.query';
import { IMPORT_CREDENTIAL_MUTATION } from './import-credential.mutation';
import { IMPORT_JOB_QUERY } from './import-job.query';
import { ISSUERS_QUERY, SET_ISSUER_TRUST_MUTATION } from './issuers.query';

// Validates every operation against the API contract so a typo or a renamed field fails here, not in
// the browser. Once the API commits schema.gql, point this at it (and generate the types from it).
// Validated against the schema the API really serves (generated from its code and committed).
const schema = buildSchema(readFileSync(join(__dirname, '../../../../../../apps/api/schema.gql'), 'utf8'));

const operations: [string, DocumentNode][] = [
  ['TEAMS_QUERY', TEAMS_QUERY],
  ['TEAM_QUERY', TEAM_QUERY],
  ['JOBS_QUERY', JOBS_QUERY],
  ['JOB_QUERY', JOB_QUERY],
  ['JOB_MATCHES_QUERY', JOB_MATCHES_QUERY],
  ['PERSON_QUERY', PERSON_QUERY],
  ['TEAM_INSIGHTS_QUERY', TEAM_INSIGHTS_QUERY],
  ['ORGANIZATION_SKILL_GAPS_QUERY', ORGANIZATION_SKILL_GAPS_QUERY],
  ['PROPOSE_REQUIREMENTS_QUERY', PROPOSE_REQUIREMENTS_QUERY],
  ['IMPORT_CREDENTIAL_MUTATION', IMPORT_CREDENTIAL_MUTATION],
  ['IMPORT_JOB_QUERY', IMPORT_JOB_QUERY],
  ['ISSUERS_QUERY', ISSUERS_QUERY],
  ['SET_ISSUER_TRUST_MUTATION', SET_ISSUER_TRUST_MUTATION],
];

describe('dashboard operations', () => {
  it.each(operations)('%s is valid against the API contract', (_name, doc) => {
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });

  it('gives every operation a unique Dashboard* name', () => {
    const names = operations.map(([, doc]) => {
      const def = doc.definitions[0];
      return def.kind === 'OperationDefinition' ? def.name?.value : undefined;
    });
    expect(names.every((n) => n?.startsWith('Dashboard'))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});
