import { useApolloClient } from '@apollo/client/react';
import { describeError, JOB_RANKING_EXPORT_QUERY, type Connection, type RankingExportRow } from '@skillproof/dashboard-data-access';
import { toCsv } from '@skillproof/dashboard-ui';
import { useState } from 'react';
import type { MatchFilters } from '../hooks/use-job-matches';
import { rankingCsv, rankingFilename } from '../utils/ranking-csv';

/** Rows per request while exporting (the API allows up to 500; smaller pages keep each answer quick). */
const EXPORT_PAGE_SIZE = 100;

/**
 * "Export ranking (CSV)": pages through `job.matches` with the CURRENT filters (blind, eligible only,
 * employees, as-of) until every row is fetched, then downloads one CSV (UTF-8 with BOM). Progress and
 * errors are announced in a polite live region.
 */
export function RankingExportButton({ jobId, jobTitle, filters }: { jobId: string; jobTitle: string; filters: MatchFilters }) {
  const client = useApolloClient();
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);

  const exportAll = async () => {
    setBusy(true);
    setStatus('Preparing the export…');
    try {
      const rows: RankingExportRow[] = [];
      let after: string | null = null;
      for (;;) {
        const result: { data?: { job: { matches: Connection<RankingExportRow> } | null } } = await client.query({
          query: JOB_RANKING_EXPORT_QUERY,
          variables: { id: jobId, first: EXPORT_PAGE_SIZE, after, ...filters },
          fetchPolicy: 'no-cache',
        });
        const matches: Connection<RankingExportRow> | undefined = result.data?.job?.matches;
        if (!matches) throw new Error('The job was not found');
        rows.push(...matches.edges.map((e) => e.node));
        setStatus(`Fetched ${rows.length} of ${matches.totalCount}…`);
        if (!matches.pageInfo.hasNextPage || !matches.pageInfo.endCursor) break;
        after = matches.pageInfo.endCursor;
      }
      const { headers, rows: cells } = rankingCsv(rows, filters.blind);
      const url = URL.createObjectURL(new Blob(['\ufeff', toCsv(headers, cells)], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = rankingFilename(jobTitle, filters.blind);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setStatus(`Exported ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}.`);
    } catch (e) {
      setStatus(`Export failed: ${describeError(e).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="export">
      <button type="button" className="button button--ghost" onClick={() => void exportAll()} disabled={busy}>
        {busy ? 'Exporting…' : 'Export ranking (CSV)'}
      </button>
      <span className="muted" role="status" aria-live="polite" data-testid="ranking-export-status">
        {status}
      </span>
    </span>
  );
}
