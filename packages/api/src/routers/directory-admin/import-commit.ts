import { queueGeocodingOfApproximatePlaces } from '@rf/db/directory/place-coordinates.repository';
import { applyImportPlan } from '@rf/db/directory/place-import.repository';
import { importCommitInput } from '@rf/domain/directory/place-import.schema';
import { sql } from 'kysely';
import { networkAdminProcedure } from '../../trpc.ts';
import { buildImportPlan, importReport, sha256 } from './import-plan.server.ts';

/**
 * Applies an import in the procedure's one transaction: the plan is computed again from the file (never
 * trusted from the browser) against the database as it is now, then written; any failure writes nothing.
 * Imports run one at a time, so a double click finds the first one's places and changes nothing. With a
 * geocoder configured, the places left on their commune's centre are queued for it (decision 063).
 */
export const importCommit = networkAdminProcedure
  .input(importCommitInput)
  .mutation(async ({ ctx, input }) => {
    if (sha256(input.content) !== input.sha256)
      return { ok: false as const, reason: 'file_changed' as const };
    await sql`select pg_advisory_xact_lock(hashtext('rf.place-import'))`.execute(ctx.tx);
    const built = await buildImportPlan(ctx.tx, input.content, input.fileName);
    if (!built.ok) return { ok: false as const, reason: 'file_unreadable' as const };
    if (built.plan.rejected.length > 0 && !input.skipRejected)
      return { ok: false as const, reason: 'rejected_lines' as const, report: importReport(built.plan) };
    const written = await applyImportPlan(ctx.tx, built.plan.lines);
    // Lines without coordinates stand on their commune's centre until the geocoder finds the address.
    if (ctx.services.env.GEOCODER_URL) await queueGeocodingOfApproximatePlaces(ctx.tx, written);
    return { ok: true as const, report: importReport(built.plan) };
  });
