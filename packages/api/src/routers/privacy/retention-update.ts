import { updateRetentionSettings } from '@rf/db/privacy/retention.repository';
import { withServiceRole } from '@rf/db/service';
import { type RetentionSettings, retentionSettingsSchema } from '@rf/domain/privacy/retention';
import { networkAdminProcedure } from '../../trpc.ts';

/**
 * A network admin changes the network's retention periods (decision 034). The table is the service role's
 * only, so the write runs as the service role once the viewer is known to be a network admin; it names the
 * admin (`updated_by`) and the audit trigger records the old and new periods. Saving the same values twice
 * is harmless; values outside the bounds are refused by the schema (and by the table's checks).
 */
export const retentionUpdate = networkAdminProcedure
  .input(retentionSettingsSchema)
  .mutation(async ({ ctx, input }): Promise<RetentionSettings> => {
    const adminId = ctx.viewer.userId;
    return withServiceRole(ctx.services.db, 'retention settings changed by a network admin', (tx) =>
      updateRetentionSettings(tx, input, adminId),
    );
  });
