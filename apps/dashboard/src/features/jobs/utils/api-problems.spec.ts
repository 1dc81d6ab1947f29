import { apiProblems } from './api-problems';

describe('apiProblems', () => {
  it('reads extensions.details.problems of the first error that has them', () => {
    const error = { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', details: { field: 'requirements[1].skillId', problems: [
      { index: 1, field: 'skillId', message: 'Requirement 2: SQL is already requirement 1' }, { bogus: true },
    ] } } }] };
    expect(apiProblems(error)).toEqual([{ index: 1, field: 'skillId', message: 'Requirement 2: SQL is already requirement 1' }]);
  });

  it('is empty for other errors', () => {
    expect(apiProblems(new Error('network'))).toEqual([]);
    expect(apiProblems({ errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] })).toEqual([]);
    expect(apiProblems(null)).toEqual([]);
  });
});
