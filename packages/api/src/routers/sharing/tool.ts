import { findViewer } from '@rf/db/identity/viewer.repository';
import { findTool, listToolBusyPeriods } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { monthGrid, monthOf, monthRange, toolPageInput } from '@rf/domain/sharing/tool-calendar';
import { publicProcedure } from '../../trpc.ts';
import type { ToolPageDto } from './sharing.dto.ts';
import { withPhotoUrl } from './sharing.server.ts';

/** A tool's public page: details, its month calendar (busy days, no names), and who may ask to borrow it. */
export const tool = publicProcedure
  .input(toolPageInput)
  .query(async ({ ctx, input }): Promise<ToolPageDto> => {
    const found = await findTool(ctx.tx, input.id);
    if (!found) throw new DomainError('not_found');
    const month = input.month ?? monthOf(new Date());
    const busy = await listToolBusyPeriods(ctx.tx, found.id, monthRange(month));
    const viewer = ctx.session ? await findViewer(ctx.tx, ctx.session.userId) : null;
    const borrowerPlaces =
      viewer && found.usage === 'lendable' && found.status === 'published'
        ? viewer.memberships
            .filter((m) => m.placeId !== found.placeId)
            .map((m) => ({ id: m.placeId, name: m.placeName }))
        : [];
    return {
      tool: withPhotoUrl(ctx.services.storage, found),
      month,
      calendar: monthGrid(month, busy),
      busy,
      borrowerPlaces,
    };
  });
