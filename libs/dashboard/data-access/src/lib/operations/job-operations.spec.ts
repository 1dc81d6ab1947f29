import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import { IMPORT_CANDIDATES_MUTATION } from './candidate-import.mutation';
import { CREATE_JOB_MUTATION, JOB_EDITOR_OPTIONS_QUERY, REPLACE_JOB_REQUIREMENTS_MUTATION, SKILL_SEARCH_QUERY, UPDATE_JOB_MUTATION } from './job-editor.operations';
import { JOB_MATCHES_QUERY } from './job-matches.query';
import { JOB_PIPELINE_QUERY, MOVE_APPLICATION_MUTATION } from './job-pipeline.operations';
import { JOB_RANKING_EXPORT_QUERY } from './job-ranking-export.query';

// The HR operations (job editor, pipeline, ranking export, candidate import) against the schema the API serves.
const schema = buildSchema(readFileSync(join(__dirname, '../../../../../../apps/api/schema.gql'), 'utf8'));

const operations: [string, DocumentNode][] = [
  ['CREATE_JOB_MUTATION', CREATE_JOB_MUTATION],
  ['UPDATE_JOB_MUTATION', UPDATE_JOB_MUTATION],
  ['REPLACE_JOB_REQUIREMENTS_MUTATION', REPLACE_JOB_REQUIREMENTS_MUTATION],
  ['JOB_EDITOR_OPTIONS_QUERY', JOB_EDITOR_OPTIONS_QUERY],
  ['SKILL_SEARCH_QUERY', SKILL_SEARCH_QUERY],
  ['JOB_PIPELINE_QUERY', JOB_PIPELINE_QUERY],
  ['MOVE_APPLICATION_MUTATION', MOVE_APPLICATION_MUTATION],
  ['JOB_RANKING_EXPORT_QUERY', JOB_RANKING_EXPORT_QUERY],
  ['IMPORT_CANDIDATES_MUTATION', IMPORT_CANDIDATES_MUTATION],
  ['JOB_MATCHES_QUERY', JOB_MATCHES_QUERY],
];

describe('HR dashboard operations', () => {
  it.each(operations)('%s is valid against the API schema', (_name, doc) => {
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });

  it('names every operation Dashboard*', () => {
    for (const [, doc] of operations) {
      const def = doc.definitions[0];
      expect(def.kind === 'OperationDefinition' ? def.name?.value : undefined).toMatch(/^Dashboard[A-Z]/);
    }
  });
});
