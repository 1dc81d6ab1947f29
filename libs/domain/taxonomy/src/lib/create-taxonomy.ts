import type { Skill, SkillId } from '@skillproof/domain-model';
import { normalizeLabel } from './normalize-label';
import { TaxonomyCycleError, TaxonomyError, TaxonomyErrorCode } from './taxonomy.exception';

/**
 * A closure: for every related skill id, the shortest chain of skill ids linking the two, always
 * written **from the narrower skill up to the broader one** (e.g. `['postgresql', 'sql']`).
 * Both ends are included, so a path has at least two ids.
 */
export type SkillClosure = ReadonlyMap<SkillId, readonly SkillId[]>;

/** A broader id named by a skill that is not in the taxonomy (ignored when building the DAG). */
export interface DanglingBroader {
  /** The skill whose `broaderIds` names the unknown id. */
  skillId: SkillId;
  /** The unknown broader id, as given. */
  broaderId: SkillId;
}

/**
 * An immutable, indexed skill taxonomy (PRODUCT.md §2): a DAG through `broaderIds`, with labels and
 * aliases matched by {@link normalizeLabel}. Build it with {@link createTaxonomy}; closures are
 * computed on first use and memoised, so one instance should be shared and reused (it is cheap to
 * keep for ~15,000 skills). Returned maps and arrays are shared: treat them as read-only.
 */
export interface Taxonomy {
  /** Number of skills. */
  readonly size: number;
  /** Every skill, in input order. */
  readonly skills: readonly Skill[];
  /**
   * Labels that cannot be resolved because they name several skills: normalised label → the
   * candidate skill ids (input order). A label is ambiguous when two skills share it as preferred
   * label, or share it as alias while no skill has it as preferred label.
   */
  readonly ambiguous: ReadonlyMap<string, readonly SkillId[]>;
  /** Broader ids that name no skill of the taxonomy; they are ignored (input order). */
  readonly danglingBroader: readonly DanglingBroader[];
  /** True when `id` is the exact id of a skill. */
  has(id: SkillId): boolean;
  /** The skill with exactly this id, or `undefined`. */
  get(id: SkillId): Skill | undefined;
  /**
   * Canonical skill id for an id, a preferred label or an alias (PRODUCT.md §4.1: "aliases resolve to
   * the canonical skill first"). Order: exact id; trimmed id; normalised preferred label; normalised
   * alias. A preferred label wins over another skill's alias. Returns `undefined` when nothing
   * matches or the label is {@link Taxonomy.ambiguous}.
   */
  resolve(idOrLabelOrAlias: string): SkillId | undefined;
  /**
   * Every skill id the reference could mean: `[id]` for an id or unambiguous label, all candidates
   * for an ambiguous label (for a "did you mean" prompt), `[]` when unknown.
   */
  candidates(idOrLabelOrAlias: string): readonly SkillId[];
  /** Direct broader skills of `id` (known ids only, input order, no duplicates); `[]` if unknown. */
  broader(id: SkillId): readonly SkillId[];
  /** Direct narrower skills of `id` (input order of the narrower skills); `[]` if unknown. */
  narrower(id: SkillId): readonly SkillId[];
  /**
   * All ancestors of `id` (transitively broader skills, the skill itself excluded) → shortest path
   * from `id` up to the ancestor. Evidence for `id` counts for every key (PRODUCT.md §4.1: evidence
   * for "PostgreSQL" counts for its broader "SQL", never the other way round). Ties between equally
   * short paths are broken by breadth-first order over `broaderIds` as given. Empty for an unknown
   * id. Memoised.
   */
  broaderClosure(id: SkillId): SkillClosure;
  /**
   * All descendants of `id` (transitively narrower skills, the skill itself excluded) → shortest path
   * from the **descendant up to `id`**, identical to `broaderClosure(descendant).get(id)`. Evidence
   * for any key counts for `id`. Empty for an unknown id. Memoised.
   */
  narrowerClosure(id: SkillId): SkillClosure;
  /** True when `narrowerId` equals `broaderId` or is transitively narrower than it. */
  isSameOrNarrower(narrowerId: SkillId, broaderId: SkillId): boolean;
  /**
   * Human-readable inference path: the preferred labels joined by " → " (unknown ids shown as is),
   * e.g. `formatPath(['postgresql', 'sql'])` → `"PostgreSQL → SQL"`.
   */
  formatPath(path: readonly SkillId[]): string;
}

const EMPTY_CLOSURE: SkillClosure = new Map();
const EMPTY_IDS: readonly SkillId[] = Object.freeze([]);
/** Bound of the resolve memo (distinct non-id references); cleared when reached. */
const RESOLVE_MEMO_LIMIT = 100_000;

/**
 * Builds a {@link Taxonomy} from plain skills (PRODUCT.md §2). O(skills + aliases + broader links).
 *
 * - Broader ids that name no skill are ignored and listed in `danglingBroader`; duplicate broader ids
 *   of one skill count once.
 * - Labels and aliases are indexed by {@link normalizeLabel}; shared ones are listed in `ambiguous`.
 *
 * @throws {TaxonomyCycleError} code `TAXONOMY_CYCLE`, when the broader relation has a cycle (its
 *   `path` and message name it: "A → B → A"). The first cycle found in input order is reported.
 * @throws {TaxonomyError} code `TAXONOMY_DUPLICATE_SKILL_ID` when two skills share an id, or
 *   `TAXONOMY_INVALID_SKILL` when an id is empty.
 */
export function createTaxonomy(skills: readonly Skill[]): Taxonomy {
  const byId = new Map<SkillId, Skill>();
  for (const skill of skills) {
    if (typeof skill.id !== 'string' || skill.id.trim() === '') {
      throw new TaxonomyError(TaxonomyErrorCode.INVALID_SKILL, `Skill "${skill.name}" has an empty id`);
    }
    if (byId.has(skill.id)) {
      throw new TaxonomyError(TaxonomyErrorCode.DUPLICATE_SKILL_ID, `Two skills share the id "${skill.id}"`);
    }
    byId.set(skill.id, skill);
  }

  // Direct links, known ids only.
  const broaderOf = new Map<SkillId, readonly SkillId[]>();
  const narrowerOf = new Map<SkillId, SkillId[]>();
  const danglingBroader: DanglingBroader[] = [];
  for (const skill of skills) {
    const links: SkillId[] = [];
    for (const broaderId of skill.broaderIds ?? []) {
      if (!byId.has(broaderId)) {
        danglingBroader.push({ skillId: skill.id, broaderId });
      } else if (!links.includes(broaderId)) {
        links.push(broaderId);
        let children = narrowerOf.get(broaderId);
        if (!children) narrowerOf.set(broaderId, (children = []));
        children.push(skill.id);
      }
    }
    broaderOf.set(skill.id, links);
  }

  assertAcyclic(skills, broaderOf);
  const { labelIndex, ambiguous } = indexLabels(skills);

  const resolveMemo = new Map<string, SkillId | undefined>();
  const broaderMemo = new Map<SkillId, SkillClosure>();
  const narrowerMemo = new Map<SkillId, SkillClosure>();

  const broaderClosure = (id: SkillId): SkillClosure => {
    const cached = broaderMemo.get(id);
    if (cached) return cached;
    if (!byId.has(id)) return EMPTY_CLOSURE;
    // Breadth-first search up the DAG: the first visit of a node is along a shortest path.
    const parent = new Map<SkillId, SkillId>([[id, id]]);
    const order: SkillId[] = [];
    const queue: SkillId[] = [id];
    for (let head = 0; head < queue.length; head++) {
      const current = queue[head];
      for (const up of broaderOf.get(current) ?? EMPTY_IDS) {
        if (parent.has(up)) continue;
        parent.set(up, current);
        order.push(up);
        queue.push(up);
      }
    }
    const closure = new Map<SkillId, readonly SkillId[]>();
    for (const ancestor of order) {
      const path: SkillId[] = [ancestor];
      for (let node = ancestor; node !== id; ) {
        node = parent.get(node) as SkillId;
        path.push(node);
      }
      closure.set(ancestor, Object.freeze(path.reverse()));
    }
    broaderMemo.set(id, closure);
    return closure;
  };

  const narrowerClosure = (id: SkillId): SkillClosure => {
    const cached = narrowerMemo.get(id);
    if (cached) return cached;
    if (!byId.has(id)) return EMPTY_CLOSURE;
    const seen = new Set<SkillId>([id]);
    const queue: SkillId[] = [id];
    for (let head = 0; head < queue.length; head++) {
      for (const down of narrowerOf.get(queue[head]) ?? EMPTY_IDS) {
        if (seen.has(down)) continue;
        seen.add(down);
        queue.push(down);
      }
    }
    const closure = new Map<SkillId, readonly SkillId[]>();
    for (let i = 1; i < queue.length; i++) {
      // Same path as seen from below, so both closures always agree.
      closure.set(queue[i], broaderClosure(queue[i]).get(id) as readonly SkillId[]);
    }
    narrowerMemo.set(id, closure);
    return closure;
  };

  const candidates = (ref: string): readonly SkillId[] => {
    if (byId.has(ref)) return [ref];
    const trimmed = ref.trim();
    if (byId.has(trimmed)) return [trimmed];
    const key = normalizeLabel(ref);
    const resolved = labelIndex.get(key);
    if (resolved !== undefined) return [resolved];
    return ambiguous.get(key) ?? EMPTY_IDS;
  };

  return {
    size: byId.size,
    skills,
    ambiguous,
    danglingBroader,
    has: (id) => byId.has(id),
    get: (id) => byId.get(id),
    resolve: (ref) => {
      if (typeof ref !== 'string') return undefined;
      if (byId.has(ref)) return ref;
      // Label lookups (and ids outside the taxonomy) are memoised: normalising is the costly part.
      if (resolveMemo.has(ref)) return resolveMemo.get(ref);
      const trimmed = ref.trim();
      const resolved = byId.has(trimmed) ? trimmed : labelIndex.get(normalizeLabel(ref));
      if (resolveMemo.size >= RESOLVE_MEMO_LIMIT) resolveMemo.clear();
      resolveMemo.set(ref, resolved);
      return resolved;
    },
    candidates: (ref) => (typeof ref === 'string' ? candidates(ref) : EMPTY_IDS),
    broader: (id) => broaderOf.get(id) ?? EMPTY_IDS,
    narrower: (id) => narrowerOf.get(id) ?? EMPTY_IDS,
    broaderClosure,
    narrowerClosure,
    isSameOrNarrower: (narrowerId, broaderId) =>
      narrowerId === broaderId || broaderClosure(narrowerId).has(broaderId),
    formatPath: (path) => path.map((id) => byId.get(id)?.name ?? id).join(' → '),
  };
}

/**
 * Iterative three-colour depth-first search (no recursion: a 15,000-deep chain must not overflow the
 * stack). Throws on the first back edge, reporting the cycle in broader direction.
 */
function assertAcyclic(skills: readonly Skill[], broaderOf: ReadonlyMap<SkillId, readonly SkillId[]>): void {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Map<SkillId, number>();
  for (const root of skills) {
    if ((colour.get(root.id) ?? WHITE) !== WHITE) continue;
    const stack: SkillId[] = [root.id];
    const cursor: number[] = [0];
    colour.set(root.id, GREY);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const node = stack[top];
      const links = broaderOf.get(node) ?? EMPTY_IDS;
      if (cursor[top] < links.length) {
        const next = links[cursor[top]++];
        const state = colour.get(next) ?? WHITE;
        if (state === GREY) {
          const path = stack.slice(stack.indexOf(next));
          path.push(next);
          throw new TaxonomyCycleError(path);
        }
        if (state === WHITE) {
          colour.set(next, GREY);
          stack.push(next);
          cursor.push(0);
        }
      } else {
        colour.set(node, BLACK);
        stack.pop();
        cursor.pop();
      }
    }
  }
}

/**
 * Label index: preferred labels first (a preferred label always wins over another skill's alias),
 * then aliases. Ids resolving to one skill go to `labelIndex`; labels naming several go to `ambiguous`.
 */
function indexLabels(skills: readonly Skill[]): {
  labelIndex: Map<string, SkillId>;
  ambiguous: Map<string, SkillId[]>;
} {
  const byName = new Map<string, SkillId[]>();
  const byAlias = new Map<string, SkillId[]>();
  const add = (index: Map<string, SkillId[]>, label: unknown, id: SkillId): void => {
    if (typeof label !== 'string') return;
    const key = normalizeLabel(label);
    if (key === '') return;
    const ids = index.get(key);
    if (!ids) index.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const skill of skills) {
    add(byName, skill.name, skill.id);
    for (const alias of skill.aliases ?? []) add(byAlias, alias, skill.id);
  }
  const labelIndex = new Map<string, SkillId>();
  const ambiguous = new Map<string, SkillId[]>();
  for (const [key, ids] of byName) {
    if (ids.length === 1) labelIndex.set(key, ids[0]);
    else ambiguous.set(key, ids);
  }
  for (const [key, ids] of byAlias) {
    if (byName.has(key)) continue;
    if (ids.length === 1) labelIndex.set(key, ids[0]);
    else ambiguous.set(key, ids);
  }
  return { labelIndex, ambiguous };
}
