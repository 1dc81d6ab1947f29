import { resolve } from 'node:path';
import {
  addMonthsUtc,
  ancestorClosure,
  buildDemoPlan,
  DEMO_DEFAULT_NOW,
  provenLevels,
  requirementCoverage,
  stableUuid,
  type DemoPlan,
  type ReferenceData,
  type ReferenceDefinition,
} from './demo-plan';
import { loadReferenceData } from './demo-reference-data';

const REFERENCE_DIR = resolve(__dirname, '../../../../../data/reference');
const DAY = 86_400_000;

describe('demo plan', () => {
  let reference: ReferenceData;
  let plan: DemoPlan;
  let defById: Map<string, ReferenceDefinition>;
  let closure: ReturnType<typeof ancestorClosure>;

  beforeAll(() => {
    reference = loadReferenceData(REFERENCE_DIR);
    plan = buildDemoPlan(reference);
    defById = new Map(reference.definitions.map((d) => [d.id, d]));
    closure = ancestorClosure(reference.skills);
  });

  const validDefs = (personId: string) =>
    plan.awards.filter((a) => a.personId === personId && a.state === 'VALID').map((a) => defById.get(a.definitionId)!);
  const holders = (memberIds: string[], skillId: string, minLevel: number) =>
    memberIds.filter((m) => (provenLevels(validDefs(m), closure).get(skillId) ?? 0) >= minLevel);

  describe('reference data', () => {
    it('has the expected sizes', () => {
      expect(reference.skills.length).toBeGreaterThan(1000);
      expect(reference.jobs).toHaveLength(21);
      expect(reference.teams).toHaveLength(4);
      expect(reference.definitions.length).toBeGreaterThanOrEqual(95);
      expect(reference.definitions.length).toBeLessThanOrEqual(120);
    });

    it('has no broader cycles and no dangling broader ids', () => {
      const byId = new Map(reference.skills.map((s) => [s.id, s]));
      const state = new Map<string, 1 | 2>();
      const visit = (id: string): void => {
        if (state.get(id) === 2) return;
        if (state.get(id) === 1) throw new Error(`cycle at ${id}`);
        state.set(id, 1);
        for (const b of byId.get(id)!.broaderIds) {
          expect(byId.has(b)).toBe(true);
          visit(b);
        }
        state.set(id, 2);
      };
      for (const s of reference.skills) visit(s.id);
      expect(() => ancestorClosure(reference.skills)).not.toThrow();
    });

    it('uses stable, framework-prefixed, unique skill ids', () => {
      const ids = reference.skills.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^(esco:(isced-f:\d+|[0-9a-f-]{36})|onet:2\.[ABC](\.[0-9a-z]+)*|onet-tech:\d{8}(\/[a-z0-9-]+)?)$/);
      const byId = new Map(reference.skills.map((s) => [s.id, s]));
      expect(byId.get('onet:2.B.3.e')!.broaderIds).toEqual(['onet:2.B.3']);
      expect(byId.get('onet:2.B.3')!.broaderIds).toEqual(['onet:2.B']);
    });

    it('links narrower technology evidence to broader ESCO skills (curated)', () => {
      const sql = reference.skills.find((s) => s.name === 'Structured query language SQL')!;
      const escoSql = reference.skills.find((s) => s.name === 'SQL' && s.id.startsWith('esco:'))!;
      expect(closure.get(sql.id)!.has(escoSql.id)).toBe(true);
    });

    it('is referentially intact: every skill id used exists', () => {
      const ids = new Set(reference.skills.map((s) => s.id));
      for (const j of reference.jobs) for (const r of j.requirements) expect(ids.has(r.skillId)).toBe(true);
      for (const t of reference.teams) for (const r of t.target) expect(ids.has(r.skillId)).toBe(true);
      for (const d of reference.definitions) {
        expect(d.alignments.length).toBeGreaterThanOrEqual(1);
        for (const a of d.alignments) {
          expect(ids.has(a.skillId)).toBe(true);
          expect(a.level).toBeGreaterThanOrEqual(1);
          expect(a.level).toBeLessThanOrEqual(5);
        }
      }
    });

    it('has 8–14 target skills per team and valid job requirements', () => {
      for (const t of reference.teams) {
        expect(t.target.length).toBeGreaterThanOrEqual(8);
        expect(t.target.length).toBeLessThanOrEqual(14);
        for (const x of t.target) expect(x.needed).toBeGreaterThanOrEqual(1);
      }
      for (const j of reference.jobs) {
        expect(j.requirements.some((r) => r.mustHave)).toBe(true);
        for (const r of j.requirements) {
          expect(r.minLevel).toBeGreaterThanOrEqual(1);
          expect(r.minLevel).toBeLessThanOrEqual(5);
          expect(r.weight).toBeGreaterThan(0);
          expect(r.weight).toBeLessThanOrEqual(1);
        }
      }
    });
  });

  describe('determinism', () => {
    it('two builds deep-equal', () => {
      expect(buildDemoPlan(reference)).toEqual(plan);
    });

    it('a different seed gives different people', () => {
      const other = buildDemoPlan(reference, { seed: 2 });
      expect(other.people.map((p) => p.displayName)).not.toEqual(plan.people.map((p) => p.displayName));
    });

    it('keeps ids stable across runs', () => {
      expect(stableUuid(1, 'x', 'y')).toBe('9eabac8e-1f1d-5d54-93e1-b5d3a4c138b3');
      expect(plan.organization.id).toBe('cf0f7f8a-eadc-5bd0-9580-ef9d4ed0e0b7');
      expect(plan.teams[0]).toMatchObject({ id: 'cad1438b-ed98-562f-b0ac-7968b81719cb', key: 'digital-services' });
      expect(plan.jobs[0]).toMatchObject({ id: '1ab4752b-dccb-5a39-8000-fb127a645a4e', referenceId: 'job-11-3131-00' });
      expect(plan.people[0].id).toBe('85b617cb-790e-5f0c-adbd-daae5ba1c483');
    });

    it('defaults now to 2026-11-30 UTC', () => {
      expect(plan.now.toISOString()).toBe(DEMO_DEFAULT_NOW.toISOString());
      expect(plan.now.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    });
  });

  describe('organisation, issuers, teams, jobs, people', () => {
    it('has the fictional agency and its issuers', () => {
      expect(plan.organization.name).toBe('Riverside Health & Human Services Agency');
      const keys = plan.issuers.map((i) => i.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(plan.issuers.some((i) => !i.trusted)).toBe(true);
      const issuerIds = new Set(plan.issuers.map((i) => i.id));
      for (const d of plan.definitions) expect(issuerIds.has(d.issuerId)).toBe(true);
      expect(plan.definitions).toHaveLength(reference.definitions.length);
    });

    it('has about 50 employees in 4 teams of 10–15 and 200 candidates', () => {
      const employees = plan.people.filter((p) => p.kind === 'EMPLOYEE');
      expect(employees).toHaveLength(50);
      expect(plan.people.filter((p) => p.kind === 'CANDIDATE')).toHaveLength(200);
      expect(plan.teams).toHaveLength(4);
      for (const t of plan.teams) {
        expect(t.memberIds.length).toBeGreaterThanOrEqual(10);
        expect(t.memberIds.length).toBeLessThanOrEqual(15);
        expect(t.memberIds).toContain(t.managerId);
        for (const m of t.memberIds) expect(plan.people.find((p) => p.id === m)!.teamId).toBe(t.id);
      }
    });

    it('has 21 jobs, mostly OPEN, each in a team', () => {
      expect(plan.jobs).toHaveLength(21);
      expect(plan.jobs.filter((j) => j.status === 'OPEN').length).toBeGreaterThanOrEqual(19);
      const teamIds = new Set(plan.teams.map((t) => t.id));
      for (const j of plan.jobs) expect(teamIds.has(j.teamId)).toBe(true);
    });

    it('has unique lower-case example.org emails, unique blind codes and diverse names', () => {
      const emails = plan.people.map((p) => p.email);
      expect(new Set(emails).size).toBe(emails.length);
      for (const e of emails) expect(e).toMatch(/^[a-z0-9.]+@[a-z-]+\.example\.org$/);
      const codes = plan.people.map((p) => p.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of codes) expect(c).toMatch(/^C-[0-9A-F]{5}$/);
      expect(plan.people.some((p) => /[^\x20-\x7e]/.test(p.displayName))).toBe(true);
      expect(new Set(plan.people.map((p) => p.displayName)).size).toBe(plan.people.length);
    });
  });

  describe('awards', () => {
    it('are referentially intact with 2–8 credentials per person', () => {
      const personIds = new Set(plan.people.map((p) => p.id));
      for (const a of plan.awards) {
        expect(personIds.has(a.personId)).toBe(true);
        expect(defById.has(a.definitionId)).toBe(true);
      }
      for (const p of plan.people) {
        const n = plan.awards.filter((a) => a.personId === p.id).length;
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(8);
      }
    });

    it('cover 40–90 % of the home job (above 90 % only for licence holders and planted eligible / one-away candidates)', () => {
      const jobByOcc = new Map(reference.jobs.map((j) => [j.occupationCode, j]));
      let inBand = 0;
      for (const p of plan.people) {
        const reqs = jobByOcc.get(p.homeOccupationCode)!.requirements;
        const defs = plan.awards.filter((a) => a.personId === p.id).map((a) => defById.get(a.definitionId)!);
        const cov = requirementCoverage(defs, reqs, closure);
        expect(cov).toBeGreaterThanOrEqual(0.4);
        if (cov <= 0.9) {
          inBand++;
          continue;
        }
        const proven = provenLevels(defs, closure);
        // planted eligible / one-credential-away candidates may exceed the band
        const missing = reqs.filter((r) => r.mustHave && (proven.get(r.skillId) ?? 0) < r.minLevel).length;
        const licensed = defs.some((d) => d.kind === 'LICENSE' || requirementCoverage([d], reqs, closure) > 0.9);
        expect(missing <= 1 || licensed).toBe(true);
      }
      expect(inBand / plan.people.length).toBeGreaterThanOrEqual(0.85);
    });

    it('have consistent dates (2019 → now, validUntil = issuedOn + validity)', () => {
      for (const a of plan.awards) {
        const def = defById.get(a.definitionId)!;
        expect(a.issuedOn.getTime()).toBeLessThan(plan.now.getTime());
        expect(a.issuedOn.getTime()).toBeGreaterThanOrEqual(Date.UTC(2019, 0, 1) - 90 * DAY);
        expect(a.issuedOn.getUTCHours()).toBe(0);
        if (def.validityMonths === null) expect(a.validUntil).toBeNull();
        else expect(a.validUntil).toEqual(addMonthsUtc(a.issuedOn, def.validityMonths));
        if (a.state === 'EXPIRED') expect(a.validUntil!.getTime()).toBeLessThan(plan.now.getTime());
        if (a.state === 'VALID' && a.validUntil) expect(a.validUntil.getTime()).toBeGreaterThan(plan.now.getTime());
      }
    });

    it('have the planted state mix', () => {
      const n = plan.awards.length;
      const count = (s: string) => plan.awards.filter((a) => a.state === s).length;
      expect(count('EXPIRED') / n).toBeGreaterThanOrEqual(0.08);
      expect(count('EXPIRED') / n).toBeLessThanOrEqual(0.12);
      expect(count('REVOKED')).toBeGreaterThanOrEqual(2);
      expect(count('CLAIMED') / n).toBeGreaterThanOrEqual(0.03);
      expect(count('CLAIMED') / n).toBeLessThanOrEqual(0.07);
      expect(count('TAMPERED')).toBeGreaterThanOrEqual(1);
    });

    it('include at least 3 employee credentials expiring within 90 days', () => {
      const employees = new Set(plan.people.filter((p) => p.kind === 'EMPLOYEE').map((p) => p.id));
      const soon = plan.awards.filter(
        (a) =>
          employees.has(a.personId) &&
          a.state === 'VALID' &&
          a.validUntil !== null &&
          a.validUntil.getTime() > plan.now.getTime() &&
          a.validUntil.getTime() - plan.now.getTime() <= 90 * DAY,
      );
      expect(soon.length).toBeGreaterThanOrEqual(3);
    });

    it('use a unique status-list index per issuer', () => {
      const issuerOf = new Map(plan.definitions.map((d) => [d.id, d.issuerId]));
      const seen = new Set<string>();
      for (const a of plan.awards) {
        const key = `${issuerOf.get(a.definitionId)}#${a.statusListIndex}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    });
  });

  describe('planted story', () => {
    const team = (key: string) => plan.teams.find((t) => t.key === key)!;
    const nameOf = (id: string) => reference.skills.find((s) => s.id === id)!.name;

    it('Digital Services is thin on information security', () => {
      const t = team('digital-services');
      const security = t.target.filter((x) => /secur|cyber/i.test(nameOf(x.skillId)));
      expect(security.length).toBeGreaterThanOrEqual(1);
      for (const x of security) expect(holders(t.memberIds, x.skillId, x.minLevel).length).toBeLessThan(x.needed);
    });

    it('Clinical Services is thin on health informatics', () => {
      const t = team('clinical-services');
      const informatics = t.target.filter((x) => /health record|informatic/i.test(nameOf(x.skillId)));
      expect(informatics.length).toBeGreaterThanOrEqual(1);
      for (const x of informatics) expect(holders(t.memberIds, x.skillId, x.minLevel).length).toBeLessThan(x.needed);
    });

    it('every team has a single point of knowledge', () => {
      for (const t of plan.teams) {
        expect(t.target.some((x) => holders(t.memberIds, x.skillId, x.minLevel).length === 1)).toBe(true);
      }
    });

    it('every open job has an eligible candidate and one a single credential away', () => {
      const candidates = plan.people.filter((p) => p.kind === 'CANDIDATE');
      for (const job of plan.jobs.filter((j) => j.status === 'OPEN')) {
        const must = job.requirements.filter((r) => r.mustHave);
        const missing = candidates.map((p) => {
          const proven = provenLevels(validDefs(p.id), closure);
          return must.filter((r) => (proven.get(r.skillId) ?? 0) < r.minLevel);
        });
        expect(missing.some((m) => m.length === 0)).toBe(true);
        const oneAway = missing.filter((m) => m.length === 1);
        expect(oneAway.length).toBeGreaterThanOrEqual(1);
        // ... and a catalogue credential would close that gap
        const gap = oneAway[0][0];
        expect(reference.definitions.some((d) => (provenLevels([d], closure).get(gap.skillId) ?? 0) >= gap.minLevel)).toBe(true);
      }
    });
  });
});
