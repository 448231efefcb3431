import type { Session } from '@rf/auth';
import { withSession } from '@rf/db';
import { findViewer } from '@rf/db/identity/viewer.repository';
import { type HomeRole, homeRole, usesAdminConsole } from '@rf/domain/identity/roles';
import type { Context } from '../../context.ts';

/** A role's home, in the app that serves that role. */
export function homeUrl(ctx: Context, role: HomeRole): string {
  const { SITE_URL, ADMIN_URL } = ctx.services.env;
  return usesAdminConsole(role)
    ? new URL('/', ADMIN_URL).toString()
    : new URL('/espace', SITE_URL).toString();
}

/** Where a person lands after signing in. */
export async function homeUrlFor(ctx: Context, session: Session): Promise<string> {
  const viewer = await withSession(ctx.services.db, session.claims, (tx) => findViewer(tx, session.userId));
  return homeUrl(ctx, viewer ? homeRole(viewer) : 'resident');
}
