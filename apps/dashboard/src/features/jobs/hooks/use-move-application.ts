import { useMutation } from '@apollo/client/react';
import { MOVE_APPLICATION_MUTATION, type ApplicationStage, type StageEvent } from '@skillproof/dashboard-data-access';
import { useCallback } from 'react';

/**
 * Runs `moveApplication`; resolves with the recorded event, rejects with the API error (for the dialog).
 * `no-cache`: in blind mode the answer carries a candidate code as the Person's displayName, which must
 * never overwrite the real name in the normalised cache.
 */
export function useMoveApplication(jobId: string, blind: boolean) {
  const [mutate] = useMutation(MOVE_APPLICATION_MUTATION, { fetchPolicy: 'no-cache' });
  return useCallback(
    async (personId: string, toStage: ApplicationStage, reason: string, expectedStage: ApplicationStage | null): Promise<StageEvent> => {
      const { data } = await mutate({ variables: { input: { jobId, personId, toStage, reason, expectedStage }, blind } });
      if (!data) throw new Error('The move was not saved');
      return data.moveApplication.event;
    },
    [mutate, jobId, blind],
  );
}
