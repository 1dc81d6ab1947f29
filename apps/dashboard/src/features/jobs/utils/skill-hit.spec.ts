import { matchedAlias } from './skill-hit';

describe('matchedAlias', () => {
  it('names the alias that matched when the name does not contain the search text', () => {
    expect(matchedAlias('PostgreSQL', ['Postgres'], '  postGRES ')).toBeNull();
    expect(matchedAlias('statistics', ['use of data', 'data analysis'], 'Data  Analysis')).toBe('data analysis');
    expect(matchedAlias('SQL', ['SEQUEL'], 'nothing')).toBeNull();
    expect(matchedAlias('SQL', ['SEQUEL'], '')).toBeNull();
  });
});
