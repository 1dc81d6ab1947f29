// verify_vs_ed25519 (PRODUCT.md §7): OB 3.0 eddsa-rdfc-2022 verifications per second of a credential
// with 5 alignments (issued by the library with a fixed key, did:key, no status) divided by a bare
// node:crypto Ed25519 verify loop per second, both measured in this run on one core.
// Plain Node running the BUILT library (npx nx run api:build).
import { createRequire } from 'node:module';
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { median, recordBenchResults } from './results.mjs';

const require = createRequire(import.meta.url);
const lib = require('../../dist/apps/api/libs/domain/verification/src/index.js');

const AS_OF = new Date('2026-11-30T00:00:00Z');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 2000);

async function credentialWithFiveAlignments() {
  const key = await lib.generateIssuerKey(new Uint8Array(32).fill(7));
  return lib.issueOpenBadgeCredential({
    key,
    issuer: { id: key.did, name: 'Bench University (demo issuer)' },
    credentialId: 'urn:uuid:0b3f0000-0000-4000-8000-00000000be01',
    subject: { email: 'ana.lima@example.org', salt: 's4lt' },
    achievement: {
      id: 'https://bench.example/achievements/data-analysis',
      name: 'Data Analysis with Python',
      description: 'Cleans, analyses and visualises data with Python.',
      criteria: { narrative: 'Passed the proctored assessment.' },
      alignment: ['SQL', 'Python', 'Statistics', 'Data visualisation', 'PostgreSQL'].map((name, i) => ({
        targetUrl: `https://bench.example/skills/${i}`,
        targetName: name,
        targetCode: `S-${i}`,
        targetFramework: 'Bench',
      })),
    },
    validFrom: new Date('2024-01-01T00:00:00Z'),
    created: new Date('2024-01-01T00:00:00Z'),
  });
}

/** Operations per second of `fn` over ROUND_MS (sequential awaits, one core). */
async function opsPerSecond(fn) {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ROUND_MS) {
    await fn();
    n++;
    if ((n & 7) === 0) now = performance.now();
  }
  return (n * 1000) / (performance.now() - start);
}

const credential = await credentialWithFiveAlignments();
const text = JSON.stringify(credential);
const check = await lib.verifyCredential(text, { asOf: AS_OF });
if (check.report.status !== 'VERIFIED') throw new Error(`bench credential does not verify: ${JSON.stringify(check.report)}`);

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const message = Buffer.from(text);
const signature = sign(null, message, privateKey);
const edVerify = async () => {
  if (!verify(null, message, publicKey, signature)) throw new Error('ed25519 baseline failed');
};
const libVerify = async () => {
  const { report } = await lib.verifyCredential(text, { asOf: AS_OF });
  if (report.status !== 'VERIFIED') throw new Error('verification failed during the bench');
};

// Warm-up (JIT, lazily built context maps and suites).
await opsPerSecond(libVerify);
await opsPerSecond(edVerify);
const ratios = [];
for (let round = 0; round < ROUNDS; round++) {
  const ed = await opsPerSecond(edVerify);
  const vc = await opsPerSecond(libVerify);
  ratios.push(vc / ed);
  console.log(`round ${round + 1}: verify ${vc.toFixed(1)}/s, ed25519 ${ed.toFixed(0)}/s, ratio ${(vc / ed).toFixed(4)}`);
}
recordBenchResults({ verify_vs_ed25519: median(ratios) });
