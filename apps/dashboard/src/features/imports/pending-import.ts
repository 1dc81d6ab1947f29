/**
 * Hand-over of a credential document from another page to the Import page within the tab (e.g. the
 * demo credential of an assignment card): kept in sessionStorage, read once by the Import page.
 */
export interface PendingImport {
  /** The person to attach the credential to. */
  personId: string;
  personName: string;
  /** What it is, for the notice ("CompTIA Security+ (demo credential)"). */
  label: string;
  document: string;
  /** Where to go back after importing (e.g. the learning page of the assignment's team). */
  returnTo?: string;
}

const KEY = 'skillproof.pendingImport';

/** Stores a document for the Import page (replacing any previous one). */
export function savePendingImport(p: PendingImport): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    /* storage full or unavailable: the user can still paste the downloaded file */
  }
}

/** The stored document for `personId`, if any (does not remove it). */
export function readPendingImport(personId: string | null): PendingImport | null {
  if (!personId) return null;
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const p = raw ? (JSON.parse(raw) as Partial<PendingImport>) : null;
    return p && p.personId === personId && typeof p.document === 'string' && typeof p.personName === 'string'
      ? {
          personId: p.personId, personName: p.personName, label: typeof p.label === 'string' ? p.label : 'Credential', document: p.document,
          ...(typeof p.returnTo === 'string' && p.returnTo.startsWith('/') ? { returnTo: p.returnTo } : {}),
        }
      : null;
  } catch {
    return null;
  }
}

/** Forgets the stored document (after it was imported). */
export function clearPendingImport(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    /* nothing to clear */
  }
}
