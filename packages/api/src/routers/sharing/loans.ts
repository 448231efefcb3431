import { listVisibleLoans } from '@rf/db/sharing/loans.repository';
import { signedInProcedure } from '../../trpc.ts';
import type { LoanDto } from './sharing.dto.ts';
import { toLoanDto } from './sharing.server.ts';

/** The loans the viewer's places lend or borrow (all of them for network admins, through RLS). */
export const loans = signedInProcedure.query(async ({ ctx }): Promise<LoanDto[]> => {
  const rows = await listVisibleLoans(ctx.tx);
  return rows.map((row) => toLoanDto(ctx.viewer, row));
});
