import type { ApplicationStage, JobMatch } from '@skillproof/dashboard-data-access';
import { Badge, FitBar, RequirementChip, TableWrap } from '@skillproof/dashboard-ui';
import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { shortlistBlocker } from '../utils/pipeline-stages';
import { MatchDetails } from './match-details';
import { StageBadge } from './stage-badge';

export interface MatchesTableProps {
  edges: { cursor: string; node: JobMatch }[];
  blind: boolean;
  /** HR/ADMIN: selection for the comparison, stage column and "Shortlist". */
  hiring?: {
    selected: ReadonlySet<string>;
    /** True when no more people can be selected (the comparison's maximum is reached). */
    selectionFull: boolean;
    onToggle: (personId: string) => void;
    onShortlist: (match: JobMatch) => void;
  };
}

export function MatchesTable({ edges, blind, hiring }: MatchesTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const columns = hiring ? 9 : 6;

  return (
    <TableWrap label="Ranked candidates" testId="matches-table">
      <table className="table matches">
        <caption className="visually-hidden">
          Candidates ranked by eligibility then fit{blind ? ', blind mode: candidate codes instead of names' : ''}
        </caption>
        <thead>
          <tr>
            {hiring ? (
              <th scope="col">
                <span className="visually-hidden">Compare</span>
              </th>
            ) : null}
            <th scope="col" className="num">
              Rank
            </th>
            <th scope="col">{blind ? 'Candidate code' : 'Candidate'}</th>
            <th scope="col">Fit</th>
            <th scope="col">Eligibility</th>
            <th scope="col">Requirements</th>
            {hiring ? <th scope="col">Stage</th> : null}
            <th scope="col">
              <span className="visually-hidden">Explanation</span>
            </th>
            {hiring ? (
              <th scope="col">
                <span className="visually-hidden">Decision</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {edges.map(({ cursor, node: m }) => {
            const isOpen = expanded.has(cursor);
            const detailsId = `match-details-${m.rank}-${cursor.replace(/[^A-Za-z0-9_-]/g, '')}`;
            const isSelected = hiring?.selected.has(m.person.id) ?? false;
            const blocker = shortlistBlocker((m.currentStage ?? null) as ApplicationStage | null);
            return (
              <Fragment key={cursor}>
                <tr className={[isOpen ? 'is-expanded' : '', isSelected ? 'is-selected' : ''].join(' ').trim() || undefined} data-person-id={m.person.id}>
                  {hiring ? (
                    <td>
                      <input
                        type="checkbox"
                        className="row-select"
                        checked={isSelected}
                        disabled={!isSelected && hiring.selectionFull}
                        onChange={() => hiring.onToggle(m.person.id)}
                        aria-label={`Compare ${m.person.displayName}`}
                      />
                    </td>
                  ) : null}
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
                  {hiring ? (
                    <td>
                      <StageBadge stage={m.currentStage ?? null} />
                    </td>
                  ) : null}
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
                  {hiring ? (
                    <td>
                      <button
                        type="button"
                        className="button button--ghost"
                        disabled={blocker !== null}
                        title={blocker ?? 'Shortlist with a reason'}
                        onClick={() => hiring.onShortlist(m)}
                        aria-label={`Shortlist ${m.person.displayName}`}
                      >
                        Shortlist…
                      </button>
                    </td>
                  ) : null}
                </tr>
                <tr id={detailsId} className="details-row" hidden={!isOpen}>
                  <td colSpan={columns}>{isOpen ? <MatchDetails requirements={m.requirements} candidateLabel={m.person.displayName} /> : null}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
