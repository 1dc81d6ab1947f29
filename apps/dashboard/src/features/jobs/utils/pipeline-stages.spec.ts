import { allowedMoves, shortlistBlocker, stageLabel, stageVerb, STAGES } from './pipeline-stages';

describe('pipeline stages (mirror of the API rules)', () => {
  it('labels stages', () => {
    expect(STAGES.map(stageLabel)).toEqual(['Applied', 'Screening', 'Shortlisted', 'Interview', 'Offer', 'Hired', 'Rejected']);
  });

  it('names the action of each move', () => {
    expect(['SHORTLISTED', 'REJECTED', 'HIRED', 'INTERVIEW'].map((s) => stageVerb(s as never))).toEqual(['Shortlist', 'Reject', 'Hire', 'Move to Interview']);
  });

  it('enters at applied/screening/shortlisted, hires only from offer, reopens final stages', () => {
    expect(allowedMoves(null)).toEqual(['APPLIED', 'SCREENING', 'SHORTLISTED']);
    expect(allowedMoves('SHORTLISTED')).toEqual(['APPLIED', 'SCREENING', 'INTERVIEW', 'OFFER', 'REJECTED']);
    expect(allowedMoves('OFFER')).toContain('HIRED');
    expect(allowedMoves('REJECTED')).toEqual(['APPLIED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW', 'OFFER']);
  });

  it('says why "Shortlist" is unavailable', () => {
    expect(shortlistBlocker(null)).toBeNull();
    expect(shortlistBlocker('INTERVIEW')).toBeNull();
    expect(shortlistBlocker('SHORTLISTED')).toBe('Already shortlisted');
    expect(shortlistBlocker('HIRED')).toBe('Hired: reopen it from the pipeline first');
  });
});
