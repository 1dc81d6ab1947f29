import type { CredentialDefinition, CredentialEvidence, SkillId } from '@skillproof/domain-model';
import { teamReadiness, teamSkillGaps } from '@skillproof/domain-gap-analytics';
import { credentialStanding, prepareCatalog } from '@skillproof/domain-matching';
import { assertDate, LearningError, LearningErrorCode } from './learning.exception';
import type { PlannedAssignment, PlanUpskillingInput, UpskillingPlan } from './learning.types';

/** Default learning capacity: 40 hours per person per quarter (about one working week). */
export const DEFAULT_CAPACITY_HOURS_PER_PERSON = 40;

interface Candidate {
  m: number;
  d: number;
  gain: number;
  hours: number;
  cost: number | null;
}

/**
 * Recommends an upskilling plan for a team (PRODUCT.md §5, "closes the most gap per hour, respecting
 * each employee's capacity"): a greedy weighted cover.
 *
 * Model. A target skill `s` (minLevel, needed) is covered by a member whose verified attained level is
 * ≥ minLevel (the `teamSkillGaps` rule: VERIFIED current credentials, narrower skills count for broader
 * ones). A definition **proves** `s` when one of its alignments — to `s` or a narrower skill — has a
 * level ≥ minLevel (`prepareCatalog(...).provers`, the closing-the-gap rule of matching). Earning it
 * makes the member cover `s`.
 *
 * Greedy. Repeatedly pick the (member, definition) pair with the highest **gain per hour**, where gain =
 * Σ over target skills of the reduction of max(0, needed − covered) — i.e. the number of target skills
 * the definition proves, the member does not cover yet, and that are still short of holders.
 * Every gap unit weighs the same (1): one more holder of any needed skill raises readiness by the same
 * 1/Σ needed, so gain per hour is exactly readiness gained per hour. Ties: fewer hours, then lower cost
 * (unknown last), then person id, then definition id (plain string order) — deterministic, independent
 * of input order of equal candidates. A pair is only considered when:
 * - its gain is > 0 (people already at the level for a skill are never planned for it),
 * - the definition has known, finite `estimatedHours` ≥ 0 and they fit the member's remaining
 *   capacity (capacity − hours of open assignments − hours already planned),
 * - the member does not already hold a VERIFIED credential of that definition current at `asOf`,
 *   has no open assignment of it and has not been planned it.
 * Stops when no pair gains anything.
 *
 * `readinessBefore` and `readinessAfter` are `teamReadiness(teamSkillGaps(...))` on the real
 * credentials and on the credentials plus one simulated VERIFIED credential (valid from `asOf`, no
 * expiry, the definition's alignments) per open and planned assignment.
 *
 * Cost: O(iterations × members × candidate definitions × their target skills); teams are small.
 *
 * @throws {LearningError} `LEARNING_INVALID_DATE` for an invalid `asOf`; `LEARNING_INVALID_CAPACITY`
 *   when `capacityHoursPerPerson` is not a finite number ≥ 0.
 * @throws {GapAnalyticsError} `GAP_INVALID_TARGET` for an invalid target profile.
 */
export function planUpskilling(input: PlanUpskillingInput): UpskillingPlan {
  assertDate(input.asOf, 'asOf');
  const capacity = input.capacityHoursPerPerson ?? DEFAULT_CAPACITY_HOURS_PER_PERSON;
  if (typeof capacity !== 'number' || !Number.isFinite(capacity) || capacity < 0) {
    throw new LearningError(LearningErrorCode.INVALID_CAPACITY, `capacityHoursPerPerson must be a finite number ≥ 0 (got ${String(capacity)})`, { capacityHoursPerPerson: capacity });
  }
  const { target, taxonomy, asOf } = input;
  const personIds = [...new Set(input.members.map((m) => m.personId))];
  const members = personIds.map((personId) => ({ personId }));
  const definitionsById = new Map(input.definitions.map((d) => [d.id, d]));

  // Pending (open) assignments: never repeated, use up capacity, count as coverage to come.
  const pending = (input.existingAssignments ?? []).filter((a) => personIds.includes(a.personId) && definitionsById.has(a.definitionId));
  const excluded = new Set<string>(pending.map((a) => pairKey(a.personId, a.definitionId)));
  const used = new Map<string, number>(personIds.map((id) => [id, 0]));
  for (const a of pending) {
    const d = definitionsById.get(a.definitionId);
    const h = d ? hoursOf(d) : Number.NaN;
    used.set(a.personId, (used.get(a.personId) ?? 0) + (Number.isNaN(h) ? 0 : h));
  }
  for (const personId of personIds) {
    for (const c of input.credentialsByPerson.get(personId) ?? []) {
      if (c.personId === personId && c.definitionId && credentialStanding(c, asOf) === 'COUNTS') excluded.add(pairKey(personId, c.definitionId));
    }
  }

  const gapsNow = teamSkillGaps({ members, target, credentialsByPerson: input.credentialsByPerson, taxonomy, asOf });
  const readinessBefore = teamReadiness(gapsNow);
  const withPending = simulate(input.credentialsByPerson, pending, definitionsById, asOf);
  const start = teamSkillGaps({ members, target, credentialsByPerson: withPending, taxonomy, asOf });

  // covers[s] = members covering target s (open assignments included); covered[s] its size.
  const covers = start.map((g) => new Set(g.holders));
  const covered = start.map((g) => g.covered);
  const needed = target.map((t) => t.needed);

  // Plannable definitions and the target skills each proves.
  const plannable = input.definitions.filter((d) => !Number.isNaN(hoursOf(d)));
  const catalog = prepareCatalog(plannable, taxonomy);
  const provedTargets = new Map<string, number[]>();
  target.forEach((t, s) => {
    for (const suggestion of catalog.provers({ skillId: t.skillId, minLevel: t.minLevel })) {
      const list = provedTargets.get(suggestion.definition.id);
      if (list) list.push(s);
      else provedTargets.set(suggestion.definition.id, [s]);
    }
  });
  const candidates = plannable.filter((d) => provedTargets.has(d.id));

  const assignments: PlannedAssignment[] = [];
  for (;;) {
    let best: Candidate | null = null;
    for (let m = 0; m < personIds.length; m++) {
      const personId = personIds[m];
      const remaining = capacity - (used.get(personId) ?? 0);
      for (let d = 0; d < candidates.length; d++) {
        const definition = candidates[d];
        const hours = hoursOf(definition);
        if (hours > remaining || excluded.has(pairKey(personId, definition.id))) continue;
        let gain = 0;
        for (const s of provedTargets.get(definition.id) ?? []) {
          if (covered[s] < needed[s] && !covers[s].has(personId)) gain++;
        }
        if (gain === 0) continue;
        const candidate: Candidate = { m, d, gain, hours, cost: costOf(definition) };
        if (!best || compareCandidates(candidate, best, personIds, candidates) < 0) best = candidate;
      }
    }
    if (!best) break;
    const personId = personIds[best.m];
    const definition = candidates[best.d];
    const closes: SkillId[] = [];
    for (const s of provedTargets.get(definition.id) ?? []) {
      if (covers[s].has(personId)) continue;
      if (covered[s] < needed[s]) closes.push(start[s].skillId);
      covered[s]++;
      covers[s].add(personId);
    }
    excluded.add(pairKey(personId, definition.id));
    used.set(personId, (used.get(personId) ?? 0) + best.hours);
    assignments.push({ personId, definitionId: definition.id, closes: unique(closes), hours: best.hours, cost: best.cost, gain: best.gain });
  }

  const after = teamSkillGaps({
    members, target, taxonomy, asOf,
    credentialsByPerson: simulate(input.credentialsByPerson, [...pending, ...assignments], definitionsById, asOf),
  });
  const remainingGaps = after.filter((g) => g.gap > 0).map((g) => ({ skillId: g.skillId, gap: g.gap }));
  const uncoverable = unique(after.flatMap((g, s) => (g.gap > 0 && catalog.provers({ skillId: target[s].skillId, minLevel: target[s].minLevel }).length === 0 ? [g.skillId] : [])));
  return {
    assignments,
    totalHours: assignments.reduce((sum, a) => sum + a.hours, 0),
    totalCost: assignments.reduce((sum, a) => sum + (a.cost ?? 0), 0),
    readinessBefore,
    readinessAfter: teamReadiness(after),
    uncoverable,
    remainingGaps,
    capacityHoursPerPerson: capacity,
    hoursByPerson: personIds.map((personId) => ({ personId, hours: used.get(personId) ?? 0 })),
  };
}

/**
 * The credentials of every member plus, per assignment, a simulated VERIFIED credential of its
 * definition valid from `asOf` without expiry (what earning it would add).
 */
export function simulateEarned(
  credentialsByPerson: ReadonlyMap<string, readonly CredentialEvidence[]>,
  earned: readonly { personId: string; definitionId: string }[],
  definitions: readonly CredentialDefinition[],
  asOf: Date,
): Map<string, CredentialEvidence[]> {
  return simulate(credentialsByPerson, earned, new Map(definitions.map((d) => [d.id, d])), asOf);
}

function simulate(
  credentialsByPerson: ReadonlyMap<string, readonly CredentialEvidence[]>,
  earned: readonly { personId: string; definitionId: string }[],
  definitionsById: ReadonlyMap<string, CredentialDefinition>,
  asOf: Date,
): Map<string, CredentialEvidence[]> {
  const result = new Map<string, CredentialEvidence[]>([...credentialsByPerson].map(([k, v]) => [k, [...v]]));
  for (const { personId, definitionId } of earned) {
    const d = definitionsById.get(definitionId);
    if (!d) continue;
    const simulated: CredentialEvidence = {
      id: `simulated:${personId}:${definitionId}`, personId, name: d.name, definitionId, issuerId: d.issuerId,
      issuerTrusted: false, issuedOn: asOf, validFrom: asOf, validUntil: null, status: 'VERIFIED', alignments: d.alignments ?? [],
    };
    const list = result.get(personId);
    if (list) list.push(simulated);
    else result.set(personId, [simulated]);
  }
  return result;
}

/** Best first: higher gain per hour, then fewer hours, lower cost (unknown last), person id, definition id. */
function compareCandidates(a: Candidate, b: Candidate, personIds: readonly string[], definitions: readonly CredentialDefinition[]): number {
  return (
    compareRate(a, b) ||
    a.hours - b.hours ||
    nullsLast(a.cost, b.cost) ||
    compareStrings(personIds[a.m], personIds[b.m]) ||
    compareStrings(definitions[a.d].id, definitions[b.d].id)
  );
}

/** Negative when `a` closes more gap per hour than `b` (exact: cross-multiplied; 0 hours = infinite rate, then more gain first). */
function compareRate(a: Candidate, b: Candidate): number {
  if (a.hours === 0 || b.hours === 0) {
    if (a.hours === 0 && b.hours === 0) return b.gain - a.gain;
    return a.hours === 0 ? -1 : 1;
  }
  const x = a.gain * b.hours;
  const y = b.gain * a.hours;
  return x === y ? 0 : x > y ? -1 : 1;
}

function hoursOf(d: CredentialDefinition): number {
  const h = d.estimatedHours;
  return typeof h === 'number' && Number.isFinite(h) && h >= 0 ? h : Number.NaN;
}

function costOf(d: CredentialDefinition): number | null {
  const c = d.cost;
  return typeof c === 'number' && Number.isFinite(c) ? c : null;
}

function nullsLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pairKey(personId: string, definitionId: string): string {
  return `${personId}\u0000${definitionId}`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
