import { selfManagedProcedure } from '../../trpc.ts';

export const signOut = selfManagedProcedure.mutation(async ({ ctx }) => {
  await ctx.services.auth.signOut(ctx.exchange);
  return { signedOut: true };
});
