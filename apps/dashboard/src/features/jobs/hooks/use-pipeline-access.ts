import { useSession } from '../../auth/session';

/** True when the signed-in user may edit jobs and use pipelines (HR or ADMIN, as the API's policy). */
export function usePipelineAccess(): boolean {
  const session = useSession();
  return !!session?.user.roles.some((r) => r === 'HR' || r === 'ADMIN');
}
