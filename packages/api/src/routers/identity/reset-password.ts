import { passwordResetInput } from '@rf/domain/identity/auth.schema';
import { selfManagedProcedure } from '../../trpc.ts';
import { homeUrlFor } from './home-url.ts';

export const resetPassword = selfManagedProcedure
  .input(passwordResetInput)
  .mutation(async ({ ctx, input }) => {
    const session = await ctx.services.auth.resetPassword(ctx.exchange, input.token, input.password);
    return { redirectTo: await homeUrlFor(ctx, session) };
  });
