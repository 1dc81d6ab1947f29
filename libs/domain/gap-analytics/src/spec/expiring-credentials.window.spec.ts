import { expiringCredentials } from '../index';
import { AS_OF, byPerson, credential, inDays, members } from './fixtures';

describe('expiringCredentials — verified, current, ending within the window', () => {
  const a = credential('ana', [['nursing', 3]], { validUntil: inDays(90) }); // end inclusive in window
  const b = credential('ben', [['sql', 3]], { validUntil: inDays(10) });
  const c = credential('ben', [['sql', 3]], { validUntil: inDays(91) }); // outside
  const d = credential('ana', [['sql', 3]], { validUntil: inDays(-1) }); // already expired
  const e = credential('ana', [['sql', 3]], { validUntil: inDays(5), status: 'CLAIMED' });
  const f = credential('ana', [['sql', 3]], { validUntil: inDays(5), validFrom: inDays(2) }); // not yet valid
  const g = credential('zoe', [['sql', 3]], { validUntil: inDays(5) }); // not a member
  const input = { members: members('ana', 'ben', 'ana'), credentialsByPerson: byPerson(a, b, c, d, e, f, g), asOf: AS_OF, withinDays: 90 };

  it('lists them soonest first', () => {
    expect(expiringCredentials(input).map((x) => [x.personId, x.credential.id, x.validUntil])).toEqual([
      ['ben', b.id, inDays(10)],
      ['ana', a.id, inDays(90)],
    ]);
  });

  it('withinDays 0 lists nothing; a negative window is rejected', () => {
    expect(expiringCredentials({ ...input, withinDays: 0 })).toEqual([]);
    expect(() => expiringCredentials({ ...input, withinDays: -1 })).toThrow(expect.objectContaining({ code: 'GAP_INVALID_OPTION' }));
  });
});
