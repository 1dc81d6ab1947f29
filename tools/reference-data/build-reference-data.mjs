#!/usr/bin/env node
/**
 * Builds the committed reference data under data/reference/ from the real public data in
 * ../shared/data (O*NET 29.3, ESCO v1.1.1, Nesta ESCO↔O*NET crosswalk, BLS SOC crosswalk, Credly
 * badges, New Jersey ETPL credential tables) plus the curated, reviewable TSVs in data/reference/.
 *
 *   node tools/reference-data/build-reference-data.mjs [--src <shared data dir>] [--out <dir>]
 *
 * Outputs (see data/reference/PROVENANCE.md): skills.json, jobs.json, teams.json,
 * credential-definitions.json, upstream/*.PROVENANCE.md. Deterministic: every list is sorted with a
 * code-point comparison, JSON is written with 2-space indentation and a trailing newline, and nothing
 * depends on the clock, the locale or Math.random — re-running yields byte-identical files.
 * Fails loudly (exit 1) on a broader cycle, a dangling skill id, or a curated row that does not
 * resolve against the source data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assertAcyclic,
  cmp,
  labelKey,
  parseCsv,
  parseTsv,
  readCuratedTsv,
  readText,
  roundHalfUp,
  slug,
} from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const args = process.argv.slice(2);
const argValue = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const SRC = path.resolve(argValue('--src', process.env.SKILLPROOF_SHARED_DATA ?? path.resolve(repoRoot, '../shared/data')));
const OUT = path.resolve(argValue('--out', path.join(repoRoot, 'data/reference')));
const CURATED = path.join(repoRoot, 'data/reference');
const src = (...p) => path.join(SRC, ...p);

/** Demo organisation (../shared/design/DATA.md): team → O*NET-SOC occupations, with the job title used. */
const TEAMS = [
  {
    key: 'digital-services',
    name: 'Digital Services',
    it: true,
    occupations: [
      ['15-1254.00', 'Full Stack Web Developer'],
      ['15-1242.00', 'Database Administrator (DBA)'],
      ['15-1212.00', 'Information Security Analyst'],
      ['15-1232.00', 'IT Support Specialist (Information Technology Support Specialist)'],
      ['15-1244.00', 'Systems Administrator'],
      ['15-2051.01', 'Business Intelligence Analyst (BI Analyst)'],
      ['15-1299.09', 'IT Project Manager (Information Technology Project Manager)'],
    ],
  },
  {
    key: 'clinical-services',
    name: 'Clinical Services',
    it: false,
    occupations: [
      ['29-1141.00', 'Registered Nurse (RN)'],
      ['29-2061.00', 'Licensed Practical Nurse (LPN)'],
      ['31-9092.00', 'Clinical Medical Assistant'],
      ['31-1131.00', 'Certified Nursing Assistant (CNA)'],
      ['29-2052.00', 'Certified Pharmacy Technician (CPhT)'],
      ['21-1094.00', 'Community Health Worker (CHW)'],
    ],
  },
  {
    key: 'learning-development',
    name: 'Learning & Development',
    it: false,
    occupations: [
      ['13-1151.00', 'Corporate Trainer'],
      ['25-9031.00', 'Instructional Designer'],
      ['11-3131.00', 'Training Manager'],
    ],
  },
  {
    key: 'public-programs',
    name: 'Public Programs',
    it: false,
    occupations: [
      ['43-4061.00', 'Eligibility Specialist'],
      ['13-1041.00', 'Compliance Officer'],
      ['13-1111.00', 'Management Analyst'],
      ['13-1071.00', 'Human Resources Specialist (HR Specialist)'],
      ['13-2031.00', 'Budget Analyst'],
    ],
  },
];
const DEMO_CODES = TEAMS.flatMap((t) => t.occupations.map(([c]) => c));

/** Job-requirement rules (documented in data/reference/PROVENANCE.md). */
const RULES = {
  elementsPerJob: 10, // top N required-tier elements by importance (8–12 per DATA.md)
  minElementsPerJob: 8, // pad from the nice-to-have tier if fewer are required
  mustHavePerJob: 4, // the top 4 by importance are must-haves, the rest nice-to-have
  techPerItJob: 5, // Hot Technologies added to IT jobs as nice-to-haves
  techLevel: 3,
  techLevelSenior: 4,
  techWeight: 0.5,
  escoWeight: { mustHave: 0.7, niceToHave: 0.5 }, // ESCO has no importance: fixed weights for curated ESCO requirements
  // Generic office applications are not differentiating requirements for IT roles (kept for IT Support only).
  officeApps: ['Microsoft Excel', 'Microsoft Office software', 'Microsoft PowerPoint', 'Microsoft Outlook', 'Microsoft Word'],
  officeAppsAllowed: ['15-1232.00'],
  coreImportance: 3.5, // a licence / occupation-aligned certification proves required elements with IM ≥ 3.5
  teamMinSkills: 8,
  teamMaxSkills: 14,
};
const isSenior = (title) => /\b(senior|lead|principal|manager|director)\b/i.test(title);

const stableJson = (v) => JSON.stringify(v, null, 2) + '\n';
const writeOut = (name, data) => {
  fs.mkdirSync(path.dirname(path.join(OUT, name)), { recursive: true });
  fs.writeFileSync(path.join(OUT, name), typeof data === 'string' ? data : stableJson(data));
};
const fail = (msg) => {
  throw new Error(msg);
};
const tsv = (...p) => parseTsv(readText(src(...p)), p.join('/'));

// ---------------------------------------------------------------------------------------------
// O*NET
// ---------------------------------------------------------------------------------------------
const contentModel = tsv('onet/reference/Content Model Reference.txt');
const occupationData = new Map(tsv('onet/reference/Occupation Data.txt').map((r) => [r['O*NET-SOC Code'], r]));
const unspsc = new Map(
  tsv('onet/reference/UNSPSC Reference (commodities used by Technology Skills).txt').map((r) => [r['Commodity Code'], r]),
);
const proficiency = tsv('onet/derived/required_proficiency_82_occupations.tsv');
const techAll = tsv('onet/full/technology_skills_all.tsv.gz');
const altTitles = tsv('onet/full/alternate_titles_all.tsv.gz');
const tasks = tsv('onet/subset_82_occupations/Task Statements.txt');

for (const code of DEMO_CODES) if (!occupationData.has(code)) fail(`demo occupation ${code} not in O*NET Occupation Data`);

/** @type {Map<string, any>} id → skill */
const skills = new Map();
const addSkill = (s) => {
  if (skills.has(s.id)) fail(`duplicate skill id ${s.id}`);
  skills.set(s.id, s);
};

// Content-model elements of Skills (2.A basic, 2.B cross-functional) and Knowledge (2.C), with
// their parents in the content-model tree as broader (2.B.3.e → 2.B.3 → 2.B).
for (const r of contentModel) {
  const el = r['Element ID'];
  if (!/^2\.[ABC](\.|$)/.test(el)) continue;
  const parts = el.split('.');
  const parent = parts.length > 2 ? parts.slice(0, -1).join('.') : null;
  addSkill({
    id: `onet:${el}`,
    name: r['Element Name'],
    aliases: [],
    description: r['Description'] ?? '',
    category: el.startsWith('2.C') ? 'O*NET Knowledge' : 'O*NET Skills',
    sourceId: el,
    broaderIds: parent ? [`onet:${parent}`] : [],
  });
}
// O*NET uses the same name for a Skill and a Knowledge element (Mathematics 2.A.1.e / 2.C.4.a):
// the Knowledge element gets a " (knowledge)" suffix, keeping the O*NET name as an alias.
{
  const onetNames = new Map();
  for (const s of skills.values()) onetNames.set(labelKey(s.name), [...(onetNames.get(labelKey(s.name)) ?? []), s]);
  // Engineering and Technology (2.C.3 area / 2.C.3.b element): the area gets " (area)".
  for (const group of onetNames.values()) {
    if (group.length < 2) continue;
    const mixed = group.some((s) => !s.id.startsWith('onet:2.C'));
    for (const s of group) {
      const isArea = !mixed && s.id.split('.').length === 3;
      if (mixed ? !s.id.startsWith('onet:2.C') : !isArea) continue;
      s.aliases.push(s.name);
      s.name = `${s.name} (${mixed ? 'knowledge' : 'area'})`;
    }
  }
}

// Hot Technologies of the demo occupations; one skill per example name (an example filed under
// several UNSPSC commodities takes the commodity most demo occupations use, ties → lowest code).
const hotRows = techAll.filter((r) => DEMO_CODES.includes(r.onet_soc_code) && r.hot_technology === 'Y');
const hotByExample = new Map();
for (const r of hotRows) {
  const e = hotByExample.get(r.example) ?? { example: r.example, commodities: new Map(), occupations: new Set(), inDemand: false };
  e.commodities.set(r.commodity_code, (e.commodities.get(r.commodity_code) ?? 0) + 1);
  e.occupations.add(r.onet_soc_code);
  if (r.in_demand === 'Y') e.inDemand = true;
  hotByExample.set(r.example, e);
}
// Popularity across all 923 O*NET occupations (how many list the example as Hot) — a real signal used to rank technologies per job.
const hotPopularity = new Map();
for (const r of techAll) if (r.hot_technology === 'Y') hotPopularity.set(r.example, (hotPopularity.get(r.example) ?? 0) + 1);
const techIdByExample = new Map();
const commodityIds = new Set();
for (const e of [...hotByExample.values()].sort((a, b) => cmp(a.example, b.example))) {
  const [commodity] = [...e.commodities.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
  const u = unspsc.get(commodity) ?? fail(`UNSPSC commodity ${commodity} missing`);
  const groupId = `onet-tech:${commodity}`;
  if (!commodityIds.has(groupId)) {
    commodityIds.add(groupId);
    addSkill({
      id: groupId,
      name: u['Commodity Title'],
      aliases: [],
      description: `UNSPSC commodity ${commodity} (${u['Class Title']}), the group O*NET Technology Skills files its software examples under.`,
      category: 'O*NET Technology group',
      sourceId: `unspsc:${commodity}`,
      broaderIds: [],
    });
  }
  const id = `onet-tech:${commodity}/${slug(e.example)}`;
  techIdByExample.set(e.example, id);
  addSkill({
    id,
    name: e.example,
    aliases: [],
    description: `${e.example} (${u['Commodity Title']}). O*NET Hot Technology${e.inDemand ? ', In Demand' : ''}.`,
    category: 'O*NET Technology',
    sourceId: `onet-tech:${commodity}/${e.example}`,
    broaderIds: [groupId],
  });
}

// ---------------------------------------------------------------------------------------------
// ESCO: essential skills of the ESCO occupations crosswalked to the demo occupations + ancestors
// ---------------------------------------------------------------------------------------------
const escoSkills = new Map(tsv('esco/full/skills.tsv.gz').map((r) => [r.id, r]));
const escoGroups = new Map(tsv('esco/skill_groups.tsv').map((r) => [r.id, r]));
const escoOccupations = new Map(tsv('esco/full/occupations.tsv.gz').map((r) => [r.id, r]));
const escoBroader = new Map();
for (const r of tsv('esco/full/skill_broader.tsv.gz')) {
  const list = escoBroader.get(r.id) ?? [];
  list.push(r.broader_id);
  escoBroader.set(r.id, list);
}
const escoEssential = new Map();
for (const r of tsv('esco/full/occupation_skill_relations.tsv.gz')) {
  if (r.relation_type !== 'essential') continue;
  const list = escoEssential.get(r.occupation_id) ?? [];
  list.push(r.skill_id);
  escoEssential.set(r.occupation_id, list);
}
const socCrosswalk = parseCsv(readText(src('crosswalks/soc2010_to_soc2018_crosswalk.csv')), 'soc crosswalk');
const soc2018to2010 = new Map();
const soc2010to2018 = new Map();
for (const r of socCrosswalk) {
  soc2018to2010.set(r.SOCCode2018, [...(soc2018to2010.get(r.SOCCode2018) ?? []), r.SOCCode2010]);
  soc2010to2018.set(r.SOCCode2010, [...(soc2010to2018.get(r.SOCCode2010) ?? []), r.SOCCode2018]);
}
const nesta = parseCsv(readText(src('crosswalks/esco_onet_crosswalk_Nov2020.csv')), 'nesta crosswalk');
const occAdjust = readCuratedTsv(path.join(CURATED, 'curated-occupation-crosswalk.tsv'));
const escoUuid = (uri) => uri.replace(/^http:\/\/data\.europa\.eu\/esco\/occupation\//, '');

/** demo O*NET code → ESCO occupation ids (sorted). */
const escoOccByDemo = new Map();
for (const code of DEMO_CODES) {
  const soc10 = soc2018to2010.get(code.slice(0, 7)) ?? [];
  const ids = new Set();
  for (const r of nesta) {
    const six = r.onet_code.slice(0, 7);
    // 15-1199 ("all other") is a catch-all in SOC 2010: only its exact detailed codes, listed in the curated file, are used.
    if (six === '15-1199' || !soc10.includes(six)) continue;
    ids.add(escoUuid(r.concept_uri));
  }
  escoOccByDemo.set(code, ids);
}
for (const a of occAdjust) {
  const set = escoOccByDemo.get(a.onet_code) ?? fail(`curated-occupation-crosswalk: ${a.onet_code} is not a demo occupation`);
  if (a.action === 'add-onet2010') {
    for (const r of nesta) if (r.onet_code === a.esco_occupation_id) set.add(escoUuid(r.concept_uri));
    continue;
  }
  const occ = escoOccupations.get(a.esco_occupation_id) ?? fail(`curated-occupation-crosswalk: ESCO occupation ${a.esco_occupation_id} not found`);
  if (occ.preferred_label !== a.esco_label) fail(`curated-occupation-crosswalk: ${a.esco_occupation_id} is "${occ.preferred_label}", not "${a.esco_label}"`);
  if (a.action === 'add') set.add(a.esco_occupation_id);
  else if (a.action === 'exclude') set.delete(a.esco_occupation_id);
  else fail(`curated-occupation-crosswalk: unknown action ${a.action}`);
}

const curatedBroader = readCuratedTsv(path.join(CURATED, 'curated-broader.tsv'));
const mappingRows = readCuratedTsv(path.join(CURATED, 'credential-skill-mapping.tsv'));
const curatedJobSkills = readCuratedTsv(path.join(CURATED, 'curated-job-skills.tsv'));
const escoWanted = new Set();
for (const code of DEMO_CODES) for (const occ of escoOccByDemo.get(code)) for (const s of escoEssential.get(occ) ?? []) escoWanted.add(s);
// ESCO skills named by the curated files are included too (with their ancestors).
for (const id of [...curatedBroader.flatMap((r) => [r.skill_id, r.broader_id]), ...mappingRows.map((r) => r.skill_id), ...curatedJobSkills.map((r) => r.skill_id)]) {
  if (id.startsWith('esco:')) escoWanted.add(id.slice(5));
}
const escoId = (raw) => `esco:${raw}`;
const escoUri = (raw) =>
  raw.startsWith('isced-f:') ? `http://data.europa.eu/esco/isced-f/${raw.slice(8)}` : escoSkills.has(raw) ? `http://data.europa.eu/esco/skill/${raw}` : `http://data.europa.eu/esco/skill/${raw}`;
const queue = [...escoWanted].sort(cmp);
const escoDone = new Set();
while (queue.length) {
  const raw = queue.shift();
  if (escoDone.has(raw)) continue;
  escoDone.add(raw);
  const broader = [...new Set(escoBroader.get(raw) ?? [])].sort(cmp);
  for (const b of broader) if (!escoDone.has(b)) queue.push(b);
  const sk = escoSkills.get(raw);
  const grp = escoGroups.get(raw);
  const row = sk ?? grp ?? fail(`ESCO id ${raw} is neither a skill nor a skill group`);
  const name = row.preferred_label;
  const seen = new Set([labelKey(name)]);
  const aliases = [];
  for (const a of (row.alt_labels ?? '').split('|')) {
    const k = labelKey(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    aliases.push(a.trim().replace(/\s+/g, ' '));
  }
  addSkill({
    id: escoId(raw),
    name,
    aliases,
    description: sk ? sk.description : grp.code ? `ESCO skill group ${grp.code}` : 'ESCO skill group',
    category: sk ? `ESCO ${sk.skill_type || 'skill/competence'}` : 'ESCO skill group',
    sourceId: escoUri(raw),
    broaderIds: broader.map(escoId),
  });
}

// Cross-framework broader links (curated, reviewable).
for (const r of curatedBroader) {
  const s = skills.get(r.skill_id) ?? fail(`curated-broader: skill ${r.skill_id} (${r.skill_name}) not in skills`);
  const b = skills.get(r.broader_id) ?? fail(`curated-broader: broader ${r.broader_id} (${r.broader_name}) not in skills`);
  if (labelKey(s.name) !== labelKey(r.skill_name)) fail(`curated-broader: ${r.skill_id} is "${s.name}", not "${r.skill_name}"`);
  if (labelKey(b.name) !== labelKey(r.broader_name)) fail(`curated-broader: ${r.broader_id} is "${b.name}", not "${r.broader_name}"`);
  if (!r.rationale) fail(`curated-broader: ${r.skill_id} → ${r.broader_id} has no rationale`);
  if (!s.broaderIds.includes(b.id)) s.broaderIds.push(b.id);
}
for (const s of skills.values()) s.broaderIds.sort(cmp);
const skillList = [...skills.values()].sort((a, b) => cmp(a.id, b.id));
assertAcyclic(skillList);

// ---------------------------------------------------------------------------------------------
// Jobs
// ---------------------------------------------------------------------------------------------
const altTitleSet = new Map();
for (const r of altTitles) altTitleSet.set(`${r.onet_soc_code}\t${r.alternate_title}`, true);
const techByOcc = new Map();
for (const r of hotRows) techByOcc.set(r.onet_soc_code, [...(techByOcc.get(r.onet_soc_code) ?? []), r]);

/** Required-tier rows of an occupation, sorted by importance desc, level desc, element id. */
function ratedRows(code, tier) {
  return proficiency
    .filter((r) => r.onet_soc_code === code && r.requirement_tier === tier && r.level_not_relevant !== 'Y' && !r.recommend_suppress_scales)
    .map((r) => {
      const im = Number(r.importance_IM);
      const lv = Number(r.level_LV);
      const level = Number(r.required_proficiency_1to5);
      const recomputed = Math.min(5, Math.max(1, roundHalfUp(0.2 + 0.8 * lv)));
      if (recomputed !== level) fail(`${code} ${r.element_id}: derived level ${level} ≠ recomputed ${recomputed}`);
      if (!skills.has(`onet:${r.element_id}`)) fail(`${code}: element ${r.element_id} not in the content model`);
      return { elementId: r.element_id, im, lv, level };
    })
    .sort((a, b) => b.im - a.im || b.lv - a.lv || cmp(a.elementId, b.elementId));
}

const jobs = [];
const coreByOcc = new Map();
for (const team of TEAMS) {
  for (const [code, title] of team.occupations) {
    if (!altTitleSet.has(`${code}\t${title}`) && occupationData.get(code).Title !== title) fail(`${code}: "${title}" is not an O*NET title or alternate title`);
    const required = ratedRows(code, 'required');
    const nice = ratedRows(code, 'nice_to_have');
    coreByOcc.set(
      code,
      required.filter((r) => r.im >= RULES.coreImportance).map((r) => ({ skillId: `onet:${r.elementId}`, level: r.level })),
    );
    const picked = required.slice(0, RULES.elementsPerJob);
    for (const r of nice) if (picked.length < RULES.minElementsPerJob) picked.push(r);
    const requirements = picked.map((r, i) => ({
      skillId: `onet:${r.elementId}`,
      minLevel: r.level,
      weight: roundHalfUp(r.im / 5, 2),
      mustHave: i < RULES.mustHavePerJob,
    }));
    if (team.it) {
      const seen = new Set();
      const techs = (techByOcc.get(code) ?? [])
        .filter((r) => (seen.has(r.example) ? false : (seen.add(r.example), true)))
        .filter((r) => RULES.officeAppsAllowed.includes(code) || !RULES.officeApps.includes(r.example))
        .sort(
          (a, b) =>
            (b.in_demand === 'Y') - (a.in_demand === 'Y') ||
            (hotPopularity.get(b.example) ?? 0) - (hotPopularity.get(a.example) ?? 0) ||
            cmp(a.example, b.example),
        )
        .slice(0, RULES.techPerItJob);
      for (const t of techs) {
        requirements.push({
          skillId: techIdByExample.get(t.example),
          minLevel: isSenior(title) ? RULES.techLevelSenior : RULES.techLevel,
          weight: RULES.techWeight,
          mustHave: false,
        });
      }
    }
    for (const x of curatedJobSkills.filter((r) => r.onet_code === code)) {
      const sk = skills.get(x.skill_id) ?? fail(`curated-job-skills: ${code}: skill ${x.skill_id} not in skills`);
      if (labelKey(sk.name) !== labelKey(x.skill_name)) fail(`curated-job-skills: ${x.skill_id} is "${sk.name}", not "${x.skill_name}"`);
      if (!x.rationale) fail(`curated-job-skills: ${code} → ${x.skill_id}: no rationale`);
      if (requirements.some((r) => r.skillId === x.skill_id)) fail(`curated-job-skills: ${code} → ${x.skill_id} duplicated`);
      const mustHave = x.must_have === 'true';
      requirements.push({
        skillId: x.skill_id,
        minLevel: Number(x.min_level),
        weight: mustHave ? RULES.escoWeight.mustHave : RULES.escoWeight.niceToHave,
        mustHave,
      });
    }
    const occ = occupationData.get(code);
    const core = tasks.filter((t) => t['O*NET-SOC Code'] === code && t['Task Type'] === 'Core').slice(0, 3);
    if (core.length < 3) fail(`${code}: fewer than 3 core tasks`);
    jobs.push({
      id: `job-${code.replace(/\./g, '-')}`,
      occupationCode: code,
      title,
      teamKey: team.key,
      description: `${occ.Description}\n\nCore tasks:\n${core.map((t) => `- ${t.Task}`).join('\n')}`,
      requirements,
    });
  }
}
jobs.sort((a, b) => cmp(a.id, b.id));

// ---------------------------------------------------------------------------------------------
// Teams: target = union of the team's jobs' must-haves (highest level); padded to 8 with the
// skills most of the team's jobs require; needed = 1..3 by how many jobs require the skill.
// ---------------------------------------------------------------------------------------------
const teams = TEAMS.map((team) => {
  const teamJobs = jobs.filter((j) => j.teamKey === team.key);
  const stats = new Map();
  for (const j of teamJobs) {
    for (const r of j.requirements) {
      if (r.skillId.startsWith('onet-tech:')) continue;
      const s = stats.get(r.skillId) ?? { skillId: r.skillId, jobs: 0, mustJobs: 0, level: 0, mustLevel: 0, weight: 0 };
      s.jobs++;
      s.weight += r.weight;
      s.level = Math.max(s.level, r.minLevel);
      if (r.mustHave) {
        s.mustJobs++;
        s.mustLevel = Math.max(s.mustLevel, r.minLevel);
      }
      stats.set(r.skillId, s);
    }
  }
  const rank = (a, b) => b.mustJobs - a.mustJobs || b.jobs - a.jobs || b.weight - a.weight || cmp(a.skillId, b.skillId);
  const all = [...stats.values()].sort(rank);
  let chosen = all.filter((s) => s.mustJobs > 0);
  if (chosen.length < RULES.teamMinSkills) chosen = [...chosen, ...all.filter((s) => s.mustJobs === 0).slice(0, RULES.teamMinSkills - chosen.length)];
  chosen = chosen.slice(0, RULES.teamMaxSkills);
  const share = (s) => s.jobs / teamJobs.length;
  const target = chosen
    .map((s) => ({
      skillId: s.skillId,
      minLevel: s.mustLevel || s.level,
      // 1..3 by the share of the team's jobs that list the skill; a must-have of any job needs cover (≥ 2).
      needed: Math.max(share(s) >= 2 / 3 ? 3 : share(s) >= 1 / 3 ? 2 : 1, s.mustJobs > 0 ? 2 : 1),
    }))
    .sort((a, b) => cmp(a.skillId, b.skillId));
  return { key: team.key, name: team.name, occupationCodes: team.occupations.map(([c]) => c), target };
});

// ---------------------------------------------------------------------------------------------
// Credential definitions: curated catalogue + curated skill mapping, names/descriptions from source
// ---------------------------------------------------------------------------------------------
const credly = new Map(
  readText(src('credentials/credly_free_badges/credly_badges.jsonl'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .map((b) => [`${b.credly_org_slug}/${b.credly_badge_slug}`, b]),
);
const njIndustry = new Map(
  parseCsv(readText(src('credentials/nj_etpl_credentials/TBLINDUSTRYCREDENTIAL_DATA_TABLE.csv')), 'nj industry').map((r) => [r.ID, r]),
);
const njLicense = new Map(parseCsv(readText(src('credentials/nj_etpl_credentials/TBLLICENSE_DATA_TABLE.csv')), 'nj license').map((r) => [r.ID, r]));
const catalog = readCuratedTsv(path.join(CURATED, 'credential-catalog.tsv'));
const KINDS = new Set(['BADGE', 'CERTIFICATE', 'LICENSE', 'CERTIFICATION', 'ASSESSMENT', 'MICROCREDENTIAL']);
const DELIVERY = new Set(['ONLINE', 'IN_PERSON', 'HYBRID']);
const CREDLY_LEVEL = { Foundational: 2, Intermediate: 3, Advanced: 4 };
const numOrNull = (v, what) => {
  if (v === '' || v === 'null') return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) fail(`credential-catalog: bad ${what} "${v}"`);
  return n;
};
const excerpt = (text, max = 400) => {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const dot = cut.lastIndexOf('. ');
  return (dot > 120 ? cut.slice(0, dot + 1) : cut.replace(/\s+\S*$/, '')) + ' …';
};
const toTitle = (s) =>
  s
    .toLowerCase()
    .replace(/\b([a-z])/g, (m) => m.toUpperCase())
    .replace(/\((\w+)\)/g, (_m, w) => `(${w.toUpperCase()})`)
    .replace(/\b(And|Of|The|For|In)\b/g, (w) => w.toLowerCase());

const mappingByDef = new Map();
for (const r of mappingRows) mappingByDef.set(r.definition_id, [...(mappingByDef.get(r.definition_id) ?? []), r]);

const definitions = [];
const seenDefIds = new Set();
for (const c of catalog) {
  if (seenDefIds.has(c.id)) fail(`credential-catalog: duplicate id ${c.id}`);
  seenDefIds.add(c.id);
  if (!KINDS.has(c.kind)) fail(`credential-catalog: ${c.id}: bad kind ${c.kind}`);
  if (!DELIVERY.has(c.delivery)) fail(`credential-catalog: ${c.id}: bad delivery ${c.delivery}`);
  let name;
  let description;
  let credlyLevel = null;
  let licenseOccupation = null;
  if (c.source === 'credly') {
    const b = credly.get(c.source_ref) ?? fail(`credential-catalog: ${c.id}: Credly badge ${c.source_ref} not found`);
    name = c.name || b.name.replace(new RegExp(`\\s+-\\s+${b.issuer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '');
    description = excerpt(b.description) || c.description;
    credlyLevel = CREDLY_LEVEL[b.level] ?? 2;
    if (c.provider_name !== b.issuer) fail(`credential-catalog: ${c.id}: provider "${c.provider_name}" ≠ Credly issuer "${b.issuer}"`);
  } else if (c.source === 'nj-etpl-industry') {
    const r = njIndustry.get(c.source_ref.replace(/^TBLINDUSTRYCREDENTIAL:/, '')) ?? fail(`credential-catalog: ${c.id}: NJ industry credential ${c.source_ref} not found`);
    if (r.ISDELETED !== '0') fail(`credential-catalog: ${c.id}: NJ industry credential ${c.source_ref} is deleted`);
    name = c.name || r.NAME.replace(/\s+/g, ' ').trim();
    description = c.description;
  } else if (c.source === 'nj-etpl-license') {
    const r = njLicense.get(c.source_ref.replace(/^TBLLICENSE:/, '')) ?? fail(`credential-catalog: ${c.id}: NJ licence ${c.source_ref} not found`);
    if (r.ISDELETED !== '0') fail(`credential-catalog: ${c.id}: NJ licence ${c.source_ref} is deleted`);
    name = c.name || `New Jersey ${toTitle(r.NAME.trim())} Licence`;
    description = c.description;
    licenseOccupation = r.CODE;
  } else fail(`credential-catalog: ${c.id}: unknown source ${c.source}`);
  if (!description) fail(`credential-catalog: ${c.id}: no description`);

  const alignments = new Map();
  const rows = mappingByDef.get(c.id) ?? fail(`credential-skill-mapping: ${c.id} has no alignment`);
  for (const m of rows) {
    if (!m.rationale) fail(`credential-skill-mapping: ${c.id} → ${m.skill_id}: no rationale`);
    const put = (skillId, level) => {
      if (!Number.isInteger(level) || level < 1 || level > 5) fail(`credential-skill-mapping: ${c.id} → ${skillId}: bad level ${level}`);
      alignments.set(skillId, Math.max(alignments.get(skillId) ?? 0, level));
    };
    if (m.skill_id.startsWith('occupation-core:')) {
      const code = m.skill_id.slice('occupation-core:'.length);
      const core = coreByOcc.get(code) ?? fail(`credential-skill-mapping: ${c.id}: ${code} is not a demo occupation`);
      for (const x of core) put(x.skillId, x.level);
      continue;
    }
    const s = skills.get(m.skill_id) ?? fail(`credential-skill-mapping: ${c.id}: skill ${m.skill_id} (${m.skill_name}) not in skills`);
    if (labelKey(s.name) !== labelKey(m.skill_name)) fail(`credential-skill-mapping: ${c.id}: ${m.skill_id} is "${s.name}", not "${m.skill_name}"`);
    put(m.skill_id, m.level === 'auto' || m.level === '' ? (credlyLevel ?? 2) : Number(m.level));
  }
  const def = {
    id: c.id,
    name,
    kind: c.kind,
    providerName: c.provider_name,
    description,
    estimatedHours: numOrNull(c.estimated_hours, 'estimated_hours'),
    cost: numOrNull(c.cost_usd, 'cost_usd'),
    validityMonths: numOrNull(c.validity_months, 'validity_months'),
    delivery: c.delivery,
    source: c.source,
    sourceRef: c.source === 'credly' ? `https://www.credly.com/org/${c.source_ref}` : c.source_ref,
    alignments: [...alignments.entries()].map(([skillId, level]) => ({ skillId, level })).sort((a, b) => cmp(a.skillId, b.skillId)),
  };
  if (c.estimates_note) def.estimatesNote = c.estimates_note;
  if (licenseOccupation) def.occupationCode = licenseOccupation;
  definitions.push(def);
}
for (const id of mappingByDef.keys()) if (!seenDefIds.has(id)) fail(`credential-skill-mapping: unknown definition ${id}`);
definitions.sort((a, b) => cmp(a.id, b.id));

// Referential integrity of everything written.
for (const j of jobs) for (const r of j.requirements) if (!skills.has(r.skillId)) fail(`${j.id}: unknown skill ${r.skillId}`);
for (const t of teams) for (const r of t.target) if (!skills.has(r.skillId)) fail(`${t.key}: unknown skill ${r.skillId}`);

// ---------------------------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------------------------
writeOut('skills.json', skillList.map(({ id, name, aliases, description, category, sourceId, broaderIds }) => ({ id, name, aliases, description, category, sourceId, broaderIds })));
writeOut('jobs.json', jobs);
writeOut('teams.json', teams);
writeOut('credential-definitions.json', definitions);
for (const dir of ['onet', 'esco', 'crosswalks', 'credentials', 'bls_oews', 'jobs']) {
  const f = src(dir, 'PROVENANCE.md');
  if (fs.existsSync(f)) writeOut(`upstream/${dir}.PROVENANCE.md`, readText(f));
}
const counts = {
  skills: skillList.length,
  onet: skillList.filter((s) => s.id.startsWith('onet:')).length,
  tech: skillList.filter((s) => s.id.startsWith('onet-tech:')).length,
  esco: skillList.filter((s) => s.id.startsWith('esco:')).length,
  jobs: jobs.length,
  teams: teams.length,
  definitions: definitions.length,
};
console.log(`reference data written to ${path.relative(process.cwd(), OUT) || '.'}: ${JSON.stringify(counts)}`);
