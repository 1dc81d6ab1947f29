import fc from 'fast-check';
import type { Skill } from '@skillproof/domain-model';
import { createTaxonomy } from '../index';

/** Random DAGs: each skill may only point to skills with a smaller index (so no cycle). */
const dag = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: n, maxLength: n }).map((links) =>
    links.map(
      (raw, i): Skill => ({
        id: `s${i}`,
        name: `S${i}`,
        aliases: [],
        broaderIds: i === 0 ? [] : raw.map((r) => `s${r % i}`),
      }),
    ),
  ),
);

describe('taxonomy — closure properties on random DAGs', () => {
  it('paths follow broader links, start at the skill, end at the ancestor; both closures agree', () => {
    fc.assert(
      fc.property(dag, (skills) => {
        const taxonomy = createTaxonomy(skills);
        for (const s of skills) {
          for (const [ancestor, path] of taxonomy.broaderClosure(s.id)) {
            expect(path[0]).toBe(s.id);
            expect(path[path.length - 1]).toBe(ancestor);
            for (let i = 0; i + 1 < path.length; i++) expect(taxonomy.broader(path[i])).toContain(path[i + 1]);
            expect(taxonomy.narrowerClosure(ancestor).get(s.id)).toBe(path);
            expect(taxonomy.broaderClosure(ancestor).has(s.id)).toBe(false);
          }
          for (const descendant of taxonomy.narrowerClosure(s.id).keys()) {
            expect(taxonomy.broaderClosure(descendant).has(s.id)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a path is never longer than any other chain of broader links (shortest)', () => {
    fc.assert(
      fc.property(dag, (skills) => {
        const taxonomy = createTaxonomy(skills);
        // Bellman-style reference: depth[a][b] = min edges from a up to b.
        for (const s of skills) {
          const dist = new Map<string, number>([[s.id, 0]]);
          let frontier = [s.id];
          for (let d = 1; frontier.length > 0; d++) {
            const next: string[] = [];
            for (const id of frontier) {
              for (const up of taxonomy.broader(id)) {
                if (!dist.has(up)) {
                  dist.set(up, d);
                  next.push(up);
                }
              }
            }
            frontier = next;
          }
          for (const [ancestor, path] of taxonomy.broaderClosure(s.id)) {
            expect(path.length - 1).toBe(dist.get(ancestor));
          }
          expect(taxonomy.broaderClosure(s.id).size).toBe(dist.size - 1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
