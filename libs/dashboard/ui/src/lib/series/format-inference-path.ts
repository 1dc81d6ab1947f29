/**
 * Evidence inference path (PRODUCT.md §4.5): evidence for a narrower skill counts for its broader
 * one, shown as "PostgreSQL → SQL". The API gives `inferredFrom` (the skill the credential proves) and
 * `inferencePath` (the chain of skills); this joins them into one readable chain ending at the
 * required skill, without repeating a skill.
 */
export interface SkillRef {
  id: string;
  name: string;
}

export function inferenceChain(
  required: SkillRef,
  inferredFrom: SkillRef | null | undefined,
  inferencePath: readonly SkillRef[] | null | undefined,
): SkillRef[] {
  const chain: SkillRef[] = [];
  const push = (s: SkillRef) => {
    if (chain.length === 0 || chain[chain.length - 1].id !== s.id) chain.push(s);
  };
  const path = inferencePath ?? [];
  if (inferredFrom && (path.length === 0 || path[0].id !== inferredFrom.id)) push(inferredFrom);
  path.forEach(push);
  if (chain.length > 0) push(required);
  return chain;
}

/** "PostgreSQL → SQL", or null when the evidence is for the required skill itself. */
export function formatInferencePath(
  required: SkillRef,
  inferredFrom: SkillRef | null | undefined,
  inferencePath: readonly SkillRef[] | null | undefined,
): string | null {
  const chain = inferenceChain(required, inferredFrom, inferencePath);
  return chain.length > 1 ? chain.map((s) => s.name).join(' → ') : null;
}
