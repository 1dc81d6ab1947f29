// The untyped JSON-LD packages are typed by an ambient declaration file that consumers must see too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./types/digitalbazaar.d.ts" />
/**
 * @skillproof/domain-verification — verification and issuance of Open Badges 3.0 / W3C Verifiable
 * Credentials (PRODUCT.md §3). Pure domain library: no framework, no network (remote documents
 * come through the {@link Fetcher} port), JSON-LD contexts bundled.
 */
export {
  verifyCredential,
  verifyCredentialBatch,
  type VerifyOptions,
  type VerificationResult,
} from './lib/verify-credential';
export {
  matchRecipient,
  type RecipientCandidates,
  type RecipientMatch,
} from './lib/recipient';
export { checkOb2Scope, OB2_CONTEXT } from './lib/verify-ob2';
export { checkAlgorithm, algorithmFitsKey } from './lib/jws';
export type { ParsedCredential, ParsedAlignment, ParsedIdentifier } from './lib/parsed-credential';
export {
  createMapFetcher,
  createCachingFetcher,
  type Fetcher,
  type CachingFetcherOptions,
} from './lib/fetcher';
export {
  VerificationException,
  FetchError,
  isTransientFetchFailure,
  KeyResolutionError,
  UnknownContextError,
} from './lib/verification.exception';
export { bundledContextLoader, bundledContextUrls, getBundledContext } from './lib/document-loader';
export { didWebToUrl } from './lib/did-web';
export { decodeStatusList, readStatusBit } from './lib/status-list';
export { parseDateTime } from './lib/validity';
export {
  generateIssuerKey,
  exportIssuerKey,
  importIssuerKey,
  type IssuerKey,
  type IssuerKeyJson,
} from './lib/issuer-key';
export {
  issueOpenBadgeCredential,
  OB3_CONTEXT,
  type IssueOpenBadgeInput,
} from './lib/issue-open-badge-credential';
export {
  createStatusListCredential,
  encodeStatusList,
  MIN_STATUS_LIST_LENGTH,
  type StatusListCredentialInput,
} from './lib/create-status-list-credential';
export { hashIdentity } from './lib/identity-hash';
