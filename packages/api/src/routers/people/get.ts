import { findPerson } from '@rf/db/identity/people.repository';
import { DomainError } from '@rf/domain/errors';
import { personInput } from '@rf/domain/identity/people.schema';
import { networkAdminProcedure } from '../../trpc.ts';

/** One person, their places and roles: for network admins. */
export const get = networkAdminProcedure.input(personInput).query(async ({ ctx, input }) => {
  const person = await findPerson(ctx.tx, input.userId);
  if (!person) throw new DomainError('not_found');
  return person;
});
