import type { TeamQueryData } from '@skillproof/dashboard-data-access';
import { buildHeatmapRows, CsvDownloadButton, EmptyState, matrixCsv, Pager, SkillMatrixHeatmap, usePagination } from '@skillproof/dashboard-ui';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { slug } from './forecast-panel';

type SkillMatrix = NonNullable<TeamQueryData['team']>['skillMatrix'];

/** Members per page of the matrix. */
export const MATRIX_PAGE_SIZE = 25;

/** Members × target skills heatmap (levels and verified / claimed / expiring / expired markers), paged, with a CSV download. */
export function SkillMatrixPanel({ matrix, teamName }: { matrix: SkillMatrix; teamName: string }) {
  const rows = useMemo(() => buildHeatmapRows(matrix), [matrix]);
  const [page, setPage] = usePagination(rows, MATRIX_PAGE_SIZE, teamName);
  if (matrix.members.length === 0) {
    return <EmptyState title="This team has no members yet" />;
  }
  if (matrix.skills.length === 0) {
    return (
      <EmptyState title="No target skills to show">
        <ul className="plain-list">
          {matrix.members.map((m) => (
            <li key={m.id}>
              <Link to={paths.person(m.id)}>{m.displayName}</Link>
            </li>
          ))}
        </ul>
      </EmptyState>
    );
  }
  const csv = matrixCsv(rows);
  return (
    <>
      <SkillMatrixHeatmap
        skills={matrix.skills}
        rows={page.items}
        caption="Team skills matrix"
        renderMember={(row) => <Link to={paths.person(row.personId)}>{row.displayName}</Link>}
      />
      <Pager page={page} onPage={setPage} label="team members" />
      <CsvDownloadButton filename={`${slug(teamName)}-skills-matrix.csv`} headers={csv.headers} rows={csv.rows} />
    </>
  );
}
