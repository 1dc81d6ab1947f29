import fc from 'fast-check';
import type { CredentialEvidence, VerificationStatus } from '@skillproof/domain-model';
import { teamReadiness, teamSkillGaps } from '@skillproof/domain-gap-analytics';
import { planUpskilling, simulateEarned } from '../index';
import { AS_OF, definition, taxonomy } from './fixtures';

const SKILLS = ['data', 'sql', 'postgresql', 'python', 'it', 'kubernetes', 'nursing'];
const PEOPLE = ['a', 'b', 'c', 'd'];
const DAY = 86_400_000;
const date = fc.option(fc.integer({ min: -300, max: 300 }).map((d) => new Date(AS_OF.getTime() + d * DAY)), { nil: null });
const alignments = fc.array(fc.tuple(fc.constantFrom(...SKILLS), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 3 });

const definitionsArb = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5', 'd6'), alignments, hours: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), cost: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }) }),
  { selector: (d) => d.id, maxLength: 6 },
).map((ds) => ds.map((d) => definition(d.id, d.alignments, d.hours, d.cost)));

const credentialArb: fc.Arbitrary<CredentialEvidence> = fc.record({
  id: fc.uuid(), personId: fc.constantFrom(...PEOPLE), name: fc.constant('c'), issuerTrusted: fc.boolean(),
  definitionId: fc.option(fc.constantFrom('d1', 'd2', 'd3'), { nil: null }),
  issuedOn: date, validFrom: date, validUntil: date,
  status: fc.constantFrom<VerificationStatus>('VERIFIED', 'VERIFIED', 'CLAIMED', 'FAILED', 'INDETERMINATE'),
  alignments: alignments.map((as) => as.map(([skillId, level]) => ({ skillId, level }))),
});
const targetArb = fc.uniqueArray(
  fc.record({ skillId: fc.constantFrom(...SKILLS), minLevel: fc.integer({ min: 0, max: 5 }), needed: fc.integer({ min: 0, max: 4 }) }),
  { selector: (t) => t.skillId, maxLength: 5 },
);
const existingArb = fc.array(fc.record({ personId: fc.constantFrom(...PEOPLE), definitionId: fc.constantFrom('d1', 'd2', 'd4') }), { maxLength: 3 });

function group(credentials: CredentialEvidence[]): Map<string, CredentialEvidence[]> {
  const map = new Map<string, CredentialEvidence[]>();
  for (const c of credentials) map.set(c.personId, [...(map.get(c.personId) ?? []), c]);
  return map;
}

describe('planUpskilling — properties', () => {
  it('readinessAfter ≥ readinessBefore; hours per person ≤ capacity; gains add up; no repeats; deterministic', () => {
    fc.assert(
      fc.property(
        fc.subarray(PEOPLE), targetArb, fc.array(credentialArb, { maxLength: 12 }), definitionsArb,
        fc.integer({ min: 0, max: 80 }), existingArb,
        (team, target, credentials, definitions, capacity, existing) => {
          const members = team.map((personId) => ({ personId }));
          const credentialsByPerson = group(credentials);
          const input = { members, target, credentialsByPerson, definitions, taxonomy, asOf: AS_OF, capacityHoursPerPerson: capacity, existingAssignments: existing };
          const plan = planUpskilling(input);

          expect(plan.readinessAfter).toBeGreaterThanOrEqual(plan.readinessBefore);
          expect(plan.readinessAfter).toBeLessThanOrEqual(1);
          const hours = new Map<string, number>();
          for (const a of plan.assignments) hours.set(a.personId, (hours.get(a.personId) ?? 0) + a.hours);
          for (const [, h] of hours) expect(h).toBeLessThanOrEqual(capacity);
          for (const p of plan.hoursByPerson) expect(p.hours).toBeGreaterThanOrEqual(hours.get(p.personId) ?? 0);
          for (const p of plan.hoursByPerson) if (hours.has(p.personId)) expect(p.hours).toBeLessThanOrEqual(capacity);
          expect(plan.totalHours).toBe([...hours.values()].reduce((s, h) => s + h, 0));

          // Every planned pair is new: not open, not planned twice, each closes something.
          const keys = plan.assignments.map((a) => `${a.personId}:${a.definitionId}`);
          expect(new Set(keys).size).toBe(keys.length);
          for (const e of existing) expect(keys).not.toContain(`${e.personId}:${e.definitionId}`);
          for (const a of plan.assignments) expect(a.gain).toBeGreaterThan(0);

          // The greedy's own bookkeeping agrees with the gap library on the simulated team.
          const pendingInTeam = existing.filter((e) => team.includes(e.personId) && definitions.some((d) => d.id === e.definitionId));
          const withPending = simulateEarned(credentialsByPerson, pendingInTeam, definitions, AS_OF);
          const start = teamReadiness(teamSkillGaps({ members, target, credentialsByPerson: withPending, taxonomy, asOf: AS_OF }));
          const neededSum = target.reduce((s, t) => s + t.needed, 0);
          const gained = plan.assignments.reduce((s, a) => s + a.gain, 0);
          if (neededSum > 0) expect(Math.round((plan.readinessAfter - start) * neededSum)).toBe(gained);

          expect(planUpskilling(input)).toEqual(plan);
        },
      ),
      { numRuns: 300 },
    );
  });
});
