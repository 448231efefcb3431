import { signInInput } from '@rf/domain/identity/auth.schema';
import { selfManagedProcedure } from '../../trpc.ts';
import { homeUrlFor } from './home-url.ts';

export const signIn = selfManagedProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
  const session = await ctx.services.auth.signInWithPassword(ctx.exchange, input.email, input.password);
  return { redirectTo: await homeUrlFor(ctx, session) };
});
