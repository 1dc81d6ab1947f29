import type { Skill } from '@skillproof/domain-model';
import { createTaxonomy, createEvidenceIndex } from '../index';

/** A deterministic ESCO-sized DAG: 15,000 skills, 4 levels deep, some with two broader skills. */
function escoSized(n = 15_000): Skill[] {
  const skills: Skill[] = [];
  for (let i = 0; i < n; i++) {
    const broaderIds: string[] = [];
    if (i >= 10) broaderIds.push(`s${Math.floor(i / 10)}`);
    if (i >= 100 && i % 7 === 0) broaderIds.push(`s${Math.floor(i / 13)}`);
    skills.push({ id: `s${i}`, name: `Skill ${i}`, aliases: [`alias ${i}`, `alt ${i % 5000}`], broaderIds });
  }
  return skills;
}

describe('taxonomy — performance on ~15,000 skills', () => {
  it('builds, resolves and computes every closure quickly', () => {
    const skills = escoSized();
    const started = performance.now();
    const taxonomy = createTaxonomy(skills);
    let ancestors = 0;
    for (const s of skills) ancestors += taxonomy.broaderClosure(s.id).size;
    const everything = taxonomy.narrowerClosure('s1');
    for (let i = 0; i < skills.length; i++) expect(taxonomy.resolve(`ALIAS  ${i}`)).toBe(`s${i}`);
    const elapsed = performance.now() - started;

    expect(ancestors).toBeGreaterThan(30_000);
    expect(everything.size).toBeGreaterThan(1000);
    expect(taxonomy.resolve('alt 1')).toBeUndefined(); // shared by s1, s5001, s10001
    expect(taxonomy.ambiguous.get('alt 1')).toEqual(['s1', 's5001', 's10001']);
    // Generous bound for shared, noisy machines; the real cost is a few tens of milliseconds.
    expect(elapsed).toBeLessThan(3000);
  });

  it('an evidence index for a broad requirement is built once and looked up in O(1)', () => {
    const taxonomy = createTaxonomy(escoSized());
    const index = createEvidenceIndex(taxonomy, ['s1', 's2']);
    const started = performance.now();
    let hits = 0;
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 15_000; i++) hits += index.lookup(`s${i}`).length;
    }
    expect(hits).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
