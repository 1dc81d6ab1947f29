/**
 * Characters that draw nothing: white space (`\s`, `\p{Z}`), format characters (`\p{Cf}`: zero-width
 * space/joiners, bidi marks, soft hyphen, BOM…), controls (`\p{Cc}`) and the blank letters Unicode
 * classifies as letters or symbols (Hangul fillers U+115F, U+1160, U+3164, U+FFA0; braille blank U+2800).
 */
const EDGES = /^[\s\p{Z}\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]+|[\s\p{Z}\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]+$/gu;
/** A character that shows: neither invisible nor a combining mark on its own (`\p{M}`). */
const VISIBLE = /[^\s\p{Z}\p{Cf}\p{Cc}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/**
 * A human-entered name or sentence with invisible characters stripped from both ends; with
 * `collapse` (one-line names such as titles) every run of white space (`\s`, `\p{Z}`) inside becomes one
 * space. Returns '' when nothing visible remains (only spaces, zero-width or format characters, blank
 * letters, lone combining marks) — callers refuse that as blank.
 */
export function visibleText(value: string | null | undefined, options: { collapse?: boolean } = {}): string {
  let text = (value ?? '').replace(EDGES, '');
  if (options.collapse) text = text.replace(/[\s\p{Z}]+/gu, ' ');
  return VISIBLE.test(text) ? text : '';
}
