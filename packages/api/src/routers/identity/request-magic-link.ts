import { magicLinkInput } from '@rf/domain/identity/auth.schema';
import { selfManagedProcedure } from '../../trpc.ts';

/** Answers the same whether or not the address has an account, so nobody can probe who is registered. */
export const requestMagicLink = selfManagedProcedure
  .input(magicLinkInput)
  .mutation(async ({ ctx, input }) => {
    await ctx.services.auth.requestMagicLink(ctx.exchange, input.email);
    return { sent: true };
  });
