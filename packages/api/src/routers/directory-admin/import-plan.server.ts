import { createHash } from 'node:crypto';
import type { Tx } from '@rf/db';
import {
  type DuplicateCandidate,
  findCandidateCommunes,
  findDuplicateCandidates,
  findImportedPlaces,
} from '@rf/db/directory/place-import.repository';
import { type DuplicateReason, likelyDuplicates } from '@rf/domain/directory/likely-duplicates';
import {
  communeKeys,
  type FileError,
  type ImportAction,
  type ImportedPlaceField,
  type ImportPlan,
  planImport,
  type RejectReason,
  readImportFile,
} from '@rf/domain/directory/place-import';

/** The file's fingerprint: the preview shows it, the commit checks the file it receives still has it. */
export const sha256 = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

export type BuiltPlan =
  | { ok: true; plan: ImportPlan }
  | { ok: false; fileError: FileError; detail: string | null };

/** Reads the file and plans the import against the database as it is now (shared by preview and commit). */
export async function buildImportPlan(tx: Tx, content: string, fileName: string): Promise<BuiltPlan> {
  const read = readImportFile(content, fileName);
  if (!read.ok) return { ok: false, fileError: read.error, detail: read.detail ?? null };
  const communes = await findCandidateCommunes(tx, communeKeys(read.lines));
  const ids = read.lines.map((l) => l.values.id ?? '').filter((id) => id !== '');
  const existing = await findImportedPlaces(tx, ids);
  return { ok: true, plan: planImport(read.lines, communes, existing) };
}

export interface ImportLineDto {
  line: number;
  action: ImportAction;
  externalId: string;
  name: string;
  changedFields: ImportedPlaceField[];
  /** Existing places this new line likely describes (creations only; decision 063). */
  duplicates: { id: string; name: string; reasons: DuplicateReason[] }[];
}

export interface RejectedLineDto {
  line: number;
  externalId: string | null;
  name: string | null;
  reasons: RejectReason[];
}

export interface ImportReportDto {
  counts: ImportPlan['counts'];
  lines: ImportLineDto[];
  rejected: RejectedLineDto[];
}

/** The live places of the communes where the plan creates places: what its new lines are compared with. */
export function findPlanDuplicateCandidates(tx: Tx, plan: ImportPlan): Promise<DuplicateCandidate[]> {
  return findDuplicateCandidates(
    tx,
    plan.lines.filter((l) => l.action === 'create').map((l) => l.place.communeCode),
  );
}

export function importReport(
  plan: ImportPlan,
  candidates: readonly DuplicateCandidate[] = [],
): ImportReportDto {
  return {
    counts: plan.counts,
    lines: plan.lines.map((l) => ({
      line: l.line,
      action: l.action,
      externalId: l.place.externalId,
      name: l.place.name,
      changedFields: l.changedFields,
      duplicates:
        l.action === 'create'
          ? likelyDuplicates(
              l.place,
              candidates.filter((c) => c.externalId !== l.place.externalId),
            )
          : [],
    })),
    rejected: plan.rejected.map((r) => ({ ...r, reasons: r.reasons.map((reason) => ({ ...reason })) })),
  };
}
