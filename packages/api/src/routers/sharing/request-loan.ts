import { insertLoanRequest } from '@rf/db/sharing/loans.repository';
import { findTool } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { isMemberOf } from '@rf/domain/identity/roles';
import { requestLoanInput } from '@rf/domain/sharing/sharing.schema';
import { memberProcedure } from '../../trpc.ts';
import { withSharingErrors } from './sharing.server.ts';

/** A member of place B asks place A to lend one of its tools for some days. */
export const requestLoan = memberProcedure
  .input(requestLoanInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    if (!isMemberOf(ctx.viewer, input.borrowerPlaceId)) throw new DomainError('forbidden');
    const found = await findTool(ctx.tx, input.toolId);
    if (!found) throw new DomainError('not_found');
    if (found.placeId === input.borrowerPlaceId) throw new DomainError('tool_not_lendable');
    const id = await withSharingErrors('tool_already_lent', () =>
      insertLoanRequest(ctx.tx, {
        toolId: found.id,
        lenderPlaceId: found.placeId,
        borrowerPlaceId: input.borrowerPlaceId,
        from: input.from,
        to: input.to,
        notes: input.notes,
      }),
    );
    return { id };
  });
