import type { JobMatch } from '@skillproof/dashboard-data-access';
import { Badge, FitBar, RequirementChip, TableWrap } from '@skillproof/dashboard-ui';
import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { MatchDetails } from './match-details';

export interface MatchesTableProps {
  edges: { cursor: string; node: JobMatch }[];
  blind: boolean;
}

const COLUMNS = 6;

export function MatchesTable({ edges, blind }: MatchesTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <TableWrap label="Ranked candidates" testId="matches-table">
      <table className="table matches">
        <caption className="visually-hidden">
          Candidates ranked by eligibility then fit{blind ? ', blind mode: candidate codes instead of names' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Rank
            </th>
            <th scope="col">{blind ? 'Candidate code' : 'Candidate'}</th>
            <th scope="col">Fit</th>
            <th scope="col">Eligibility</th>
            <th scope="col">Requirements</th>
            <th scope="col">
              <span className="visually-hidden">Explanation</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {edges.map(({ cursor, node: m }) => {
            const isOpen = expanded.has(cursor);
            const detailsId = `match-details-${m.rank}-${cursor.replace(/[^A-Za-z0-9_-]/g, '')}`;
            return (
              <Fragment key={cursor}>
                <tr className={isOpen ? 'is-expanded' : undefined}>
                  <td className="num">{m.rank}</td>
                  <th scope="row">
                    {blind ? (
                      <span className="code">{m.person.displayName}</span>
                    ) : (
                      <>
                        <Link to={paths.person(m.person.id)}>{m.person.displayName}</Link>
                        {m.person.kind === 'EMPLOYEE' ? (
                          <>
                            {' '}
                            <Badge tone="info">Employee</Badge>
                          </>
                        ) : null}
                      </>
                    )}
                  </th>
                  <td>
                    <FitBar fit={m.fit} />
                  </td>
                  <td>
                    <span className="badge-row">
                      {m.eligible ? (
                        <Badge tone="success" symbol="✓">
                          Eligible
                        </Badge>
                      ) : (
                        <Badge tone="neutral" symbol="✕">
                          Not eligible
                        </Badge>
                      )}
                      {m.oneCredentialAway ? (
                        <Badge tone="warning" symbol="+1" title="Earning one credential would make this candidate eligible">
                          One credential away
                        </Badge>
                      ) : null}
                    </span>
                  </td>
                  <td>
                    <span className="chip-row">
                      {m.requirements.map((r) => (
                        <RequirementChip key={r.skill.id} status={r.status} skillName={r.skill.name} />
                      ))}
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      onClick={() => toggle(cursor)}
                    >
                      <span aria-hidden="true" className={`caret${isOpen ? ' caret--open' : ''}`}>
                        ▸
                      </span>{' '}
                      {isOpen ? 'Hide' : 'Explain'}
                      <span className="visually-hidden"> match of {m.person.displayName}</span>
                    </button>
                  </td>
                </tr>
                <tr id={detailsId} className="details-row" hidden={!isOpen}>
                  <td colSpan={COLUMNS}>{isOpen ? <MatchDetails requirements={m.requirements} candidateLabel={m.person.displayName} /> : null}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
