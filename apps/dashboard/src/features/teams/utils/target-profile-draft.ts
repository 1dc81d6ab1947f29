/**
 * The target profile editor's draft (pure; tested): rows being edited, client-side checks that mirror
 * the API's (so most mistakes are shown before saving), and the mapping of the API's per-entry problems
 * back onto rows.
 */

/** Largest `needed` the API accepts. */
export const MAX_NEEDED = 1000;
/** Most entries the API accepts. */
export const MAX_TARGET_SKILLS = 200;

export interface DraftRow {
  skillId: string;
  name: string;
  minLevel: number;
  /** Kept as typed so a half-typed number can be edited; checked on save. */
  needed: string;
}

/** A problem with one row (`index` into the rows) or with the whole profile (`index` -1). */
export interface DraftProblem {
  index: number;
  field: 'skillId' | 'minLevel' | 'needed' | 'skills';
  message: string;
}

/** Rows from the saved profile (in its order). */
export function draftFromProfile(profile: readonly { skill: { id: string; name: string }; minLevel: number; needed: number }[]): DraftRow[] {
  return profile.map((p) => ({ skillId: p.skill.id, name: p.skill.name, minLevel: p.minLevel, needed: String(p.needed) }));
}

/** Adds a skill at the end (minLevel 3, needed 1), or returns the rows unchanged when it is already there. */
export function addSkill(rows: readonly DraftRow[], skill: { id: string; name: string }, minLevel = 3, needed = 1): DraftRow[] {
  if (rows.some((r) => r.skillId === skill.id)) return [...rows];
  return [...rows, { skillId: skill.id, name: skill.name, minLevel, needed: String(needed) }];
}

/** Replaces one row's fields. */
export function updateRow(rows: readonly DraftRow[], index: number, patch: Partial<Pick<DraftRow, 'minLevel' | 'needed'>>): DraftRow[] {
  return rows.map((r, i) => (i === index ? { ...r, ...patch } : r));
}

/** Removes one row. */
export function removeRow(rows: readonly DraftRow[], index: number): DraftRow[] {
  return rows.filter((_, i) => i !== index);
}

/** Parses a typed count: an integer string only ("2", " 3 "), else NaN. */
export function parseNeeded(value: string): number {
  return /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
}

/** Every problem of the draft, in row order (empty when it can be saved). */
export function checkDraft(rows: readonly DraftRow[], maxLevel = 5): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (rows.length > MAX_TARGET_SKILLS) problems.push({ index: -1, field: 'skills', message: `At most ${MAX_TARGET_SKILLS} target skills` });
  const seen = new Set<string>();
  rows.forEach((r, index) => {
    if (seen.has(r.skillId)) problems.push({ index, field: 'skillId', message: `${r.name} is in the profile twice` });
    seen.add(r.skillId);
    if (!Number.isInteger(r.minLevel) || r.minLevel < 0 || r.minLevel > maxLevel) problems.push({ index, field: 'minLevel', message: `Level must be 0–${maxLevel}` });
    const needed = parseNeeded(r.needed);
    if (!Number.isInteger(needed) || needed < 1 || needed > MAX_NEEDED) problems.push({ index, field: 'needed', message: `People needed must be a whole number from 1 to ${MAX_NEEDED}` });
  });
  return problems;
}

/** The mutation's `skills` input (call only when `checkDraft` found nothing). */
export function toInput(rows: readonly DraftRow[]): { skillId: string; minLevel: number; needed: number }[] {
  return rows.map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, needed: parseNeeded(r.needed) }));
}

/** Whether the draft differs from the saved profile (order-insensitive). */
export function isDirty(rows: readonly DraftRow[], saved: readonly DraftRow[]): boolean {
  const key = (xs: readonly DraftRow[]) => xs.map((r) => `${r.skillId}|${r.minLevel}|${parseNeeded(r.needed)}`).sort().join('\n');
  return key(rows) !== key(saved);
}

/**
 * The API's `extensions.details.problems` (from a BAD_USER_INPUT), kept only when well-formed; row
 * indexes are those of the input, i.e. of the rows.
 */
export function problemsFromError(details: unknown): DraftProblem[] {
  const list = (details as { problems?: unknown } | null | undefined)?.problems;
  if (!Array.isArray(list)) return [];
  return list.flatMap((p: unknown) => {
    const o = p as Partial<DraftProblem> | null;
    return o && typeof o.index === 'number' && typeof o.message === 'string' && typeof o.field === 'string'
      ? [{ index: o.index, field: o.field as DraftProblem['field'], message: o.message }]
      : [];
  });
}
