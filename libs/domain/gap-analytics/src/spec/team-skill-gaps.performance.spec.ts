import type { CredentialEvidence, TargetSkill } from '@skillproof/domain-model';
import { coverageForecast, teamSkillGaps } from '../index';
import { AS_OF, DAY, taxonomy } from './fixtures';

const SKILLS = ['data', 'sql', 'postgresql', 'python', 'it', 'kubernetes', 'nursing', 'rust'];

describe('team gaps — scale (10,000 employees)', () => {
  it('computes gaps and a 3-point forecast for 10,000 members with ~10 credentials each', () => {
    const credentialsByPerson = new Map<string, CredentialEvidence[]>();
    const members: Array<{ personId: string }> = [];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let p = 0; p < 10_000; p++) {
      const personId = `e${p}`;
      members.push({ personId });
      credentialsByPerson.set(
        personId,
        Array.from({ length: 10 }, (_, c) => {
          const r = next();
          return {
            id: `${personId}-${c}`,
            personId,
            name: 'c',
            issuerTrusted: true,
            issuedOn: new Date(AS_OF.getTime() - (r % 700) * DAY),
            validUntil: r % 3 === 0 ? new Date(AS_OF.getTime() + ((r % 200) - 50) * DAY) : null,
            status: r % 11 === 0 ? 'CLAIMED' : 'VERIFIED',
            alignments: [{ skillId: SKILLS[r % SKILLS.length], level: 1 + (r % 5) }],
          } satisfies CredentialEvidence;
        }),
      );
    }
    const target: TargetSkill[] = SKILLS.map((skillId, i) => ({ skillId, minLevel: 1 + (i % 5), needed: 50 }));
    const started = performance.now();
    const gaps = teamSkillGaps({ members, target, credentialsByPerson, taxonomy, asOf: AS_OF });
    const forecast = coverageForecast({ members, target, credentialsByPerson, taxonomy, asOf: AS_OF });
    const elapsed = performance.now() - started;
    expect(gaps).toHaveLength(SKILLS.length);
    expect(forecast).toHaveLength(3);
    expect(elapsed).toBeLessThan(5000); // generous bound for shared machines (≈ 0.9 s measured in Jest, cold JIT)
  });
});
