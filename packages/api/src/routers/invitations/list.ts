import { listPendingInvitations } from '@rf/db/identity/invitations.repository';
import { signedInProcedure } from '../../trpc.ts';

/** Pending invitations the viewer may see: their places' (managers) or all (network admins). */
export const list = signedInProcedure.query(({ ctx }) => listPendingInvitations(ctx.tx));
