/**
 * Canonical form of a skill label or alias, used for every label comparison (PRODUCT.md §2: aliases
 * are "matched case- and whitespace-insensitively"; case C2: "Kubernetes", " kubernetes " and
 * "KUBERNETES" are one skill).
 *
 * Steps, in order: Unicode NFC (so a precomposed "é" equals "e" + combining acute), trim, collapse
 * every run of inner whitespace (any Unicode `\s`, including no-break space) to one ASCII space,
 * lower-case (locale-independent `toLowerCase`), NFC again (lower-casing can decompose).
 * Punctuation is kept: "Node.js" and "NodeJS" stay different labels.
 *
 * @param label any string (never throws; `''` for an all-whitespace input).
 * @returns the normalised label.
 */
export function normalizeLabel(label: string): string {
  return label.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase().normalize('NFC');
}
