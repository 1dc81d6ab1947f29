/** Small helpers over untrusted parsed JSON (no `any`). */

export type JsonRecord = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON-LD style "one or many": `undefined` → [], a value → [value], an array → itself. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A string, or the first string / `@value` string of a (language) value; otherwise undefined. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = asText(item);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (isRecord(value) && typeof value['@value'] === 'string') return value['@value'];
  return undefined;
}

/** The `id` of a node given as a string or as an object with a string `id`. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value['id'] === 'string') return value['id'];
  return undefined;
}

/** Walks `error`, its `cause`, jsonld.js `details.cause` and aggregated `errors`, depth-first. */
export function* errorChain(error: unknown, seen = new Set<unknown>()): Generator<unknown> {
  if (error === undefined || error === null || seen.has(error)) return;
  seen.add(error);
  yield error;
  if (Array.isArray(error)) {
    for (const item of error) yield* errorChain(item, seen);
    return;
  }
  if (typeof error !== 'object') return;
  const record = error as JsonRecord;
  yield* errorChain(record['cause'], seen);
  if (isRecord(record['details'])) yield* errorChain(record['details']['cause'], seen);
  if (Array.isArray(record['errors'])) yield* errorChain(record['errors'], seen);
}

/** Message of an unknown thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (isRecord(error) && typeof error['message'] === 'string') return error['message'];
  return String(error);
}
