import { navSectionOf, paths } from './paths';

describe('paths', () => {
  it('builds the client routes', () => {
    expect(paths.home()).toBe('/');
    expect(paths.jobs()).toBe('/jobs');
    expect(paths.team('t1')).toBe('/teams/t1');
    expect(paths.job('j-42')).toBe('/jobs/j-42');
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
    ['/teams/t1', 'teams'],
    ['/people/p1', 'teams'],
    ['/jobs', 'jobs'],
    ['/jobs/j1', 'jobs'],
    ['/jobsx', null],
    ['/unknown', null],
  ])('%s → %s', (path, section) => {
    expect(navSectionOf(path)).toBe(section);
  });
});
