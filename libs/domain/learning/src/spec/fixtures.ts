import type { CredentialDefinition, CredentialEvidence, Skill, TargetSkill } from '@skillproof/domain-model';
import { createTaxonomy } from '@skillproof/domain-taxonomy';

export const AS_OF = new Date('2026-03-01T00:00:00Z');

function skill(id: string, name: string, broaderIds: string[] = []): Skill {
  return { id, name, aliases: [], broaderIds };
}

/** data ← sql ← postgresql; data ← python; it ← kubernetes; nursing. */
export const taxonomy = createTaxonomy([
  skill('data', 'Data'),
  skill('sql', 'SQL', ['data']),
  skill('postgresql', 'PostgreSQL', ['sql']),
  skill('python', 'Python', ['data']),
  skill('it', 'Information technology'),
  skill('kubernetes', 'Kubernetes', ['it']),
  skill('nursing', 'Registered nursing'),
]);

/** A credential definition proving `alignments`, taking `hours`, costing `cost`. */
export function definition(id: string, alignments: Array<[skillId: string, level: number]>, hours: number | null, cost: number | null = 0): CredentialDefinition {
  return {
    id, name: `Definition ${id}`, kind: 'CERTIFICATION', issuerId: 'issuer-1',
    alignments: alignments.map(([skillId, level]) => ({ skillId, level })), estimatedHours: hours, cost,
  };
}

let sequence = 0;

/** A VERIFIED, non-expiring credential issued 2025-01-01, unless overridden. */
export function credential(personId: string, alignments: Array<[skillId: string, level: number]>, overrides: Partial<CredentialEvidence> = {}): CredentialEvidence {
  sequence += 1;
  return {
    id: `cred-${sequence}`, personId, name: `Credential ${sequence}`, issuerTrusted: true,
    issuedOn: new Date('2025-01-01T00:00:00Z'), validUntil: null, status: 'VERIFIED',
    alignments: alignments.map(([skillId, level]) => ({ skillId, level })), ...overrides,
  };
}

export function byPerson(...credentials: CredentialEvidence[]): Map<string, CredentialEvidence[]> {
  const map = new Map<string, CredentialEvidence[]>();
  for (const c of credentials) map.set(c.personId, [...(map.get(c.personId) ?? []), c]);
  return map;
}

export const members = (...ids: string[]) => ids.map((personId) => ({ personId }));

export const target = (skillId: string, minLevel: number, needed: number): TargetSkill => ({ skillId, minLevel, needed });

/** The plan's (person, definition) pairs, as "person:definition" strings, in plan order. */
export const pairs = (plan: { assignments: { personId: string; definitionId: string }[] }): string[] =>
  plan.assignments.map((a) => `${a.personId}:${a.definitionId}`);
