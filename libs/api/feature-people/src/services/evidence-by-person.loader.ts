import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '@skillproof/api-core';
import type { CredentialEvidence } from '@skillproof/domain-model';
import type { EvidenceService } from './evidence.service';

/**
 * Per-request loader: a person's credentials as CredentialEvidence (every status), batched over every
 * person the request asks about and shared by the fields that need them (`skills`, `claimedSkills`):
 * one `EvidenceService.forPeople` query per request (no N+1, no duplicate).
 */
export const evidenceByPerson = (ctx: RequestContext, evidence: EvidenceService) =>
  requestLoader(ctx, 'evidenceByPerson', () => new DataLoader<string, CredentialEvidence[]>(async (ids) => {
    const byPerson = await evidence.forPeople(ctx.organizationId, ids);
    return ids.map((id) => byPerson.get(id) ?? []);
  }));
