import { findViewer } from '@rf/db/identity/viewer.repository';
import { withSession } from '@rf/db/rls';
import { homeRole } from '@rf/domain/identity/roles';
import { selfManagedProcedure } from '../../trpc.ts';
import { homeUrl } from './home-url.ts';

/**
 * Who is signed in, if anyone: what layouts show in their header, and where their home is. Every page asks,
 * so an anonymous visitor (most of the public site's traffic) is answered without touching the database;
 * a session is read in its own transaction, as its role, like any public procedure.
 */
export const me = selfManagedProcedure.query(async ({ ctx }) => {
  const { session } = ctx;
  if (!session) return null;
  const viewer = await withSession(ctx.services.db, session.claims, (tx) => findViewer(tx, session.userId));
  if (!viewer) return null;
  const role = homeRole(viewer);
  return { ...viewer, homeRole: role, homeUrl: homeUrl(ctx, role) };
});
