import { findViewer } from '@rf/db/identity/viewer.repository';
import { homeRole } from '@rf/domain/identity/roles';
import { publicProcedure } from '../../trpc.ts';
import { homeUrl } from './home-url.ts';

/** Who is signed in, if anyone: what layouts show in their header, and where their home is. */
export const me = publicProcedure.query(async ({ ctx }) => {
  if (!ctx.session) return null;
  const viewer = await findViewer(ctx.tx, ctx.session.userId);
  if (!viewer) return null;
  const role = homeRole(viewer);
  return { ...viewer, homeRole: role, homeUrl: homeUrl(ctx, role) };
});
