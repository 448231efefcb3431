import { importPreviewInput } from '@rf/domain/directory/place-import.schema';
import { networkAdminProcedure } from '../../trpc.ts';
import { buildImportPlan, findPlanDuplicateCandidates, importReport, sha256 } from './import-plan.server.ts';

/**
 * Dry run of an import of the national standard: what each line would do (create, update, unchanged) and
 * every rejected line with its reasons, and the existing places each new line likely duplicates. Writes nothing.
 */
export const importPreview = networkAdminProcedure
  .input(importPreviewInput)
  .mutation(async ({ ctx, input }) => {
    const built = await buildImportPlan(ctx.tx, input.content, input.fileName);
    if (!built.ok) return { ok: false as const, fileError: built.fileError, detail: built.detail };
    const candidates = await findPlanDuplicateCandidates(ctx.tx, built.plan);
    return { ok: true as const, sha256: sha256(input.content), report: importReport(built.plan, candidates) };
  });
