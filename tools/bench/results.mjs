// Merges benchmark figures into bench-results.json at the repository root (created or merged,
// one number per key). Every benchmark reports RATIOS to a baseline measured in the same run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_FILE = join(ROOT, 'bench-results.json');

/** Merges `figures` ({ key: number }) into bench-results.json and prints them. */
export function recordBenchResults(figures) {
  const current = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) : {};
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`bench figure ${key} is not a finite number: ${value}`);
    current[key] = Math.round(value * 1000) / 1000;
    console.log(`${key} = ${current[key]}`);
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify(current, null, 2)}\n`);
}

/** Median of an array of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
