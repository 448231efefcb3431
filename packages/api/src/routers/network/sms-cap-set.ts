import { setSmsCap } from '@rf/db/messaging/sms.repository';
import { withServiceRole } from '@rf/db/service';
import { smsCapInput } from '@rf/domain/contact/sms-cap';
import { DomainError } from '@rf/domain/errors';
import { networkAdminProcedure } from '../../trpc.ts';

/** A network admin sets (or removes, with null) a place's monthly SMS cap; audited (`sms_caps`). */
export const smsCapSet = networkAdminProcedure.input(smsCapInput).mutation(async ({ ctx, input }) => {
  const place = await ctx.tx
    .selectFrom('places')
    .select('id')
    .where('id', '=', input.placeId)
    .executeTakeFirst();
  if (!place) throw new DomainError('not_found');
  await withServiceRole(ctx.services.db, 'SMS cap', (tx) => setSmsCap(tx, input.placeId, input.cap));
  return { cap: input.cap };
});
