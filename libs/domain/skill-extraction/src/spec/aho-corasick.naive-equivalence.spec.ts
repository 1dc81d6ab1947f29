import fc from 'fast-check';
import { AhoCorasick } from '../index';

// The automaton finds exactly the occurrences a naive scan finds (every pattern, every position).
function naive(patterns: number[][], input: number[]) {
  const found: string[] = [];
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    for (let i = 0; i + p.length <= input.length; i++) {
      if (p.every((s, k) => input[i + k] === s)) found.push(`${id}:${i}:${i + p.length}`);
    }
  });
  return found.sort();
}

describe('AhoCorasick — equals a naive scan', () => {
  it('classic he/she/his/hers example', () => {
    const enc = (w: string) => [...w].map((c) => c.charCodeAt(0));
    const ac = new AhoCorasick(['he', 'she', 'his', 'hers'].map(enc));
    const got = ac.search(enc('ushers')).map((m) => `${m.pattern}:${m.start}:${m.end}`).sort();
    expect(got).toEqual(['0:2:4', '1:1:4', '3:2:6']);
  });

  it('unknown symbols (−1) reset the automaton', () => {
    const ac = new AhoCorasick([[1, 2]]);
    expect(ac.search([1, -1, 2])).toEqual([]);
    expect(ac.search([1, 2])).toEqual([{ pattern: 0, start: 0, end: 2 }]);
  });

  it('random patterns and inputs over a small alphabet (1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 30 }),
        (patterns, input) => {
          const got = new AhoCorasick(patterns).search(input).map((m) => `${m.pattern}:${m.start}:${m.end}`).sort();
          expect(got).toEqual(naive(patterns, input));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
