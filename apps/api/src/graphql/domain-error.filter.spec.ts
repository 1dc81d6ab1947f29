import { QueryFailedError } from 'typeorm';
import { DomainError } from '@skillproof/api-core';
import { queryFailureToDomainError } from './domain-error.filter';

/** A TypeORM query failure carrying a PostgreSQL SQLSTATE and message. */
const failure = (code: string, message: string) => new QueryFailedError('SELECT $1', [], Object.assign(new Error(message), { code }));

describe('queryFailureToDomainError', () => {
  it('maps 22003 (numeric out of range) to BAD_USER_INPUT with a readable message, SQLSTATE only in development', () => {
    const prod = queryFailureToDomainError(failure('22003', 'value out of range for type real'), false)!;
    expect(prod).toBeInstanceOf(DomainError);
    expect([prod.code, prod.message, prod.details]).toEqual(['BAD_USER_INPUT', 'A number is out of range (too large, too small or too precise to be stored)', undefined]);
    expect(queryFailureToDomainError(failure('22003', 'value out of range for type real'), true)!.details).toEqual({ sqlState: '22003' });
  });

  it('answers a malformed uuid as NOT_FOUND (no record can have it) and other class 22 errors as BAD_USER_INPUT', () => {
    const id = queryFailureToDomainError(failure('22P02', 'invalid input syntax for type uuid: "nope"'), false)!;
    expect([id.code, id.message, id.details]).toEqual(['NOT_FOUND', 'Nothing has the id "nope" (ids are UUIDs)', { id: 'nope' }]);
    expect(queryFailureToDomainError(failure('22P02', 'invalid input syntax for type integer: "x"'), false)!.code).toBe('BAD_USER_INPUT');
    expect(queryFailureToDomainError(failure('22021', 'invalid byte sequence for encoding "UTF8": 0x00'), false)!.code).toBe('BAD_USER_INPUT');
  });

  it('leaves other failures (missing table, deadlock, no SQLSTATE) unexpected', () => {
    expect(queryFailureToDomainError(failure('42P01', 'relation "x" does not exist'), false)).toBeNull();
    expect(queryFailureToDomainError(failure('40P01', 'deadlock detected'), false)).toBeNull();
    expect(queryFailureToDomainError(new QueryFailedError('SELECT 1', [], new Error('connection lost')), false)).toBeNull();
  });
});
