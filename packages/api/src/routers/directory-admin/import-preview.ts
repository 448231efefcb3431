import { importPreviewInput } from '@rf/domain/directory/place-import.schema';
import { networkAdminProcedure } from '../../trpc.ts';
import { buildImportPlan, importReport, sha256 } from './import-plan.server.ts';

/**
 * Dry run of an import of the national standard: what each line would do (create, update, unchanged) and
 * every rejected line with its reasons. Writes nothing.
 */
export const importPreview = networkAdminProcedure
  .input(importPreviewInput)
  .mutation(async ({ ctx, input }) => {
    const built = await buildImportPlan(ctx.tx, input.content, input.fileName);
    if (!built.ok) return { ok: false as const, fileError: built.fileError, detail: built.detail };
    return { ok: true as const, sha256: sha256(input.content), report: importReport(built.plan) };
  });
