import { createTaxonomy } from '../index';
import { skill } from './skill.fixture';

describe('taxonomy — ambiguous labels', () => {
  it('an alias shared by two skills resolves to nothing and is listed as ambiguous', () => {
    const taxonomy = createTaxonomy([
      skill('java', 'Java', [], ['JVM languages']),
      skill('kotlin', 'Kotlin', [], ['jvm  LANGUAGES']),
    ]);
    expect(taxonomy.resolve('JVM languages')).toBeUndefined();
    expect(taxonomy.ambiguous.get('jvm languages')).toEqual(['java', 'kotlin']);
    expect(taxonomy.candidates(' JVM Languages ')).toEqual(['java', 'kotlin']);
    expect(taxonomy.resolve('Java')).toBe('java');
  });

  it('two skills with the same preferred label are ambiguous', () => {
    const taxonomy = createTaxonomy([skill('esco:a', 'Scheduling'), skill('esco:b', 'scheduling')]);
    expect(taxonomy.resolve('Scheduling')).toBeUndefined();
    expect(taxonomy.ambiguous.get('scheduling')).toEqual(['esco:a', 'esco:b']);
    // ids stay resolvable
    expect(taxonomy.resolve('esco:a')).toBe('esco:a');
  });

  it("a preferred label wins over another skill's alias (not ambiguous)", () => {
    const taxonomy = createTaxonomy([skill('sql', 'SQL'), skill('tsql', 'Transact-SQL', [], ['SQL'])]);
    expect(taxonomy.resolve('sql')).toBe('sql');
    expect(taxonomy.ambiguous.size).toBe(0);
  });

  it('a skill repeating its own label as alias is not ambiguous', () => {
    const taxonomy = createTaxonomy([skill('go', 'Go', [], ['go', 'Golang', 'golang'])]);
    expect(taxonomy.resolve('GOLANG')).toBe('go');
    expect(taxonomy.ambiguous.size).toBe(0);
  });
});
