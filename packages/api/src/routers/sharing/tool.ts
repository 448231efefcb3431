import { findViewer } from '@rf/db/identity/viewer.repository';
import { findTool, listToolBusyPeriods } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { toolIdInput } from '@rf/domain/sharing/sharing.schema';
import { publicProcedure } from '../../trpc.ts';
import type { ToolPageDto } from './sharing.dto.ts';

const CALENDAR_DAYS = 60;

/** A tool's public page: details, when it is busy in the next weeks, and who may ask to borrow it. */
export const tool = publicProcedure.input(toolIdInput).query(async ({ ctx, input }): Promise<ToolPageDto> => {
  const found = await findTool(ctx.tx, input.id);
  if (!found) throw new DomainError('not_found');
  const now = new Date();
  const busy = await listToolBusyPeriods(ctx.tx, found.id, {
    from: now.toISOString(),
    to: new Date(now.getTime() + CALENDAR_DAYS * 86_400_000).toISOString(),
  });
  const viewer = ctx.session ? await findViewer(ctx.tx, ctx.session.userId) : null;
  const borrowerPlaces =
    viewer && found.usage === 'lendable' && found.status === 'published'
      ? viewer.memberships
          .filter((m) => m.placeId !== found.placeId)
          .map((m) => ({ id: m.placeId, name: m.placeName }))
      : [];
  return { tool: found, busy, borrowerPlaces };
});
