import { describeError } from './describe-error';

describe('describeError', () => {
  it('shows the GraphQL error messages and the first code', () => {
    const error = Object.assign(new Error('combined'), {
      errors: [
        { message: 'Job not found', extensions: { code: 'NOT_FOUND' } },
        { message: 'Job not found', extensions: { code: 'NOT_FOUND' } },
        { message: 'Second', extensions: {} },
      ],
    });
    expect(describeError(error)).toEqual({ message: 'Job not found; Second', code: 'NOT_FOUND' });
  });

  it('reads GraphQL errors from a non-2xx response body', () => {
    const error = Object.assign(new Error('Response not successful: Received status code 400'), {
      bodyText: JSON.stringify({ errors: [{ message: 'Variable "$id" of required type "ID!" was not provided.', extensions: { code: 'BAD_USER_INPUT' } }] }),
    });
    expect(describeError(error)).toEqual({
      message: 'Variable "$id" of required type "ID!" was not provided.',
      code: 'BAD_USER_INPUT',
    });
  });

  it('falls back to the error message for network errors and non-JSON bodies', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({ message: 'Failed to fetch', code: null });
    expect(describeError(Object.assign(new Error('Bad gateway'), { bodyText: '<html>' }))).toEqual({ message: 'Bad gateway', code: null });
  });

  it('handles odd values', () => {
    expect(describeError('boom')).toEqual({ message: 'boom', code: null });
    expect(describeError(undefined)).toEqual({ message: 'Unknown error', code: null });
    expect(describeError({ errors: [] })).toEqual({ message: 'Unknown error', code: null });
  });
});
