/** Outcome of queuing a bulk import: the job id, or a message to show. */
export type UploadResult = { ok: true; id: string } | { ok: false; message: string; unauthenticated?: boolean };

/**
 * Sends a file as the raw body of `POST /imports?filename=<name>` with `Authorization: Bearer <token>`
 * (REST upload: GraphQL only reports progress). 202 → `{ id }`; an error answer is the typed JSON
 * `{ code, message }` of the API, shown as is.
 */
export async function uploadImportFile(file: Blob, filename: string, token: string | null, fetchImpl: typeof fetch = fetch): Promise<UploadResult> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetchImpl(`/imports?filename=${encodeURIComponent(filename)}`, { method: 'POST', headers, body: file, credentials: 'same-origin' });
  } catch {
    return { ok: false, message: 'The server could not be reached. Check the connection and try again.' };
  }
  let body: { id?: unknown; message?: unknown; code?: unknown } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    body = {};
  }
  if (res.status === 202 && typeof body.id === 'string') return { ok: true, id: body.id };
  if (res.status === 401) return { ok: false, message: 'Your sign-in has expired: sign in again.', unauthenticated: true };
  if (res.status === 413) return { ok: false, message: 'The file is too large (at most 50 MB).' };
  const message = typeof body.message === 'string' ? body.message : `The upload failed (HTTP ${res.status}).`;
  return { ok: false, message: typeof body.code === 'string' ? `${message} (${body.code})` : message };
}
