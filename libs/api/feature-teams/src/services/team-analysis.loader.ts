import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '@skillproof/api-core';

/**
 * Per-request DataLoader of team analyses at one instant: every team whose analysis a request asks for
 * (the teams list asks for readiness and members of each team) is analysed in ONE batch — one SQL
 * statement (members, targets and coverage computed in PostgreSQL) whatever the number of teams, plus
 * one per team whose skills matrix is asked for (no N+1). `analyseMany` returns one analysis per team
 * id, in order.
 */
export function teamAnalysisLoader<T>(
  ctx: RequestContext,
  asOf: Date,
  analyseMany: (organizationId: string, teamIds: readonly string[], asOf: Date) => Promise<T[]>,
): DataLoader<string, T> {
  return requestLoader(ctx, `teamAnalysis@${asOf.toISOString()}`, () => new DataLoader<string, T>((ids) => analyseMany(ctx.organizationId, ids, asOf)));
}
