import { applySmsReceipts } from '@rf/db/messaging/sms.repository';
import { withServiceRole } from '@rf/db/service';
import { DomainError } from '@rf/domain/errors';
import { parseBrevoSmsEvent } from '@rf/sms/receipts';
import { z } from 'zod';
import { selfManagedProcedure } from '../../trpc.ts';

/** What the receipts route hands over: the request's Authorization header and its raw body. */
export const smsReceiptsInput = z.object({
  authorization: z.string().max(1000).optional(),
  body: z.string().max(256 * 1024),
});

/**
 * Brevo's delivery receipts (decision 040), posted to the site's `/api/sms/brevo`: checked with the shared
 * secret (BREVO_WEBHOOK_SECRET; none configured refuses everything), then each SMS's status recorded.
 * `unauthenticated` for a wrong or missing secret, `invalid_input` for a body that is not receipts.
 */
export const smsReceipts = selfManagedProcedure.input(smsReceiptsInput).mutation(async ({ ctx, input }) => {
  const parsed = parseBrevoSmsEvent(
    input.body,
    { authorization: input.authorization },
    ctx.services.env.BREVO_WEBHOOK_SECRET ?? '',
  );
  if (!parsed.ok)
    throw new DomainError(parsed.reason === 'unauthorized' ? 'unauthenticated' : 'invalid_input');
  const known = await withServiceRole(ctx.services.db, 'SMS receipts', (tx) =>
    applySmsReceipts(
      tx,
      parsed.events.map((e) => ({ providerId: e.providerId, status: e.status })),
    ),
  );
  return { received: parsed.events.length, known };
});
