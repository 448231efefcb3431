import { tokenSchema } from '@rf/domain/identity/auth.schema';
import { z } from 'zod';
import { selfManagedProcedure } from '../../trpc.ts';
import { homeUrlFor } from './home-url.ts';

export const verifyMagicLink = selfManagedProcedure
  .input(z.object({ token: tokenSchema }))
  .mutation(async ({ ctx, input }) => {
    const session = await ctx.services.auth.verifyMagicLink(ctx.exchange, input.token);
    return { redirectTo: await homeUrlFor(ctx, session) };
  });
