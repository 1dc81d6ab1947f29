import type { PersonSkillLevel } from '@skillproof/dashboard-data-access';
import { Badge, EmptyState, formatLevel, TableWrap } from '@skillproof/dashboard-ui';

export interface SkillsTableProps {
  skills: PersonSkillLevel[];
  label: string;
  emptyTitle: string;
  claimed?: boolean;
}

export function SkillsTable({ skills, label, emptyTitle, claimed = false }: SkillsTableProps) {
  if (skills.length === 0) return <EmptyState title={emptyTitle} />;
  const sorted = [...skills].sort((a, b) => b.level - a.level || a.skill.name.localeCompare(b.skill.name));
  return (
    <TableWrap label={label}>
      <table className="table table--compact">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Level</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
            <tr key={s.skill.id}>
              <th scope="row">{s.skill.name}</th>
              <td>{formatLevel(s.level)}</td>
              <td>
                {claimed || !s.verified ? (
                  <Badge tone="neutral" symbol="○">
                    Claimed, not counted
                  </Badge>
                ) : (
                  <Badge tone="success" symbol="✓">
                    Verified
                  </Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
