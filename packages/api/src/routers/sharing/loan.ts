import { findLoan, listLoanEvents } from '@rf/db/sharing/loans.repository';
import { DomainError } from '@rf/domain/errors';
import { loanIdInput } from '@rf/domain/sharing/sharing.schema';
import { signedInProcedure } from '../../trpc.ts';
import type { LoanDto, LoanEventDto } from './sharing.dto.ts';
import { toLoanDto } from './sharing.server.ts';

/** One loan and its history, for both places' teams and network admins (RLS hides it from others). */
export const loan = signedInProcedure
  .input(loanIdInput)
  .query(async ({ ctx, input }): Promise<{ loan: LoanDto; events: LoanEventDto[] }> => {
    const row = await findLoan(ctx.tx, input.id);
    if (!row) throw new DomainError('not_found');
    const events = await listLoanEvents(ctx.tx, row.id);
    return {
      loan: toLoanDto(ctx.viewer, row),
      events: events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    };
  });
