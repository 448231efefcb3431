import { describe, expect, it } from 'vitest';
import { describeError, toTRPCError } from '../errors.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('an unreachable database', () => {
  it.each([
    ['refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    [
      'server shutting down (57P01)',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['connection exception (08006)', withCode('connection failure', '08006')],
    ['connection cut mid-query', new Error('Connection terminated unexpectedly')],
    ['pool waiting too long', new Error('timeout exceeded when trying to connect')],
    [
      'every address refused',
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'connect failed'),
    ],
  ])('is a 503 the apps say as "service momentanément indisponible": %s', (_, cause) => {
    const error = toTRPCError(cause);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(describeError(error).code).toBe('service_unavailable');
  });

  it('leaves other failures as they were: a refused write, a bug', () => {
    expect(describeError(toTRPCError(withCode('duplicate key', '23505'))).code).toBe('conflict');
    expect(toTRPCError(new TypeError('x is undefined')).code).toBe('INTERNAL_SERVER_ERROR');
  });
});
