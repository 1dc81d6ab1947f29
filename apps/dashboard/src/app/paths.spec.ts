import { navSectionOf, paths } from './paths';

describe('paths', () => {
  it('builds the client routes', () => {
    expect(paths.home()).toBe('/');
    expect(paths.jobs()).toBe('/jobs');
    expect(paths.teams()).toBe('/teams');
    expect(paths.learning()).toBe('/learning');
    expect(paths.learning('a b')).toBe('/learning?team=a%20b');
    expect(paths.learning('t', 160)).toBe('/learning?team=t&capacity=160');
    expect(paths.importPage('p/1')).toBe('/import?person=p%2F1');
    expect(paths.team('t1')).toBe('/teams/t1');
    expect(paths.job('j-42')).toBe('/jobs/j-42');
    expect(paths.jobNew()).toBe('/jobs/new');
    expect(paths.jobEdit('j/1')).toBe('/jobs/j%2F1/edit');
    expect(paths.jobPipeline('j1')).toBe('/jobs/j1/pipeline');
    expect(paths.jobPipeline('j1', true)).toBe('/jobs/j1/pipeline?blind=1');
    expect(paths.candidateImport()).toBe('/jobs/import-candidates');
    expect(paths.candidateImport('j 1')).toBe('/jobs/import-candidates?job=j%201');
    expect(paths.person('8b0e2c1e-0000-4000-8000-000000000001')).toBe('/people/8b0e2c1e-0000-4000-8000-000000000001');
  });

  it('encodes ids that are not path-safe', () => {
    expect(paths.person('a/b c')).toBe('/people/a%2Fb%20c');
    expect(paths.team('esco:1?x#y')).toBe('/teams/esco%3A1%3Fx%23y');
  });
});

describe('navSectionOf', () => {
  it.each([
    ['/', 'teams'],
    ['/teams', 'teams'],
    ['/teams/t1', 'teams'],
    ['/people/p1', 'teams'],
    ['/jobs', 'jobs'],
    ['/jobs/j1', 'jobs'],
    ['/jobs/j1/pipeline', 'jobs'],
    ['/jobs/import-candidates', 'jobs'],
    ['/jobsx', null],
    ['/unknown', null],
  ])('%s → %s', (path, section) => {
    expect(navSectionOf(path)).toBe(section);
  });
});
