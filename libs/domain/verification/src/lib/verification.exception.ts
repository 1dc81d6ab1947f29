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
 */
export class FetchError extends VerificationException {
  constructor(
    readonly url: string,
    message = `Could not fetch ${url}`,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Raised when a proof's verification method cannot be dereferenced to a public key (unsupported
 * URL scheme or DID method, DID document unreachable, key not listed in the document).
 * `unsupported` marks references this library deliberately refuses (e.g. a bare DID as key).
 */
export class KeyResolutionError extends VerificationException {
  constructor(
    readonly verificationMethod: string,
    message: string,
    readonly unsupported = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Raised by the bundled document loader for a JSON-LD context URL that is not bundled. */
export class UnknownContextError extends VerificationException {
  constructor(readonly url: string) {
    super(`Unknown JSON-LD context "${url}": contexts are bundled and never fetched`);
  }
}
