import { listBorrowedLoans } from '@rf/db/sharing/loans.repository';
import { memberProcedure } from '../../trpc.ts';
import type { LoanDto } from './sharing.dto.ts';
import { toLoanDto } from './sharing.server.ts';

/** The loans the viewer's places asked for, for the member space (`/espace/prets`): status and next steps. */
export const borrowedLoans = memberProcedure.query(async ({ ctx }): Promise<LoanDto[]> => {
  const rows = await listBorrowedLoans(
    ctx.tx,
    ctx.viewer.memberships.map((m) => m.placeId),
  );
  return rows.map((row) => toLoanDto(ctx.viewer, row));
});
