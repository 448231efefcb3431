// Helpers of the sharing procedures: which side of a loan the viewer acts for, and the database's refusals
// turned into domain errors people can read.
import type { LoanRow } from '@rf/db/sharing/loans.repository';
import type { ResourceRow } from '@rf/db/sharing/resources.repository';
import { DomainError, type DomainErrorCode } from '@rf/domain/errors';
import { isManagerOf, isMemberOf, type Viewer } from '@rf/domain/identity/roles';
import { availableLoanActions, type LoanSide } from '@rf/domain/sharing/loan-workflow';
import { type FileStorage, photoSources } from '@rf/storage';
import type { LoanDto, ResourceDto } from './sharing.dto.ts';

/** Lender: the lending place's managers and network admins. Borrower: the borrowing place's team. */
export function loanSideOf(
  viewer: Viewer,
  loan: Pick<LoanRow, 'lenderPlaceId' | 'borrowerPlaceId'>,
): LoanSide | null {
  if (viewer.networkRole === 'network_admin' || isManagerOf(viewer, loan.lenderPlaceId)) return 'lender';
  if (isMemberOf(viewer, loan.borrowerPlaceId)) return 'borrower';
  return null;
}

export function toLoanDto(viewer: Viewer, loan: LoanRow): LoanDto {
  const side = loanSideOf(viewer, loan);
  const { lenderPlaceId: _l, borrowerPlaceId: _b, ...rest } = loan;
  return {
    ...rest,
    from: new Date(loan.from).toISOString(),
    to: new Date(loan.to).toISOString(),
    createdAt: new Date(loan.createdAt).toISOString(),
    side: side ?? 'borrower',
    actions: side ? availableLoanActions(loan.status, side) : [],
  };
}

/**
 * Runs a write and turns the schema's refusals into the sharing error codes: an overlap (exclusion
 * constraint), a tool that cannot be lent or reserved, a missing qualification, an illegal transition.
 */
export async function withSharingErrors<T>(overlap: DomainErrorCode, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (code === '23P01') throw new DomainError(overlap);
    if (text.startsWith('tool_not_lendable') || text.startsWith('tool_out_of_service'))
      throw new DomainError('tool_not_lendable');
    if (text.startsWith('qualification_required')) throw new DomainError('qualification_required');
    if (text.startsWith('invalid_loan_transition')) throw new DomainError('invalid_loan_transition');
    throw error;
  }
}

/** A resource as the pages show it: its link, or the storage's public address of its file. */
export function toResourceDto(storage: FileStorage, row: ResourceRow): ResourceDto {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    licence: row.licence,
    themes: row.themes,
    audience: row.audience,
    placeName: row.placeName,
    href: row.storagePath ? storage.publicUrl(row.storagePath) : (row.url ?? ''),
    file:
      row.storagePath && row.mimeType && row.sizeBytes !== null
        ? { mimeType: row.mimeType, sizeBytes: row.sizeBytes }
        : null,
  };
}

/** A tool with the public addresses of its photo (`photoSrcSet`: its renditions, decision 035). */
export function withPhotoUrl<T extends { photoPath: string | null }>(
  storage: FileStorage,
  tool: T,
): T & { photoUrl: string | null; photoSrcSet: string | null } {
  const sources = tool.photoPath ? photoSources(storage, tool.photoPath) : null;
  return { ...tool, photoUrl: sources?.src ?? null, photoSrcSet: sources?.srcSet ?? null };
}
