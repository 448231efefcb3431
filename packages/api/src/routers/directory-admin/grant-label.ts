import { grantPlaceLabel } from '@rf/db/directory/place-admin.repository';
import { grantLabelInput } from '@rf/domain/directory/place-admin.schema';
import { networkAdminProcedure } from '../../trpc.ts';

/** Grants a label from a date (optionally until a date, in a wave); the same grant twice is one grant. */
export const grantLabel = networkAdminProcedure.input(grantLabelInput).mutation(async ({ ctx, input }) => {
  return { id: await grantPlaceLabel(ctx.tx, input) };
});
