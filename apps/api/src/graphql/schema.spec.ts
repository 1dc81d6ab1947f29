import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from './schema-sdl';

describe('committed GraphQL schema (apps/api/schema.gql)', () => {
  it('is exactly what the code generates (run "npm run schema" after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  }, 30_000);

  it('keeps the core contract of ../shared/design/API.md', async () => {
    const sdl = await buildSchemaSdl();
    for (const fragment of [
      'matches(after: String, asOf: DateTime, blind: Boolean = false, eligibleOnly: Boolean = false, first: Int = 20, includeEmployees: Boolean = false): MatchConnection!',
      'importCredential(input: ImportCredentialInput!): ImportCredentialPayload!',
      'skillGaps(asOf: DateTime): [SkillGap!]!',
      'teams: [Team!]!',
      'jobs(after: String, first: Int, status: JobStatus): JobConnection!',
      'people(after: String, first: Int, kind: PersonKind, search: String, teamId: ID): PersonConnection!',
      'skills(after: String, first: Int, search: String): SkillConnection!',
    ]) {
      expect(sdl).toContain(fragment);
    }
  }, 30_000);
});
