import { passwordResetRequestInput } from '@rf/domain/identity/auth.schema';
import { authFlowProcedure } from '../../trpc.ts';

export const requestPasswordReset = authFlowProcedure
  .input(passwordResetRequestInput)
  .mutation(async ({ ctx, input }) => {
    await ctx.services.auth.requestPasswordReset(input.email);
    return { sent: true };
  });
