import type { JobRequirement } from '@skillproof/dashboard-data-access';
import { Badge, EmptyState, formatLevel, formatWeight, TableWrap } from '@skillproof/dashboard-ui';

export function RequirementsTable({ requirements }: { requirements: JobRequirement[] }) {
  if (requirements.length === 0) {
    return <EmptyState title="This job has no skill requirements yet" />;
  }
  return (
    <TableWrap label="Requirements">
      <table className="table">
        <caption className="visually-hidden">Skill requirements of this job</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Minimum level</th>
            <th scope="col" className="num">
              Weight
            </th>
            <th scope="col">Must-have</th>
          </tr>
        </thead>
        <tbody>
          {requirements.map((r) => (
            <tr key={r.skill.id}>
              <th scope="row">{r.skill.name}</th>
              <td>{formatLevel(r.minLevel)}</td>
              <td className="num">{formatWeight(r.weight)}</td>
              <td>
                {r.mustHave ? (
                  <Badge tone="danger" symbol="!">
                    Must-have
                  </Badge>
                ) : (
                  <span className="muted">Nice to have</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
