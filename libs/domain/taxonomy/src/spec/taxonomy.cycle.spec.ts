import { createTaxonomy, TaxonomyCycleError, TaxonomyError, TaxonomyErrorCode } from '../index';
import { skill } from './skill.fixture';

function cycleOf(run: () => unknown): TaxonomyCycleError {
  try {
    run();
  } catch (error) {
    if (error instanceof TaxonomyCycleError) return error;
    throw error;
  }
  throw new Error('expected a TaxonomyCycleError');
}

describe('taxonomy — cycles are rejected (the taxonomy is a DAG)', () => {
  it.each([
    {
      name: 'two skills broader of each other',
      skills: [skill('A', 'a', ['B']), skill('B', 'b', ['A'])],
      path: ['A', 'B', 'A'],
    },
    { name: 'self-loop', skills: [skill('A', 'a', ['A'])], path: ['A', 'A'] },
    {
      name: 'three-step cycle below a valid root',
      skills: [skill('root', 'r'), skill('A', 'a', ['root', 'B']), skill('B', 'b', ['C']), skill('C', 'c', ['A'])],
      path: ['A', 'B', 'C', 'A'],
    },
  ])('$name → path $path', ({ skills, path }) => {
    const error = cycleOf(() => createTaxonomy(skills));
    expect(error).toBeInstanceOf(TaxonomyError);
    expect(error.code).toBe(TaxonomyErrorCode.CYCLE);
    expect(error.code).toBe('TAXONOMY_CYCLE');
    expect(error.path).toEqual(path);
    expect(error.message).toContain(path.join(' → '));
  });

  it('message reads "A → B → A"', () => {
    expect(() => createTaxonomy([skill('A', 'a', ['B']), skill('B', 'b', ['A'])])).toThrow('A → B → A');
  });

  it('a diamond (two broader paths to one ancestor) is not a cycle', () => {
    const taxonomy = createTaxonomy([
      skill('top', 't'),
      skill('left', 'l', ['top']),
      skill('right', 'r', ['top']),
      skill('bottom', 'b', ['left', 'right']),
    ]);
    expect([...taxonomy.broaderClosure('bottom').keys()]).toEqual(['left', 'right', 'top']);
  });

  it('finds a cycle at the end of a 20,000-long chain without overflowing the stack', () => {
    const n = 20_000;
    const skills = Array.from({ length: n }, (_, i) => skill(`s${i}`, `S ${i}`, [`s${(i + 1) % n}`]));
    const error = cycleOf(() => createTaxonomy(skills));
    expect(error.path).toHaveLength(n + 1);
    expect(error.path[0]).toBe('s0');
    expect(error.path[n]).toBe('s0');
  });

  it('duplicate ids and empty ids are typed errors too', () => {
    expect(() => createTaxonomy([skill('A', 'a'), skill('A', 'again')])).toThrow(
      expect.objectContaining({ code: TaxonomyErrorCode.DUPLICATE_SKILL_ID }),
    );
    expect(() => createTaxonomy([skill(' ', 'blank')])).toThrow(
      expect.objectContaining({ code: TaxonomyErrorCode.INVALID_SKILL }),
    );
  });
});
