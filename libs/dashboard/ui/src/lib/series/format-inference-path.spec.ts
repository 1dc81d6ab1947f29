import { formatInferencePath, inferenceChain } from './format-inference-path';

const sql = { id: 'sql', name: 'SQL' };
const pg = { id: 'pg', name: 'PostgreSQL' };
const db = { id: 'db', name: 'Databases' };

describe('formatInferencePath', () => {
  it('is null for direct evidence', () => {
    expect(formatInferencePath(sql, null, [])).toBeNull();
    expect(formatInferencePath(sql, undefined, undefined)).toBeNull();
    expect(formatInferencePath(sql, null, [sql])).toBeNull();
  });

  it('shows narrower → broader from inferredFrom alone', () => {
    expect(formatInferencePath(sql, pg, [])).toBe('PostgreSQL → SQL');
  });

  it.each([
    ['full path', [pg, sql]],
    ['path without the required skill', [pg]],
    ['path without the source skill', [sql]],
  ])('does not repeat skills given a %s', (_label, path) => {
    expect(formatInferencePath(sql, pg, path)).toBe('PostgreSQL → SQL');
  });

  it('keeps intermediate skills in order', () => {
    expect(formatInferencePath(db, pg, [pg, sql, db])).toBe('PostgreSQL → SQL → Databases');
    expect(inferenceChain(db, pg, [sql]).map((s) => s.id)).toEqual(['pg', 'sql', 'db']);
  });
});
