import type { CredentialFormat, ReasonCode } from '@skillproof/domain-model';
import { canonicalJson, contentHash } from './content-hash';
import { isRecord, type JsonRecord } from './json-value';

/** Default maximum input size in bytes (UTF-8). */
export const DEFAULT_MAX_BYTES = 1_000_000;
/** Default maximum nesting depth of JSON objects/arrays. */
export const DEFAULT_MAX_DEPTH = 64;
/** Default maximum number of JSON containers + members/items (bounds blank nodes and quads). */
export const DEFAULT_MAX_NODES = 30_000;

/** Limits applied to untrusted input before parsing. */
export interface InputLimits {
  maxBytes: number;
  maxDepth: number;
  /** Objects + arrays + members/items (default {@link DEFAULT_MAX_NODES}). */
  maxNodes?: number;
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

export type ParsedInput =
  | { kind: 'json'; value: JsonRecord; contentHash: string }
  | { kind: 'jwt'; text: string; contentHash: string }
  | { kind: 'error'; code: Extract<ReasonCode, 'MALFORMED' | 'TOO_LARGE'>; message: string; format: CredentialFormat };

/**
 * Maximum `{`/`[` nesting and number of nodes (containers + `,`-separated members/items) of JSON
 * text, scanning iteratively (no recursion, strings skipped); stops early past either limit.
 */
function measure(text: string, depthLimit: number, nodeLimit: number): { depth: number; nodes: number } {
  let depth = 0;
  let max = 0;
  let nodes = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      nodes++;
      if (depth > max) max = depth;
      if (max > depthLimit || nodes > nodeLimit) break;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && ++nodes > nodeLimit) break;
  }
  return { depth: max, nodes };
}

/**
 * Turns untrusted input (text or an already-parsed value) into a JSON object, safely: size is
 * checked before parsing (UTF-8 bytes > maxBytes → TOO_LARGE), nesting before parsing
 * (> maxDepth → MALFORMED), then JSON.parse, and the top level must be an object. A compact JWS
 * (three base64url segments) is recognised as VC-JWT. Never throws.
 */
export function parseCredentialInput(
  input: string | object,
  limits: InputLimits,
): ParsedInput {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = JSON.stringify(input) ?? '';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { kind: 'error', code: 'MALFORMED', message: `Input is not serialisable as JSON: ${reason}`, format: 'OB3_JSONLD' };
    }
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    return {
      kind: 'error',
      code: 'TOO_LARGE',
      message: `Input is ${bytes} bytes; the limit is ${limits.maxBytes} bytes`,
      format: 'OB3_JSONLD',
    };
  }
  const trimmed = text.trim();
  if (COMPACT_JWS.test(trimmed)) {
    return { kind: 'jwt', text: trimmed, contentHash: contentHash(trimmed) };
  }
  const maxNodes = limits.maxNodes ?? DEFAULT_MAX_NODES;
  const { depth, nodes } = measure(trimmed, limits.maxDepth, maxNodes);
  if (nodes > maxNodes) {
    return {
      kind: 'error',
      code: 'TOO_LARGE',
      message: `JSON has more than ${maxNodes} objects, arrays and members (limit before canonicalisation)`,
      format: 'OB3_JSONLD',
    };
  }
  if (depth > limits.maxDepth) {
    return {
      kind: 'error',
      code: 'MALFORMED',
      message: `JSON nesting exceeds the limit of ${limits.maxDepth} levels`,
      format: 'OB3_JSONLD',
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'error', code: 'MALFORMED', message: `Input is not JSON: ${reason}`, format: 'OB3_JSONLD' };
  }
  if (!isRecord(value)) {
    return { kind: 'error', code: 'MALFORMED', message: 'A credential must be a JSON object', format: 'OB3_JSONLD' };
  }
  return { kind: 'json', value, contentHash: contentHash(canonicalJson(value)) };
}
