import { findSmsLink } from '@rf/db/messaging/sms.repository';
import { withServiceRole } from '@rf/db/service';
import { DomainError } from '@rf/domain/errors';
import { appointmentToken } from '@rf/jobs/appointment-link';
import { bookingToken } from '@rf/jobs/booking-link';
import { SHORT_TOKEN_PATTERN, shortTokenHash } from '@rf/jobs/sms-link';
import { z } from 'zod';
import { selfManagedProcedure } from '../../trpc.ts';

export const shortLinkInput = z.object({
  token: z.string().regex(SHORT_TOKEN_PATTERN, 'validation.invalid'),
});

/**
 * The short link of an SMS (`/r/<token>`, decision 040): the path of the full private link of the booking
 * or appointment it was sent about. Unknown, or erased since: not found.
 */
export const shortLink = selfManagedProcedure
  .input(shortLinkInput)
  .query(async ({ ctx, input }): Promise<{ path: string }> => {
    const found = await withServiceRole(ctx.services.db, 'SMS short link', (tx) =>
      findSmsLink(tx, shortTokenHash(input.token)),
    );
    if (!found) throw new DomainError('not_found');
    return {
      path:
        found.kind === 'booking'
          ? `/reservation/${bookingToken(ctx.services.linkKey, found.idempotencyKey)}`
          : `/rendez-vous/${appointmentToken(ctx.services.linkKey, found.idempotencyKey)}`,
    };
  });
