import type { RankingExportRow } from '@skillproof/dashboard-data-access';
import { stageLabel } from './pipeline-stages';

/**
 * The ranking as a CSV table: one row per person in rank order, then, per requirement of the job (in
 * the first row's order), the status, the attained level and the required level (levels on the
 * organisation's scale, as separate NUMBER columns: a "5/4" text would be turned into a date by
 * spreadsheets). In blind mode the candidate code is the only identifier (no name column at all).
 */
export function rankingCsv(rows: readonly RankingExportRow[], blind: boolean): { headers: string[]; rows: (string | number | null)[][] } {
  const requirements = rows[0]?.requirements.map((r) => r.skill) ?? [];
  const headers = [
    'Rank', blind ? 'Candidate code' : 'Candidate', ...(blind ? [] : ['Candidate code']), 'Eligible', 'Fit', 'Requirements met', 'One credential away', 'Stage',
    ...requirements.flatMap((s) => [`${s.name} status`, `${s.name} attained level`, `${s.name} required level`]),
  ];
  return {
    headers,
    rows: rows.map((m) => [
      m.rank, m.person.displayName, ...(blind ? [] : [m.person.code]), m.eligible ? 'yes' : 'no', Math.round(m.fit * 10) / 10, m.metCount,
      m.oneCredentialAway ? 'yes' : 'no', m.currentStage ? stageLabel(m.currentStage) : '',
      ...requirements.flatMap((s): (string | number)[] => {
        const r = m.requirements.find((x) => x.skill.id === s.id);
        return r ? [r.status, r.attainedLevel, r.requiredLevel] : ['', '', ''];
      }),
    ]),
  };
}

/** File name of a ranking export: `<job-title-slug>-ranking[-blind].csv`. */
export function rankingFilename(jobTitle: string, blind: boolean): string {
  const slug = jobTitle.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'job';
  return `${slug}-ranking${blind ? '-blind' : ''}.csv`;
}
