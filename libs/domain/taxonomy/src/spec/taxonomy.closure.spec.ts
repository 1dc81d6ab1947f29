import { createTaxonomy } from '../index';
import { SKILLS, skill } from './skill.fixture';

describe('taxonomy — broader and narrower closures', () => {
  const taxonomy = createTaxonomy(SKILLS);

  it('broaderClosure maps every ancestor to the shortest path from the skill up to it', () => {
    expect(Object.fromEntries(taxonomy.broaderClosure('postgresql'))).toEqual({
      sql: ['postgresql', 'sql'],
      data: ['postgresql', 'sql', 'data'],
    });
    expect(Object.fromEntries(taxonomy.broaderClosure('pandas'))).toEqual({
      python: ['pandas', 'python'],
      data: ['pandas', 'python', 'data'],
      it: ['pandas', 'python', 'it'],
    });
  });

  it('never goes the other way: a broader skill has no narrower skill among its ancestors', () => {
    expect(taxonomy.broaderClosure('sql').has('postgresql')).toBe(false);
    expect(taxonomy.isSameOrNarrower('postgresql', 'sql')).toBe(true);
    expect(taxonomy.isSameOrNarrower('sql', 'postgresql')).toBe(false);
    expect(taxonomy.isSameOrNarrower('sql', 'sql')).toBe(true);
  });

  it('narrowerClosure maps every descendant to the path from it up to the skill', () => {
    expect(Object.fromEntries(taxonomy.narrowerClosure('data'))).toEqual({
      sql: ['sql', 'data'],
      python: ['python', 'data'],
      postgresql: ['postgresql', 'sql', 'data'],
      mysql: ['mysql', 'sql', 'data'],
      pandas: ['pandas', 'python', 'data'],
    });
    expect(taxonomy.narrowerClosure('pandas').size).toBe(0);
  });

  it('prefers the shortest path when several exist', () => {
    const t = createTaxonomy([
      skill('root', 'Root'),
      skill('mid', 'Mid', ['root']),
      skill('leaf', 'Leaf', ['mid', 'root']),
    ]);
    expect(t.broaderClosure('leaf').get('root')).toEqual(['leaf', 'root']);
    expect(t.narrowerClosure('root').get('leaf')).toEqual(['leaf', 'root']);
  });

  it('unknown ids have empty closures; dangling broader ids are ignored and listed', () => {
    const t = createTaxonomy([skill('a', 'A', ['ghost', 'b', 'b']), skill('b', 'B')]);
    expect(t.danglingBroader).toEqual([{ skillId: 'a', broaderId: 'ghost' }]);
    expect(t.broader('a')).toEqual(['b']);
    expect(t.narrower('b')).toEqual(['a']);
    expect(t.broaderClosure('ghost').size).toBe(0);
    expect(t.narrowerClosure('ghost').size).toBe(0);
  });

  it('memoises closures (same object on the second call)', () => {
    expect(taxonomy.broaderClosure('pandas')).toBe(taxonomy.broaderClosure('pandas'));
    expect(taxonomy.narrowerClosure('data')).toBe(taxonomy.narrowerClosure('data'));
  });

  it('formats an inference path with preferred labels', () => {
    expect(taxonomy.formatPath(['postgresql', 'sql'])).toBe('PostgreSQL → SQL');
    expect(taxonomy.formatPath(['unknown', 'sql'])).toBe('unknown → SQL');
  });

  it('exposes get / has / size', () => {
    expect(taxonomy.size).toBe(SKILLS.length);
    expect(taxonomy.has('sql')).toBe(true);
    expect(taxonomy.get('sql')?.name).toBe('SQL');
    expect(taxonomy.get('nope')).toBeUndefined();
  });
});
