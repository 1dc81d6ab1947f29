import type { VerificationStatus } from '@skillproof/domain-model';
import { matchPersonToJob } from '../index';
import { AS_OF, credential, requirement, taxonomy } from './fixtures';

// PRODUCT.md §3: only VERIFIED counts; INDETERMINATE ("could not check") never counts as verified.
describe('matchPersonToJob — FAILED and INDETERMINATE credentials are not counted', () => {
  it.each<[VerificationStatus, string]>([
    ['FAILED', 'FAILED'],
    ['INDETERMINATE', 'INDETERMINATE'],
  ])('%s → MISSING, listed as excluded with reason %s', (status, reason) => {
    const c = credential('p1', [['postgresql', 5]], { status });
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 3, { mustHave: true })],
      credentials: [c],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.fit).toBe(0);
    expect(result.eligible).toBe(false);
    expect(result.requirements[0].status).toBe('MISSING');
    expect(result.requirements[0].excluded).toEqual([
      expect.objectContaining({ credentialId: c.id, status, reason, inferredFrom: ['postgresql', 'sql'] }),
    ]);
    expect(result.claimed).toEqual([]);
  });

  it('a requirement demanding a trusted issuer ignores untrusted evidence', () => {
    const untrusted = credential('p1', [['sql', 4]], { issuerTrusted: false, issuerName: 'Unknown Badges Ltd' });
    const trustedLow = credential('p1', [['sql', 2]]);
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 4, { requireTrustedIssuer: true }), requirement('sql', 4)],
      credentials: [untrusted, trustedLow],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.requirements[0]).toMatchObject({ status: 'PARTIAL', attainedLevel: 2 });
    expect(result.requirements[0].excluded).toEqual([expect.objectContaining({ credentialId: untrusted.id, reason: 'UNTRUSTED_ISSUER' })]);
    expect(result.requirements[1]).toMatchObject({ status: 'MET', attainedLevel: 4 });
  });

  it("credentials attached to another person never count", () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 1)],
      credentials: [credential('p2', [['sql', 5]])],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.requirements[0].status).toBe('MISSING');
  });
});
