import type { Skill } from '@skillproof/domain-model';

/** Builds a skill with defaults, for specs. */
export function skill(id: string, name: string, broaderIds: string[] = [], aliases: string[] = []): Skill {
  return { id, name, aliases, broaderIds };
}

/**
 * A small real-world shaped taxonomy:
 *
 *   data ← sql ← postgresql
 *               ← mysql
 *   it ← devops ← kubernetes (alias K8s)
 *   data ← python ← pandas → also broader "it" (two broader skills)
 */
export const SKILLS: Skill[] = [
  skill('data', 'Data'),
  skill('sql', 'SQL', ['data'], ['Structured Query Language']),
  skill('postgresql', 'PostgreSQL', ['sql'], ['Postgres']),
  skill('mysql', 'MySQL', ['sql']),
  skill('it', 'Information technology'),
  skill('devops', 'DevOps', ['it']),
  skill('kubernetes', 'Kubernetes', ['devops'], ['K8s', 'kube']),
  skill('python', 'Python', ['data', 'it']),
  skill('pandas', 'pandas', ['python']),
];
