import { readRetentionSettings } from '@rf/db/privacy/retention.repository';
import { withServiceRole } from '@rf/db/service';
import { DEFAULT_RETENTION, retentionSettingsSchema, retentionTable } from '@rf/domain/privacy/retention';
import { selfManagedProcedure } from '../../trpc.ts';

export interface RetentionDto {
  table: ReturnType<typeof retentionTable>;
  /** The network's contact for personal data (PRIVACY_CONTACT), if set. */
  contact: string | null;
}

/** The network's retention periods, as the public "Données personnelles" page shows them. */
export const retention = selfManagedProcedure.query(async ({ ctx }): Promise<RetentionDto> => {
  const stored = await withServiceRole(ctx.services.db, 'retention settings', readRetentionSettings);
  const parsed = retentionSettingsSchema.safeParse(stored);
  return {
    table: retentionTable(parsed.success ? parsed.data : DEFAULT_RETENTION),
    contact: ctx.services.env.PRIVACY_CONTACT ?? null,
  };
});
