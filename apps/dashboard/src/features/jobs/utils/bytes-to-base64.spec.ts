import { bytesToBase64 } from './bytes-to-base64';

describe('bytesToBase64', () => {
  it('encodes raw bytes (a Windows-1252 "ë" stays the single byte 0xEB) and large inputs', () => {
    expect(bytesToBase64(new Uint8Array([0x5a, 0x6f, 0xeb]))).toBe(Buffer.from([0x5a, 0x6f, 0xeb]).toString('base64'));
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
