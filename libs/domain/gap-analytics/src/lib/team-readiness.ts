/**
 * Team readiness (PRODUCT.md §5): Σ min(covered, needed) / Σ needed over the target skills — the
 * share of required skill-holders in place, within 0..1. Over-coverage of one skill never compensates
 * for another (each term is capped at its `needed`). **1 when Σ needed = 0** (an empty target, or
 * targets needing nobody: nothing required is missing — the same convention as fit 100 for a job
 * without requirements).
 *
 * @param gaps rows of `teamSkillGaps` or forecast skills (only `covered` and `needed` are read).
 */
export function teamReadiness(gaps: ReadonlyArray<{ covered: number; needed: number }>): number {
  let held = 0;
  let needed = 0;
  for (const g of gaps) {
    const n = Math.max(0, g.needed);
    held += Math.min(Math.max(0, g.covered), n);
    needed += n;
  }
  return needed === 0 ? 1 : held / needed;
}
