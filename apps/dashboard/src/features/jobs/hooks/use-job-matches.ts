import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { appendConnection, JOB_MATCHES_QUERY } from '@skillproof/dashboard-data-access';
import { useCallback } from 'react';

export interface MatchFilters {
  blind: boolean;
  eligibleOnly: boolean;
  includeEmployees: boolean;
  /** ISO instant or null for "now". */
  asOf: string | null;
}

export const MATCHES_PAGE_SIZE = 20;

/**
 * Ranked matches for a job with "load more". `no-cache`: blind-mode rows reuse Person ids with a
 * candidate code as displayName, so they must stay out of the normalised cache.
 */
export function useJobMatches(jobId: string, filters: MatchFilters) {
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(JOB_MATCHES_QUERY, {
    variables: { id: jobId, first: MATCHES_PAGE_SIZE, ...filters },
    fetchPolicy: 'no-cache',
    notifyOnNetworkStatusChange: true,
  });
  const matches = data?.job?.matches ?? null;
  const endCursor = matches?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(() => {
    if (!endCursor) return;
    void fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        if (!previous.job || !fetchMoreResult.job) return fetchMoreResult.job ? fetchMoreResult : previous;
        return {
          job: { ...previous.job, matches: appendConnection(previous.job.matches, fetchMoreResult.job.matches) },
        };
      },
    });
  }, [endCursor, fetchMore]);

  return {
    matches,
    jobFound: data ? data.job !== null : null,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}
