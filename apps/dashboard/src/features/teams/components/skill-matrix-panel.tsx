import type { TeamQueryData } from '@skillproof/dashboard-data-access';
import { buildHeatmapRows, EmptyState, SkillMatrixHeatmap } from '@skillproof/dashboard-ui';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';

type SkillMatrix = NonNullable<TeamQueryData['team']>['skillMatrix'];

export function SkillMatrixPanel({ matrix }: { matrix: SkillMatrix }) {
  const rows = useMemo(() => buildHeatmapRows(matrix), [matrix]);
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
  return (
    <SkillMatrixHeatmap
      skills={matrix.skills}
      rows={rows}
      caption="Team skills matrix"
      renderMember={(row) => <Link to={paths.person(row.personId)}>{row.displayName}</Link>}
    />
  );
}
