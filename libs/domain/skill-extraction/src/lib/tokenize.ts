/** One word token of a text, with its place in the original string. */
export interface Token {
  /** Normalised form used for matching (see {@link normalizeToken}). */
  key: string;
  /** UTF-16 offset of the first character in the original text (inclusive). */
  start: number;
  /** UTF-16 offset after the last character in the original text (exclusive). */
  end: number;
  /** The token as written. */
  raw: string;
}

/**
 * A word: letters, combining marks and digits (any script), optionally followed by `+` or `#` runs so
 * that "C++" and "C#" stay one token. Everything else (spaces, punctuation, hyphens, slashes, dots)
 * separates tokens, which is what makes matches whole-word and whitespace/punctuation-insensitive.
 */
const WORD = /[\p{L}\p{M}\p{N}]+[+#]*/gu;

/**
 * Normalises one token for matching: Unicode NFKD (compatibility forms such as ligatures and
 * full-width letters fold to their plain letters), combining marks removed (é → e), lower-cased, and
 * a light plural fold: a final "s" is dropped from tokens of 4+ characters not ending in "ss"
 * ("databases" → "database", "skills" → "skill"; "business" stays). The same function is applied to
 * taxonomy labels and to the text, so folding never prevents a match; it may merge rare pairs
 * ("news"/"new").
 */
export function normalizeToken(raw: string): string {
  const folded = raw.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  if (folded.length >= 4 && folded.endsWith('s') && !folded.endsWith('ss') && /\p{L}$/u.test(folded.slice(0, -1))) {
    return folded.slice(0, -1);
  }
  return folded;
}

/**
 * Splits `text` into word tokens (see {@link WORD}) with their original UTF-16 offsets, so a match
 * over tokens maps back to the exact characters the user pasted.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ key: normalizeToken(m[0]), start, end: start + m[0].length, raw: m[0] });
  }
  return tokens;
}
