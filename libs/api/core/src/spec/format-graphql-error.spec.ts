import { GraphQLError } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { formatGraphqlError } from '../errors/format-graphql-error';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] } });

describe('formatGraphqlError', () => {
  it('passes domain error codes through with their message and details', () => {
    const err = wrap(new DomainError('NOT_FOUND', 'Job x was not found', { entity: 'Job', id: 'x' }));
    const out = formatGraphqlError(err.toJSON(), err, false);
    expect(out.message).toBe('Job x was not found');
    expect(out.extensions).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'Job', id: 'x' } });
    expect(out.extensions).not.toHaveProperty('stacktrace');
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR without a stack trace outside development', () => {
    const err = wrap(new TypeError('cannot read x of undefined at /srv/secret.ts'));
    const out = formatGraphqlError(err.toJSON(), err, false);
    expect(out.message).toBe('Internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const dev = formatGraphqlError(err.toJSON(), err, true);
    expect(dev.message).toMatch(/cannot read/);
  });

  it('maps query validation failures to BAD_USER_INPUT', () => {
    const err = new GraphQLError('Cannot query field "nope"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatGraphqlError(err.toJSON(), err, false).extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
