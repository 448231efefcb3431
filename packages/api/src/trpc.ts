import type { Tx } from '@rf/db';
import { withSession } from '@rf/db';
import { findViewer } from '@rf/db/identity/viewer.repository';
import { managedPlaceIds, type Viewer } from '@rf/domain/identity/roles';
import { initTRPC, TRPCError } from '@trpc/server';
import type { Context } from './context.ts';
import { describeError, toTRPCError } from './errors.ts';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    return { ...shape, data: { ...shape.data, app: describeError(error) } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every failure leaves a procedure as a TRPCError whose cause carries the domain code. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') throw toTRPCError(result.error.cause);
  return result;
});

class Rollback {
  constructor(readonly result: unknown) {}
}

/**
 * The request's queries run in one transaction as its database role with its JWT claims (`withSession`),
 * so RLS decides; a failed procedure rolls everything back.
 */
const inTransaction = t.middleware(async ({ ctx, next }) => {
  const run = (tx: Tx) => next({ ctx: { tx } });
  try {
    return await withSession(ctx.services.db, ctx.session?.claims ?? null, async (tx) => {
      const result = await run(tx);
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as Awaited<ReturnType<typeof run>>;
    throw error;
  }
});

const requireSession = t.middleware(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'unauthenticated' });
  return next({ ctx: { session: ctx.session } });
});

const loadViewer = t.middleware(async ({ ctx, next }) => {
  const { tx, session } = ctx as typeof ctx & { tx: Tx; session: NonNullable<Context['session']> };
  const viewer = await findViewer(tx, session.userId);
  if (!viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'unauthenticated' });
  return next({ ctx: { viewer } });
});

function requireRole(allowed: (viewer: Viewer) => boolean) {
  return t.middleware(({ ctx, next }) => {
    const { viewer } = ctx as typeof ctx & { viewer: Viewer };
    if (!allowed(viewer)) throw new TRPCError({ code: 'FORBIDDEN', message: 'forbidden' });
    return next();
  });
}

const base = t.procedure.use(mapErrors);

/**
 * Anyone, signed in or not, for work that runs its own transactions: sign-in flows (the auth service and the
 * session cookie), and service-role work that acts after it commits (an e-mail only for what was saved).
 */
export const selfManagedProcedure = base;
/** Anyone, signed in or not; RLS sees `anon` or the session. */
export const publicProcedure = base.use(inTransaction);
export const signedInProcedure = base.use(requireSession).use(inTransaction).use(loadViewer);
export const memberProcedure = signedInProcedure.use(requireRole((v) => v.memberships.length > 0));
export const managerProcedure = signedInProcedure.use(requireRole((v) => managedPlaceIds(v).length > 0));
export const networkAdminProcedure = signedInProcedure.use(
  requireRole((v) => v.networkRole === 'network_admin'),
);
/** Observers, and network admins who see everything observers see. */
export const observerProcedure = signedInProcedure.use(requireRole((v) => v.networkRole !== null));
