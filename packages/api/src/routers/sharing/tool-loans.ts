import { listToolLoans } from '@rf/db/sharing/loans.repository';
import { toolIdInput } from '@rf/domain/sharing/sharing.schema';
import { signedInProcedure } from '../../trpc.ts';
import type { LoanDto } from './sharing.dto.ts';
import { toLoanDto } from './sharing.server.ts';

/** A tool's loan history, newest first, as far as RLS lets the viewer see (both places' teams, admins). */
export const toolLoans = signedInProcedure
  .input(toolIdInput)
  .query(async ({ ctx, input }): Promise<LoanDto[]> => {
    const rows = await listToolLoans(ctx.tx, input.id);
    return rows.map((row) => toLoanDto(ctx.viewer, row));
  });
