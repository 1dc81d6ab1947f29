import type { CredentialEvidence, Skill, TargetSkill, VerificationStatus } from '@skillproof/domain-model';
import { createTaxonomy } from '@skillproof/domain-taxonomy';

export const AS_OF = new Date('2025-06-01T00:00:00Z');
export const DAY = 86_400_000;
export const inDays = (d: number): Date => new Date(AS_OF.getTime() + d * DAY);

function skill(id: string, name: string, broaderIds: string[] = [], aliases: string[] = []): Skill {
  return { id, name, aliases, broaderIds };
}

/** data ← sql ← postgresql; data ← python; it ← kubernetes (K8s); nursing (a licence). */
export const taxonomy = createTaxonomy([
  skill('data', 'Data'),
  skill('sql', 'SQL', ['data']),
  skill('postgresql', 'PostgreSQL', ['sql'], ['Postgres']),
  skill('python', 'Python', ['data']),
  skill('it', 'Information technology'),
  skill('kubernetes', 'Kubernetes', ['it'], ['K8s']),
  skill('nursing', 'Registered nursing'),
]);

let sequence = 0;

/** A VERIFIED, trusted, non-expiring credential issued 2024-01-01, unless overridden. */
export function credential(
  personId: string,
  alignments: Array<[skillId: string, level: number]>,
  overrides: Partial<CredentialEvidence> = {},
): CredentialEvidence {
  sequence += 1;
  return {
    id: `cred-${String(sequence).padStart(4, '0')}`,
    personId,
    name: `Credential ${sequence}`,
    issuerTrusted: true,
    issuedOn: new Date('2024-01-01T00:00:00Z'),
    validUntil: null,
    status: 'VERIFIED' as VerificationStatus,
    alignments: alignments.map(([skillId, level]) => ({ skillId, level })),
    ...overrides,
  };
}

export function byPerson(...credentials: CredentialEvidence[]): Map<string, CredentialEvidence[]> {
  const map = new Map<string, CredentialEvidence[]>();
  for (const c of credentials) map.set(c.personId, [...(map.get(c.personId) ?? []), c]);
  return map;
}

export const members = (...ids: string[]) => ids.map((personId) => ({ personId }));

export const target = (skillId: string, minLevel: number, needed: number): TargetSkill => ({ skillId, minLevel, needed });
