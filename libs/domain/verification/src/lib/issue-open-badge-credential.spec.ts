import { createStatusListCredential } from './create-status-list-credential';
import { createMapFetcher } from './fetcher';
import { exportIssuerKey, generateIssuerKey, importIssuerKey, type IssuerKey } from './issuer-key';
import { issueOpenBadgeCredential, type IssueOpenBadgeInput } from './issue-open-badge-credential';
import { verifyCredential } from './verify-credential';

const SEED = new Uint8Array(32).fill(7);
const LIST_URL = 'https://issuer.skillproof.test/status/1';
const AS_OF = new Date('2026-11-30T00:00:00Z');

function badgeInput(key: IssuerKey, overrides: Partial<IssueOpenBadgeInput> = {}): IssueOpenBadgeInput {
  return {
    key,
    issuer: { id: key.did, name: 'SkillProof Demo Academy', url: 'https://academy.skillproof.test' },
    credentialId: 'urn:uuid:6f1b9a5e-2c1d-4c55-9d1e-0c6a3e0f0001',
    subject: { email: 'Ada@Example.org', salt: 'pepper' },
    achievement: {
      id: 'https://academy.skillproof.test/achievements/sql-1',
      name: 'SQL Foundations',
      description: 'Writes correct SELECT queries with joins and aggregates.',
      achievementType: 'Badge',
      criteria: { narrative: 'Passed the proctored SQL assessment.' },
      alignment: [
        {
          targetUrl: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
          targetName: 'SQL',
          targetCode: 'esco:598de5b0',
          targetFramework: 'ESCO',
        },
      ],
    },
    validFrom: new Date('2026-01-01T00:00:00Z'),
    created: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

describe('issuer keys', () => {
  it('derives the same did:key from the same 32-byte seed and round-trips through JSON', async () => {
    const a = await generateIssuerKey(SEED);
    const b = await generateIssuerKey(SEED);
    expect(a.did).toBe(b.did);
    expect(a.did).toMatch(/^did:key:z6Mk/);
    expect(a.keyId).toBe(`${a.did}#${a.publicKeyMultibase}`);
    const json = JSON.parse(JSON.stringify(exportIssuerKey(a)));
    const c = await importIssuerKey(json);
    expect(c.did).toBe(a.did);
    expect(exportIssuerKey(c)).toEqual(exportIssuerKey(a));
  });

  it('rejects a seed of the wrong size and a key whose id does not match its public key', async () => {
    await expect(generateIssuerKey(new Uint8Array(16))).rejects.toThrow(/32 bytes/);
    const json = exportIssuerKey(await generateIssuerKey(SEED));
    await expect(importIssuerKey({ ...json, controller: 'did:key:z6MkOther' })).rejects.toThrow(/do not match/);
    await expect(importIssuerKey({ type: 'JsonWebKey' })).rejects.toThrow();
  });
});

describe('issue → verify round trip', () => {
  let key: IssuerKey;
  beforeAll(async () => {
    key = await generateIssuerKey(SEED);
  });

  async function withList(revokedIndexes: number[]) {
    const list = await createStatusListCredential({
      key,
      issuer: key.did,
      id: LIST_URL,
      statusPurpose: 'revocation',
      revokedIndexes,
      validFrom: new Date('2026-01-01T00:00:00Z'),
    });
    return createMapFetcher({ [LIST_URL]: list });
  }

  it('issues a credential that verifies, with the parsed OB 3.0 fields', async () => {
    const credential = await issueOpenBadgeCredential(
      badgeInput(key, { status: { statusListCredential: LIST_URL, statusListIndex: 42, statusPurpose: 'revocation' } }),
    );
    const { report, credential: parsed } = await verifyCredential(credential, { asOf: AS_OF, fetcher: await withList([41, 43]) });
    expect(report.status).toBe('VERIFIED');
    expect(report.reasons).toEqual(['VALID']);
    expect(report.checks.map((c) => c.outcome)).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS']);
    expect(parsed).toMatchObject({
      id: 'urn:uuid:6f1b9a5e-2c1d-4c55-9d1e-0c6a3e0f0001',
      format: 'OB3_JSONLD',
      issuer: { id: key.did, name: 'SkillProof Demo Academy', url: 'https://academy.skillproof.test' },
      achievement: {
        name: 'SQL Foundations',
        achievementType: 'Badge',
        alignments: [{ targetName: 'SQL', targetCode: 'esco:598de5b0', targetFramework: 'ESCO' }],
      },
      subject: { identifier: [{ identityType: 'emailAddress', hashed: true, salt: 'pepper' }] },
      validFrom: new Date('2026-01-01T00:00:00Z'),
    });
    expect(parsed?.subject.identifier?.[0].identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
  });

  it('reports REVOKED once the index is set in the status list', async () => {
    const credential = await issueOpenBadgeCredential(
      badgeInput(key, { status: { statusListCredential: LIST_URL, statusListIndex: 42, statusPurpose: 'revocation' } }),
    );
    const { report } = await verifyCredential(credential, { asOf: AS_OF, fetcher: await withList([42]) });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toEqual(['REVOKED']);
  });

  it('reports EXPIRED after validUntil and BAD_SIGNATURE after tampering (both at once)', async () => {
    const credential = await issueOpenBadgeCredential(badgeInput(key, { validUntil: new Date('2026-06-30') }));
    expect((await verifyCredential(credential, { asOf: AS_OF })).report.reasons).toEqual(['EXPIRED']);
    const tampered = structuredClone(credential);
    tampered['validUntil'] = '2099-01-01T00:00:00Z';
    tampered['name'] = 'SQL Mastery';
    expect((await verifyCredential(tampered, { asOf: AS_OF })).report.reasons).toEqual(['BAD_SIGNATURE']);
    const expiredAndTampered = { ...structuredClone(credential), name: 'SQL Mastery' };
    expect((await verifyCredential(expiredAndTampered, { asOf: AS_OF })).report.reasons).toEqual(
      expect.arrayContaining(['BAD_SIGNATURE', 'EXPIRED']),
    );
  });

  it('refuses to sign for an issuer that does not control the key', async () => {
    await expect(
      issueOpenBadgeCredential(badgeInput(key, { issuer: { id: 'did:example:someone', name: 'x' } })),
    ).rejects.toThrow(/issuer.id/);
  });

  it('signs and verifies 100 credentials (timing printed)', async () => {
    const fetcher = await withList([]);
    const started = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) {
      const credential = await issueOpenBadgeCredential(
        badgeInput(key, {
          credentialId: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          status: { statusListCredential: LIST_URL, statusListIndex: i, statusPurpose: 'revocation' },
        }),
      );
      const { report } = await verifyCredential(credential, { asOf: AS_OF, fetcher });
      expect(report.status).toBe('VERIFIED');
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(`100 sign+verify: ${ms.toFixed(0)} ms (${(ms / 100).toFixed(1)} ms each)\n`);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
