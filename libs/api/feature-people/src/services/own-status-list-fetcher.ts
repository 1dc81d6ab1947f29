import { DataSource } from 'typeorm';
import { StatusListEntity } from '@skillproof/api-data-access';
import { FetchError, type Fetcher } from '@skillproof/domain-verification';

const STATUS_LIST_PATH = /^\/status-lists\/([0-9a-f-]{36})$/;

/**
 * Fetcher for verification inside the product: resolves the status lists this server publishes
 * (`<PUBLIC_URL>/status-lists/<id>`) straight from the database (no HTTP call to itself); every
 * other URL fails with FetchError, so such checks come out UNKNOWN ("could not check"), never PASS.
 * (A production https fetcher with SSRF protection is a later step.)
 */
export function createOwnStatusListFetcher(db: DataSource, publicUrl: string, extra?: Fetcher): Fetcher {
  const origin = new URL(publicUrl).origin;
  return {
    async fetchJson(url: string): Promise<unknown> {
      let parsed: URL;
      try { parsed = new URL(url); } catch { throw new FetchError(url, 'not a URL'); }
      const m = STATUS_LIST_PATH.exec(parsed.pathname);
      if (parsed.origin === origin && m) {
        const row = await db.getRepository(StatusListEntity).findOneBy({ id: m[1] });
        if (!row) throw new FetchError(url, 'status list not found (404)');
        return row.credential;
      }
      if (extra) return extra.fetchJson(url);
      throw new FetchError(url, 'network fetching is not enabled on this server');
    },
  };
}
