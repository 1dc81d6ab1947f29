/**
 * Typed errors of the verification library. `verifyCredential` never throws them to its caller:
 * they travel through the ports (fetcher, document loader) and are turned into report checks.
 */

/** Base class of every error raised by this library. */
export class VerificationException extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Raised by a {@link Fetcher} when a URL cannot be retrieved (unknown, unreachable, not JSON, too
 * large). `url` is the URL that was asked for.
 *
 * `transient` (default false) marks a failure that says nothing about the document and may go away
 * by itself: network error, timeout, HTTP 5xx / 429 / 408, or network fetching switched off. The
 * verifier then reports "could not check" (INDETERMINATE, retried by re-verification) where a
 * permanent failure (404, not JSON, refused URL, unknown offline URL) counts against the credential.
 */
export class FetchError extends VerificationException {
  readonly transient: boolean;

  constructor(
    readonly url: string,
    message = `Could not fetch ${url}`,
    options?: { cause?: unknown; transient?: boolean },
  ) {
    super(message, options);
    this.transient = options?.transient ?? false;
  }
}

/** True when `error` or one of its causes is a {@link FetchError} marked `transient`. */
export function isTransientFetchFailure(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (e instanceof FetchError) return e.transient;
  }
  return false;
}

/**
 * Raised when a proof's verification method cannot be dereferenced to a public key (unsupported
 * URL scheme or DID method, DID document unreachable, key not listed in the document).
 * `unsupported` marks references this library deliberately refuses (e.g. a bare DID as key).
 * `transient` marks a controller document that could not be retrieved because of a transient
 * fetch failure ({@link FetchError.transient}): the key could not be checked, nothing is wrong
 * with the credential as far as we know.
 */
export class KeyResolutionError extends VerificationException {
  readonly transient: boolean;

  constructor(
    readonly verificationMethod: string,
    message: string,
    readonly unsupported = false,
    options?: { cause?: unknown; transient?: boolean },
  ) {
    super(message, options);
    this.transient = options?.transient ?? false;
  }
}

/** Raised by the bundled document loader for a JSON-LD context URL that is not bundled. */
export class UnknownContextError extends VerificationException {
  constructor(readonly url: string) {
    super(`Unknown JSON-LD context "${url}": contexts are bundled and never fetched`);
  }
}
