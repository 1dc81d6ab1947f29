/**
 * Skill-extraction evaluation on the SkillSpan test split (`npm run eval:extraction`).
 *
 * The product's matcher (libs/domain/skill-extraction) is built over the product's own taxonomy
 * (data/reference/skills.json: 1,485 ESCO and O*NET skills with their aliases) and run on every
 * sentence (tokens joined by single spaces). Gold spans = SkillSpan's `tags_skill` ∪ `tags_knowledge`
 * BIO spans. SkillSpan spans are free text ("work in a team", "Java"), not taxonomy labels, so two
 * criteria are reported:
 * - overlap (the headline): a predicted mention is correct when it shares ≥ 1 token with a gold span;
 *   a gold span is found when ≥ 1 predicted mention shares a token with it;
 * - exact: the predicted token range equals a gold span's token range.
 * P = correct predictions / predictions, R = found gold spans / gold spans, F1 = 2PR / (P + R).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSkillMatcher, type MatchableSkill } from '@skillproof/domain-skill-extraction';

interface Row { tokens: string[]; tags_skill: string[]; tags_knowledge: string[]; source: string }
interface Span { start: number; end: number } // token range [start, end)

const root = join(__dirname, '..', '..');
const skills = JSON.parse(readFileSync(join(root, 'data', 'reference', 'skills.json'), 'utf8')) as MatchableSkill[];
const rows = readFileSync(join(__dirname, 'data', 'skillspan-test.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);

function bioSpans(tags: string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  tags.forEach((tag, i) => {
    if (tag.startsWith('B') || (tag.startsWith('I') && open === null)) {
      if (open) spans.push(open);
      open = { start: i, end: i + 1 };
    } else if (tag.startsWith('I') && open) {
      open.end = i + 1;
    } else if (open) {
      spans.push(open);
      open = null;
    }
  });
  if (open) spans.push(open);
  return spans;
}

const started = process.hrtime.bigint();
const matcher = createSkillMatcher(skills);
const buildMs = Number(process.hrtime.bigint() - started) / 1e6;

const totals = { pred: 0, predOverlap: 0, predExact: 0, gold: 0, goldFound: 0, goldExact: 0, goldSkill: 0, goldSkillFound: 0, goldKnowledge: 0, goldKnowledgeFound: 0 };
const bySource = new Map<string, { pred: number; predOverlap: number; gold: number; goldFound: number }>();
const examples: string[] = [];
let chars = 0;
const t0 = process.hrtime.bigint();
for (const row of rows) {
  const offsets: number[] = [];
  let text = '';
  row.tokens.forEach((tok, i) => {
    if (i > 0) text += ' ';
    offsets.push(text.length);
    text += tok;
  });
  chars += text.length;
  const tokenAt = (offset: number) => {
    let k = 0;
    while (k + 1 < offsets.length && offsets[k + 1] <= offset) k++;
    return k;
  };
  const preds: Span[] = matcher.findMentions(text).map((m) => ({ start: tokenAt(m.start), end: tokenAt(m.end - 1) + 1 }));
  const skillSpans = bioSpans(row.tags_skill);
  const knowledgeSpans = bioSpans(row.tags_knowledge);
  const gold = [...skillSpans, ...knowledgeSpans];
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  const src = bySource.get(row.source) ?? { pred: 0, predOverlap: 0, gold: 0, goldFound: 0 };
  bySource.set(row.source, src);
  for (const p of preds) {
    totals.pred++; src.pred++;
    const hit = gold.some((g) => overlaps(p, g));
    if (hit) { totals.predOverlap++; src.predOverlap++; }
    else if (examples.length < 15) examples.push(`  false positive: "${row.tokens.slice(p.start, p.end).join(' ')}" in "${text.slice(0, 120)}"`);
    if (gold.some((g) => same(p, g))) totals.predExact++;
  }
  for (const g of gold) {
    totals.gold++; src.gold++;
    if (preds.some((p) => overlaps(p, g))) { totals.goldFound++; src.goldFound++; }
    if (preds.some((p) => same(p, g))) totals.goldExact++;
  }
  totals.goldSkill += skillSpans.length;
  totals.goldSkillFound += skillSpans.filter((g) => preds.some((p) => overlaps(p, g))).length;
  totals.goldKnowledge += knowledgeSpans.length;
  totals.goldKnowledgeFound += knowledgeSpans.filter((g) => preds.some((p) => overlaps(p, g))).length;
}
const matchMs = Number(process.hrtime.bigint() - t0) / 1e6;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const prf = (tp: number, pred: number, found: number, gold: number) => {
  const p = pred === 0 ? 0 : tp / pred;
  const r = gold === 0 ? 0 : found / gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}`;
};
console.log(`SkillSpan test split: ${rows.length} sentences, ${totals.gold} gold spans (${totals.goldSkill} skill + ${totals.goldKnowledge} knowledge)`);
console.log(`taxonomy: ${skills.length} skills, ${matcher.patternCount} distinct labels/aliases; matcher built in ${buildMs.toFixed(0)} ms; ${rows.length} sentences (${chars} chars) matched in ${matchMs.toFixed(0)} ms`);
console.log(`predictions: ${totals.pred}`);
console.log(`overlap criterion: ${prf(totals.predOverlap, totals.pred, totals.goldFound, totals.gold)}`);
console.log(`exact criterion:   ${prf(totals.predExact, totals.pred, totals.goldExact, totals.gold)}`);
console.log(`recall by layer (overlap): skill ${pct(totals.goldSkillFound / totals.goldSkill)}, knowledge ${pct(totals.goldKnowledgeFound / totals.goldKnowledge)}`);
for (const [source, s] of bySource) console.log(`source ${source}: ${prf(s.predOverlap, s.pred, s.goldFound, s.gold)} (${s.pred} predictions, ${s.gold} gold)`);
console.log('sample false positives:');
for (const e of examples) console.log(e);
