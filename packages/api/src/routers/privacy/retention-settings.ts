import { readRetentionSettings } from '@rf/db/privacy/retention.repository';
import { withServiceRole } from '@rf/db/service';
import {
  DEFAULT_RETENTION,
  type RetentionSettings,
  retentionSettingsSchema,
} from '@rf/domain/privacy/retention';
import { networkAdminProcedure } from '../../trpc.ts';

/** The network's retention periods as they are saved, for the console's form (network admins only). */
export const retentionSettings = networkAdminProcedure.query(async ({ ctx }): Promise<RetentionSettings> => {
  const stored = await withServiceRole(
    ctx.services.db,
    'retention settings for the console',
    readRetentionSettings,
  );
  const parsed = retentionSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
});
