import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proposeFromOccupation, type OccupationProfile } from '../index';

// DATA.md mapping, precomputed in data/reference/jobs.json for the 21 demo occupations.
describe('proposeFromOccupation', () => {
  const jobs = JSON.parse(readFileSync(join(__dirname, '../../../../../data/reference/jobs.json'), 'utf8')) as OccupationProfile[];

  it('returns the profile of a demo occupation with its levels, weights and must-haves', () => {
    const proposals = proposeFromOccupation(' 15-1254.00 ', jobs);
    const job = jobs.find((j) => j.occupationCode === '15-1254.00')!;
    expect(proposals.map((p) => [p.skillId, p.suggestedLevel, p.weight, p.mustHave])).toEqual(
      job.requirements.map((r) => [r.skillId, r.minLevel, r.weight, r.mustHave]),
    );
    expect(proposals.every((p) => p.source === 'OCCUPATION' && p.count === 0)).toBe(true);
    expect(proposals.length).toBeGreaterThanOrEqual(8);
  });

  it('NOT_FOUND for a real code outside the demo set', () => {
    expect(() => proposeFromOccupation('47-2111.00', jobs)).toThrow(expect.objectContaining({ code: 'EXTRACTION_OCCUPATION_NOT_FOUND' }));
  });

  it.each([['15-1254'], ['web developer'], ['']])('rejects the malformed code %p', (code) => {
    expect(() => proposeFromOccupation(code, jobs)).toThrow(expect.objectContaining({ code: 'EXTRACTION_INVALID_OCCUPATION_CODE' }));
  });
});
