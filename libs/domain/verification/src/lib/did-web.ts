/**
 * URL of the DID document of a `did:web` DID (did:web Method Specification §3.2 "Read"):
 * `did:web:example.com` → `https://example.com/.well-known/did.json`,
 * `did:web:example.com:user:alice` → `https://example.com/user/alice/did.json`;
 * `%3A` in the host part is a port separator. A DID URL fragment or query is ignored.
 *
 * @throws TypeError when `did` is not a syntactically valid did:web DID.
 */
export function didWebToUrl(did: string): string {
  const bare = did.split('#')[0].split('?')[0];
  const match = /^did:web:([^:]+)((?::[^:]+)*)$/.exec(bare);
  if (!match) throw new TypeError(`Not a did:web DID: ${did}`);
  const host = decodeURIComponent(match[1]);
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host)) throw new TypeError(`Invalid did:web host in ${did}`);
  const path = match[2]
    .split(':')
    .filter((segment) => segment.length > 0)
    .map((segment) => encodeURIComponent(decodeURIComponent(segment)));
  return path.length === 0
    ? `https://${host}/.well-known/did.json`
    : `https://${host}/${path.join('/')}/did.json`;
}
