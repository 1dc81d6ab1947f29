import type { CredentialEvidence, CredentialDefinition, Skill, VerificationStatus } from '@skillproof/domain-model';
import { createTaxonomy } from '@skillproof/domain-taxonomy';
import type { JobRequirement } from '../index';

/** As-of instant used by the scenarios (UTC). */
export const AS_OF = new Date('2025-06-01T00:00:00Z');

export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function skill(id: string, name: string, broaderIds: string[] = [], aliases: string[] = []): Skill {
  return { id, name, aliases, broaderIds };
}

/** data ← sql ← {postgresql, mysql}; data ← python ← pandas; it ← devops ← kubernetes (K8s). */
export const taxonomy = createTaxonomy([
  skill('data', 'Data'),
  skill('sql', 'SQL', ['data'], ['Structured Query Language']),
  skill('postgresql', 'PostgreSQL', ['sql'], ['Postgres']),
  skill('mysql', 'MySQL', ['sql']),
  skill('python', 'Python', ['data'], ['Python 3']),
  skill('pandas', 'pandas', ['python']),
  skill('it', 'Information technology'),
  skill('devops', 'DevOps', ['it']),
  skill('kubernetes', 'Kubernetes', ['devops'], ['K8s']),
]);

let sequence = 0;

/** A VERIFIED credential issued 2024-01-01, not expiring, by a trusted issuer, unless overridden. */
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
    definitionId: null,
    issuerId: 'issuer-1',
    issuerName: 'Example Academy',
    issuerTrusted: true,
    issuedOn: day('2024-01-01'),
    validFrom: null,
    validUntil: null,
    status: 'VERIFIED' as VerificationStatus,
    alignments: alignments.map(([skillId, level]) => ({ skillId, level })),
    ...overrides,
  };
}

export function requirement(
  skillId: string,
  minLevel: number,
  options: Partial<Omit<JobRequirement, 'skillId' | 'minLevel'>> = {},
): JobRequirement {
  return { skillId, minLevel, weight: 1, mustHave: false, ...options };
}

export function definition(
  id: string,
  alignments: Array<[skillId: string, level: number]>,
  estimatedHours: number | null,
  cost: number | null = null,
  issuerId = 'issuer-1',
): CredentialDefinition {
  return {
    id,
    name: `Definition ${id}`,
    kind: 'CERTIFICATE',
    issuerId,
    alignments: alignments.map(([skillId, level]) => ({ skillId, level })),
    estimatedHours,
    cost,
  };
}
