import { matchPersonToJob, prepareJob } from '../index';
import { AS_OF, credential, requirement, taxonomy } from './fixtures';

// PRODUCT.md §4.1: aliases resolve to the canonical skill first, on both sides.
describe('matchPersonToJob — alias resolution', () => {
  it.each([
    ['K8s', 'kubernetes'],
    [' kubernetes ', 'KUBERNETES'],
    ['Postgres', 'SQL'],
    ['python 3', 'Python'],
  ])('credential aligned to %j meets a requirement on %j', (aligned, required) => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement(required, 2)],
      credentials: [credential('p1', [[aligned, 3]])],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.requirements[0].status).toBe('MET');
  });

  it('requirements are reported with the canonical skill id', () => {
    const job = prepareJob([requirement('K8s', 1)], taxonomy);
    expect(job.requirements[0]).toMatchObject({ skillId: 'kubernetes', requestedSkillId: 'K8s' });
    const result = matchPersonToJob({ job, personId: 'p1', credentials: [credential('p1', [['kubernetes', 1]])], asOf: AS_OF });
    expect(result.requirements[0]).toMatchObject({ skillId: 'kubernetes', status: 'MET' });
    expect(result.requirements[0].evidence[0].alignedSkillId).toBe('kubernetes');
  });

  it('a skill outside the taxonomy still matches the same id exactly', () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('onet-tech:43232306/rust', 2)],
      credentials: [credential('p1', [['onet-tech:43232306/rust', 2]])],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.requirements[0].status).toBe('MET');
  });
});
