import { listSmsUsage, type SmsUsageRow } from '@rf/db/messaging/sms.repository';
import { withServiceRole } from '@rf/db/service';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { signedInProcedure } from '../../trpc.ts';

export interface SmsUsageDto {
  rows: SmsUsageRow[];
  /** Network admins set the caps; managers read them. */
  canSetCaps: boolean;
}

/**
 * SMS sent per place this month and last, with each place's cap: network admins see every place that sent
 * some (or has a cap), managers their own places, others nothing. The counts are the server's
 * (`private`), read with the service role once the caller's places are known.
 */
export const smsUsage = signedInProcedure.query(async ({ ctx }): Promise<SmsUsageDto> => {
  const admin = ctx.viewer.networkRole === 'network_admin';
  const places = admin ? ('all' as const) : managedPlaceIds(ctx.viewer);
  const rows =
    places === 'all' || places.length > 0
      ? await withServiceRole(ctx.services.db, 'SMS usage', (tx) => listSmsUsage(tx, places))
      : [];
  return { rows, canSetCaps: admin };
});
