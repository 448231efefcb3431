// `retention-purge` (nightly, docs/decisions/034-recurring-jobs-and-retention.md): erases the identifying
// fields of bookings and appointments whose retention period (the network's settings, domain rules in
// packages/domain/src/privacy/retention.ts) has passed since their session, and deletes short-lived data
// past its delay (development e-mails, invitations never accepted, one-time sign-in links), and the delivery
// logs past theirs (webhook deliveries ended 30 days ago — never a pending or waiting one —, SMS deliveries
// sent 13 months ago, previous webhook secrets past their 24 hours; decision 061's amendment). Idempotent:
// an erased row is never touched again, so a retried or repeated run changes nothing.
import type { Db } from '@rf/db';
import {
  erasePersonalData,
  listErasureCandidates,
  purgeShortLivedData,
  readRetentionSettings,
} from '@rf/db/privacy/retention.repository';
import { withServiceRole } from '@rf/db/service';
import { isDueForErasure, oldestRetainedEnd, retentionSettingsSchema } from '@rf/domain/privacy/retention';
import { z } from 'zod';
import type { TaskHandler } from '../worker.ts';

export interface RetentionPurgeResult {
  bookings: number;
  appointments: number;
  devMailbox: number;
  invitations: number;
  signInLinks: number;
  webhookDeliveries: number;
  smsDeliveries: number;
  webhookSecrets: number;
}

/** One purge as of `now` (tests pass a later clock instead of waiting 90 days). */
export function purgePersonalData(db: Db, now: Date = new Date()): Promise<RetentionPurgeResult> {
  return withServiceRole(db, 'retention purge', async (tx) => {
    const settings = retentionSettingsSchema.parse(await readRetentionSettings(tx));
    const candidates = await listErasureCandidates(tx, oldestRetainedEnd(settings, now));
    const due = candidates.filter((row) => isDueForErasure(row, settings, now));
    const bookingIds = due.filter((row) => row.kind === 'booking').map((row) => row.id);
    const appointmentIds = due.filter((row) => row.kind === 'appointment').map((row) => row.id);
    const bookings = await erasePersonalData(tx, { bookingIds });
    const appointments = await erasePersonalData(tx, { appointmentIds });
    const shortLived = await purgeShortLivedData(tx, now);
    return { bookings, appointments, ...shortLived };
  });
}

const payloadSchema = z.object({ scheduledFor: z.iso.datetime().optional() }).loose();

export function retentionPurgeTask(deps: { db: Db }): TaskHandler {
  return async (payload) => {
    payloadSchema.parse(payload);
    const result = await purgePersonalData(deps.db);
    return { counts: { ...result } };
  };
}
