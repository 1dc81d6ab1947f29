/** One bad requirement row reported by the API (`extensions.details.problems` of BAD_USER_INPUT). */
export interface ApiProblem {
  index: number;
  field: string;
  message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The per-row problems of a job editor mutation error (Apollo's CombinedGraphQLErrors: `errors[].
 * extensions.details.problems`), so the editor can mark the rows; [] for any other error.
 */
export function apiProblems(error: unknown): ApiProblem[] {
  if (!isRecord(error) || !Array.isArray(error['errors'])) return [];
  for (const e of error['errors'] as unknown[]) {
    const details = isRecord(e) && isRecord(e['extensions']) ? e['extensions']['details'] : undefined;
    const problems = isRecord(details) ? details['problems'] : undefined;
    if (Array.isArray(problems)) {
      return problems.filter((p): p is ApiProblem => isRecord(p) && typeof p['index'] === 'number' && typeof p['field'] === 'string' && typeof p['message'] === 'string');
    }
  }
  return [];
}
