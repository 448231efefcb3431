import { TRPCError } from '@trpc/server';
import { z } from 'zod';

/** A rule that needs the database, reported like a schema failure: the message goes next to its field. */
export function fieldError(field: string, messageKey: string): TRPCError {
  const failing = z.object({ [field]: z.unknown().refine(() => false, messageKey) });
  return new TRPCError({
    code: 'BAD_REQUEST',
    message: 'invalid_input',
    cause: failing.safeParse({ [field]: null }).error,
  });
}
