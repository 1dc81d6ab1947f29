import { skillMatrix } from '../index';
import { AS_OF, byPerson, credential, inDays, members, taxonomy } from './fixtures';

// PRODUCT.md §5: matrix shows attained level, verified, claimed, expiring soon (90 days) or expired.
describe('skillMatrix — verified, claimed, expiring soon, expired', () => {
  const cellFor = (creds: ReturnType<typeof credential>[], skillId = 'nursing', expiringWithinDays?: number) =>
    skillMatrix({ members: members('ana'), skills: [skillId], credentialsByPerson: byPerson(...creds), taxonomy, asOf: AS_OF, expiringWithinDays }).cells[0];

  it.each([
    { name: 'no evidence', creds: [], expected: { level: 0, verified: false, expiresSoon: false, expired: false, levelExpiresOn: null } },
    { name: 'non-expiring', creds: [credential('ana', [['nursing', 3]])], expected: { level: 3, verified: true, expiresSoon: false, expired: false, levelExpiresOn: null } },
    { name: 'expires in 45 days', creds: [credential('ana', [['nursing', 3]], { validUntil: inDays(45) })], expected: { level: 3, verified: true, expiresSoon: true, levelExpiresOn: inDays(45) } },
    { name: 'expires exactly on day 90 (window end inclusive)', creds: [credential('ana', [['nursing', 3]], { validUntil: inDays(90) })], expected: { expiresSoon: true } },
    { name: 'expires on day 91', creds: [credential('ana', [['nursing', 3]], { validUntil: inDays(91) })], expected: { level: 3, expiresSoon: false, levelExpiresOn: inDays(91) } },
    {
      name: 'expiring best level, but a non-expiring credential at the same level',
      creds: [credential('ana', [['nursing', 3]], { validUntil: inDays(10) }), credential('ana', [['nursing', 3]])],
      expected: { level: 3, expiresSoon: false, levelExpiresOn: null },
    },
    {
      name: 'best level expires soon, a lower level stays',
      creds: [credential('ana', [['nursing', 4]], { validUntil: inDays(10) }), credential('ana', [['nursing', 2]])],
      expected: { level: 4, expiresSoon: true, levelExpiresOn: inDays(10) },
    },
    {
      name: 'expired, nothing current',
      creds: [credential('ana', [['nursing', 3]], { validUntil: inDays(-1) })],
      expected: { level: 0, verified: false, expired: true, expiresSoon: false },
    },
    {
      name: 'expired but renewed',
      creds: [credential('ana', [['nursing', 3]], { validUntil: inDays(-1) }), credential('ana', [['nursing', 3]], { validUntil: inDays(700) })],
      expected: { level: 3, verified: true, expired: false },
    },
    {
      name: 'claimed only',
      creds: [credential('ana', [['nursing', 4]], { status: 'CLAIMED' })],
      expected: { level: 0, verified: false, claimedLevel: 4, expired: false },
    },
    {
      name: 'claimed above the verified level',
      creds: [credential('ana', [['nursing', 5]], { status: 'CLAIMED' }), credential('ana', [['nursing', 2]])],
      expected: { level: 2, verified: true, claimedLevel: 5 },
    },
    {
      name: 'failed credential is neither verified nor expired',
      creds: [credential('ana', [['nursing', 3]], { status: 'FAILED', validUntil: inDays(-1) })],
      expected: { level: 0, verified: false, expired: false },
    },
  ])('$name', ({ creds, expected }) => {
    const cell = cellFor(creds);
    expect(cell).toMatchObject({ personId: 'ana', skillId: 'nursing', ...expected });
    if (!('claimedLevel' in expected)) expect(cell.claimedLevel).toBeUndefined();
  });

  it('a custom window: 30 days', () => {
    const creds = [credential('ana', [['nursing', 3]], { validUntil: inDays(45) })];
    expect(cellFor(creds, 'nursing', 30).expiresSoon).toBe(false);
    expect(cellFor(creds, 'nursing', 60).expiresSoon).toBe(true);
  });

  it('narrower evidence counts in the matrix (PostgreSQL → SQL) and cells are row-major', () => {
    const matrix = skillMatrix({
      members: members('ana', 'ben'),
      skills: ['sql', 'K8s'],
      credentialsByPerson: byPerson(credential('ana', [['postgresql', 4]]), credential('ben', [['kubernetes', 2]])),
      taxonomy,
      asOf: AS_OF,
    });
    expect(matrix.skillIds).toEqual(['sql', 'kubernetes']);
    expect(matrix.expiringWithinDays).toBe(90);
    expect(matrix.cells.map((c) => [c.personId, c.skillId, c.level, c.verified])).toEqual([
      ['ana', 'sql', 4, true],
      ['ana', 'kubernetes', 0, false],
      ['ben', 'sql', 0, false],
      ['ben', 'kubernetes', 2, true],
    ]);
  });

  it('rejects a negative window', () => {
    expect(() => cellFor([], 'nursing', -1)).toThrow(expect.objectContaining({ code: 'GAP_INVALID_OPTION' }));
  });
});
