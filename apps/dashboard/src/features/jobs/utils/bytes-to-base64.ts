/**
 * Base64 of raw bytes (the candidate CSV upload sends bytes, not decoded text, so the API can tell
 * Windows-1252 from UTF-8). Chunked so large files do not overflow the argument list of fromCharCode.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
