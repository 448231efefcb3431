import { setReminderHours } from '@rf/db/messaging/sms.repository';
import { reminderHoursInput } from '@rf/domain/contact/sms-cap';
import { DomainError } from '@rf/domain/errors';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { signedInProcedure } from '../../trpc.ts';

/**
 * How long before a session or appointment of a place its reminder goes (decision 040): the place's
 * managers and network admins set it; row level security agrees (the column's grant, the places policy).
 */
export const reminderHoursSet = signedInProcedure
  .input(reminderHoursInput)
  .mutation(async ({ ctx, input }) => {
    const allowed =
      ctx.viewer.networkRole === 'network_admin' || managedPlaceIds(ctx.viewer).includes(input.placeId);
    if (!allowed) throw new DomainError('forbidden');
    if (!(await setReminderHours(ctx.tx, input.placeId, input.hours))) throw new DomainError('not_found');
    return { hours: input.hours };
  });
