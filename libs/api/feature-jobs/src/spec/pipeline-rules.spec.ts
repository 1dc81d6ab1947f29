import { ACTIVE_STAGES, allowedMoves, APPLICATION_STAGES, checkMove, ENTRY_STAGES, MAX_REASON_LENGTH, normalizeReason, type Stage } from '../rules/pipeline-rules';

describe('pipeline rules', () => {
  it('lets a person enter only at applied, screening or shortlisted', () => {
    expect(allowedMoves(null)).toEqual(['APPLIED', 'SCREENING', 'SHORTLISTED']);
    for (const to of APPLICATION_STAGES) {
      const refusal = checkMove(null, to);
      expect(refusal === null).toBe(ENTRY_STAGES.includes(to));
    }
    expect(checkMove(null, 'HIRED')).toMatchObject({ code: 'CONFLICT', field: 'toStage' });
  });

  it('moves between active stages both ways, rejects from any active stage, hires only from offer', () => {
    expect(checkMove('APPLIED', 'INTERVIEW')).toBeNull();
    expect(checkMove('INTERVIEW', 'SHORTLISTED')).toBeNull();
    expect(checkMove('SCREENING', 'REJECTED')).toBeNull();
    expect(checkMove('OFFER', 'HIRED')).toBeNull();
    for (const from of ACTIVE_STAGES.filter((s) => s !== 'OFFER')) {
      expect(checkMove(from, 'HIRED')?.message).toBe(`Hired only follows Offer (currently ${from.charAt(0)}${from.slice(1).toLowerCase()})`);
    }
  });

  it('treats hired and rejected as final unless reopened into an active stage', () => {
    expect(allowedMoves('REJECTED')).toEqual(ACTIVE_STAGES);
    expect(allowedMoves('HIRED')).toEqual(ACTIVE_STAGES);
    expect(checkMove('REJECTED', 'HIRED')?.code).toBe('CONFLICT');
    expect(checkMove('HIRED', 'REJECTED')?.message).toMatch(/^Hired is final: reopen/);
    expect(checkMove('REJECTED', 'SCREENING')).toBeNull();
  });

  it('refuses a move to the current stage', () => {
    for (const s of APPLICATION_STAGES) expect(checkMove(s, s)).toEqual({ code: 'CONFLICT', field: 'toStage', message: expect.stringMatching(/^Already in /) });
  });

  it('allowedMoves and checkMove agree on every pair', () => {
    for (const from of [null, ...APPLICATION_STAGES] as (Stage | null)[]) {
      for (const to of APPLICATION_STAGES) expect(checkMove(from, to) === null).toBe(allowedMoves(from).includes(to));
    }
  });

  it('requires a non-blank reason of at most 2,000 characters, trimmed', () => {
    expect(normalizeReason('  Strong SQL evidence \n')).toEqual({ reason: 'Strong SQL evidence' });
    for (const blank of ['', '   ', '\n\t', '\u200b', '\u200b \u2060\ufeff', '\u00ad\u3164', null, undefined, 42]) expect(normalizeReason(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(normalizeReason('x'.repeat(MAX_REASON_LENGTH))).toEqual({ reason: 'x'.repeat(MAX_REASON_LENGTH) });
    expect(normalizeReason('x'.repeat(MAX_REASON_LENGTH + 1))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The reason is 2001 characters; at most 2000' });
  });
});

describe('normalizeReason strips invisible characters at the ends', () => {
  it('keeps the visible text (inner line breaks too) and refuses a reason with nothing visible', () => {
    expect(normalizeReason('\u200b\u00a0Strong SQL\nevidence\u2060 ')).toEqual({ reason: 'Strong SQL\nevidence' });
    expect(normalizeReason('\u200b')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', message: 'Give a reason for this decision' });
  });
});
