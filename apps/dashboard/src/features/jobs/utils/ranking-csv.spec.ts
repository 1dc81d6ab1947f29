import type { RankingExportRow } from '@skillproof/dashboard-data-access';
import { rankingCsv, rankingFilename } from './ranking-csv';

const row = (rank: number, name: string, code: string, stage: RankingExportRow['currentStage']): RankingExportRow => ({
  rank, person: { id: `p${rank}`, displayName: name, code }, fit: 66.666, eligible: rank === 1, oneCredentialAway: rank === 2, metCount: 1, currentStage: stage,
  requirements: [
    { skill: { id: 'sql', name: 'SQL' }, status: 'MET', attainedLevel: 4, requiredLevel: 3, mustHave: true },
    { skill: { id: 'py', name: 'Python' }, status: 'PARTIAL', attainedLevel: 1, requiredLevel: 3, mustHave: false },
  ],
});

describe('rankingCsv', () => {
  it('one row per person with fit rounded to 0.1, stage and every requirement', () => {
    expect(rankingCsv([row(1, 'Zoë Müller', 'C-1', 'SHORTLISTED'), row(2, 'Bo', 'C-2', null)], false)).toEqual({
      headers: ['Rank', 'Candidate', 'Candidate code', 'Eligible', 'Fit', 'Requirements met', 'One credential away', 'Stage', 'SQL status', 'SQL attained level', 'SQL required level', 'Python status', 'Python attained level', 'Python required level'],
      rows: [
        [1, 'Zoë Müller', 'C-1', 'yes', 66.7, 1, 'no', 'Shortlisted', 'MET', 4, 3, 'PARTIAL', 1, 3],
        [2, 'Bo', 'C-2', 'no', 66.7, 1, 'yes', '', 'MET', 4, 3, 'PARTIAL', 1, 3],
      ],
    });
  });

  it('in blind mode has no name column (the code is the identifier)', () => {
    const blind = rankingCsv([row(1, 'C-1', 'C-1', null)], true);
    expect(blind.headers.slice(0, 3)).toEqual(['Rank', 'Candidate code', 'Eligible']);
    expect(blind.rows[0].slice(0, 3)).toEqual([1, 'C-1', 'yes']);
  });

  it('names the file after the job', () => {
    expect(rankingFilename('Análisis & Data (Senior)', false)).toBe('analisis-data-senior-ranking.csv');
    expect(rankingFilename('***', true)).toBe('job-ranking-blind.csv');
  });
});
