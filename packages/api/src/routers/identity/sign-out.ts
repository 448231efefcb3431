import { authFlowProcedure } from '../../trpc.ts';

export const signOut = authFlowProcedure.mutation(async ({ ctx }) => {
  await ctx.services.auth.signOut(ctx.exchange);
  return { signedOut: true };
});
