import { listToolQualifications } from '@rf/db/sharing/qualifications.repository';
import { toolIdInput } from '@rf/domain/sharing/sharing.schema';
import { signedInProcedure } from '../../trpc.ts';
import { managedTool } from './qualifications.server.ts';
import type { ToolQualificationsDto } from './sharing.dto.ts';

/** A tool's qualified people, for its managers: who, since when, until when. */
export const toolQualifications = signedInProcedure
  .input(toolIdInput)
  .query(async ({ ctx, input }): Promise<ToolQualificationsDto> => {
    const tool = await managedTool(ctx.tx, ctx.viewer, input.id);
    const holders = await listToolQualifications(ctx.tx, tool.id);
    return {
      tool: { id: tool.id, name: tool.name, placeName: tool.placeName, training: tool.requiredTrainingTitle },
      holders,
    };
  });
