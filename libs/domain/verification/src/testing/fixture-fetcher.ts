import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { didWebToUrl } from '../lib/did-web';
import { createMapFetcher, type Fetcher } from '../lib/fetcher';

/** Root of the copied credential fixtures. */
export const FIXTURES_DIR = join(__dirname, 'fixtures');

export interface FixtureEntry {
  file: string;
  category: string;
  expected: { verified: boolean; reason: string };
  note: string;
}

export interface FixtureManifest {
  fixtures: FixtureEntry[];
  urlMap: Record<string, string>;
  didWeb: Record<string, string>;
}

/** Reads `fixtures/<relativePath>` as text. */
export function readFixtureText(relativePath: string): string {
  return readFileSync(join(FIXTURES_DIR, relativePath), 'utf8');
}

/** The fixture manifest (manifest.json). */
export function loadManifest(): FixtureManifest {
  return JSON.parse(readFixtureText('manifest.json')) as FixtureManifest;
}

/**
 * Offline fetcher serving the manifest's `urlMap` and its cached did:web documents (at their
 * did:web URLs); any other URL throws FetchError. Entries whose file was not copied are skipped.
 */
export function createFixtureFetcher(manifest: FixtureManifest = loadManifest()): Fetcher {
  const map: Record<string, unknown> = {};
  for (const [url, file] of Object.entries(manifest.urlMap)) {
    if (existsSync(join(FIXTURES_DIR, file))) map[url] = JSON.parse(readFixtureText(file));
  }
  for (const [did, file] of Object.entries(manifest.didWeb)) map[didWebToUrl(did)] = JSON.parse(readFixtureText(file));
  return createMapFetcher(map);
}
