import { passwordResetRequestInput } from '@rf/domain/identity/auth.schema';
import { selfManagedProcedure } from '../../trpc.ts';

export const requestPasswordReset = selfManagedProcedure
  .input(passwordResetRequestInput)
  .mutation(async ({ ctx, input }) => {
    await ctx.services.auth.requestPasswordReset(ctx.exchange, input.email);
    return { sent: true };
  });
