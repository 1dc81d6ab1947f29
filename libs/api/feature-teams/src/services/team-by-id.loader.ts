import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { TeamEntity } from '@skillproof/api-data-access';

/**
 * Batches `TeamsService.get` calls made in the same tick (e.g. `team` on every job of the jobs list)
 * into ONE query per organisation (no N+1). `cache: false`: nothing is kept across ticks or requests,
 * so a team is never served stale. Keys are `organizationId|teamId`; a missing team resolves to null.
 */
export function createTeamByIdLoader(db: DataSource): DataLoader<string, TeamEntity | null> {
  return new DataLoader<string, TeamEntity | null>(async (keys) => {
    const byOrg = new Map<string, string[]>();
    for (const key of keys) {
      const [org, id] = key.split('|');
      byOrg.set(org, [...(byOrg.get(org) ?? []), id]);
    }
    const found = new Map<string, TeamEntity>();
    for (const [organizationId, ids] of byOrg) {
      for (const team of await db.getRepository(TeamEntity).findBy({ organizationId, id: In(ids) })) found.set(`${organizationId}|${team.id}`, team);
    }
    return keys.map((k) => found.get(k) ?? null);
  }, { cache: false });
}
