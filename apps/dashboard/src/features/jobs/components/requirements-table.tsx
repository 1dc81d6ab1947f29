import type { JobRequirement } from '@skillproof/dashboard-data-access';
import { Badge, EmptyState, formatLevel, formatWeight, TableWrap } from '@skillproof/dashboard-ui';
import { ambiguousSkillIds, skillSource } from '../utils/skill-source';

export function RequirementsTable({ requirements }: { requirements: JobRequirement[] }) {
  if (requirements.length === 0) {
    return <EmptyState title="This job has no skill requirements yet" />;
  }
  // Same-named skills from different taxonomies (ESCO vs O*NET) are told apart by their source.
  const ambiguous = ambiguousSkillIds(requirements.map((r) => r.skill));
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
              <th scope="row">
                {r.skill.name}
                {ambiguous.has(r.skill.id) ? <span className="muted"> ({skillSource(r.skill.id) ?? r.skill.id})</span> : null}
              </th>
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
