import fc from 'fast-check';
import type { CredentialEvidence, VerificationStatus } from '@skillproof/domain-model';
import { matchPersonToJob } from '@skillproof/domain-matching';
import { coverageForecast, skillMatrix, teamReadiness, teamSkillGaps } from '../index';
import { AS_OF, DAY, taxonomy } from './fixtures';

const SKILLS = ['data', 'sql', 'postgresql', 'python', 'it', 'kubernetes', 'K8s', 'nursing', 'rust'];
const PEOPLE = ['a', 'b', 'c', 'd', 'e'];
const date = fc.option(fc.integer({ min: -400, max: 400 }).map((d) => new Date(AS_OF.getTime() + d * DAY)), { nil: null });

const credentialArb: fc.Arbitrary<CredentialEvidence> = fc.record({
  id: fc.uuid(),
  personId: fc.constantFrom(...PEOPLE),
  name: fc.constant('c'),
  issuerTrusted: fc.boolean(),
  issuedOn: date,
  validFrom: date,
  validUntil: date,
  status: fc.constantFrom<VerificationStatus>('VERIFIED', 'VERIFIED', 'CLAIMED', 'FAILED', 'INDETERMINATE'),
  alignments: fc.array(fc.record({ skillId: fc.constantFrom(...SKILLS), level: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 3 }),
});
const targetArb = fc.array(
  fc.record({ skillId: fc.constantFrom(...SKILLS), minLevel: fc.integer({ min: 0, max: 5 }), needed: fc.integer({ min: 0, max: 4 }) }),
  { maxLength: 6 },
);
const teamArb = fc.subarray(PEOPLE).map((ids) => ids.map((personId) => ({ personId })));

function group(credentials: CredentialEvidence[]): Map<string, CredentialEvidence[]> {
  const map = new Map<string, CredentialEvidence[]>();
  for (const c of credentials) map.set(c.personId, [...(map.get(c.personId) ?? []), c]);
  return map;
}

describe('gap analytics — properties', () => {
  it('gap ≥ 0, readiness in 0..1, coverage agrees with matching (MET) and the forecast at day 0', () => {
    fc.assert(
      fc.property(teamArb, targetArb, fc.array(credentialArb, { maxLength: 15 }), (members, target, credentials) => {
        const credentialsByPerson = group(credentials);
        const input = { members, target, credentialsByPerson, taxonomy, asOf: AS_OF };
        const gaps = teamSkillGaps(input);
        const readiness = teamReadiness(gaps);
        expect(readiness).toBeGreaterThanOrEqual(0);
        expect(readiness).toBeLessThanOrEqual(1);
        gaps.forEach((g, i) => {
          expect(g.gap).toBe(Math.max(0, g.needed - g.covered));
          expect(g.covered).toBe(g.holders.length);
          // Same attained-level rule as matching: a holder is exactly a person who MEETS the requirement.
          const metBy = members
            .filter(({ personId }) =>
              matchPersonToJob({
                personId,
                requirements: [{ skillId: target[i].skillId, minLevel: target[i].minLevel, weight: 1, mustHave: true }],
                credentials: credentialsByPerson.get(personId) ?? [],
                taxonomy,
                asOf: AS_OF,
              }).eligible,
            )
            .map((m) => m.personId);
          expect(g.holders).toEqual(metBy);
        });
        const [today] = coverageForecast({ ...input, days: [0] });
        expect(today.skills.map((s) => s.covered)).toEqual(gaps.map((g) => g.covered));
        expect(today.readiness).toBe(readiness);
      }),
      { numRuns: 200 },
    );
  });

  it('credential order never changes gaps or the matrix', () => {
    fc.assert(
      fc.property(
        teamArb,
        targetArb,
        fc.array(credentialArb, { maxLength: 15 }).chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        (members, target, [credentials, shuffled]) => {
          const a = { members, target, credentialsByPerson: group(credentials), taxonomy, asOf: AS_OF };
          const b = { ...a, credentialsByPerson: group(shuffled) };
          expect(teamSkillGaps(b)).toEqual(teamSkillGaps(a));
          const skills = target.map((t) => t.skillId);
          expect(skillMatrix({ ...b, skills })).toEqual(skillMatrix({ ...a, skills }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('matrix level ≥ minLevel with verified evidence ⇔ the member is a holder', () => {
    fc.assert(
      fc.property(teamArb, targetArb, fc.array(credentialArb, { maxLength: 15 }), (members, target, credentials) => {
        const input = { members, target, credentialsByPerson: group(credentials), taxonomy, asOf: AS_OF };
        const gaps = teamSkillGaps(input);
        const matrix = skillMatrix({ ...input, skills: target.map((t) => t.skillId) });
        gaps.forEach((g, s) => {
          const holders = matrix.personIds.filter((_, m) => {
            const cell = matrix.cells[m * target.length + s];
            return cell.verified && cell.level >= g.minLevel;
          });
          expect(holders).toEqual(g.holders);
        });
      }),
      { numRuns: 200 },
    );
  });
});
