import { findCoordinationActivity } from '@rf/db/reporting/coordination.repository';
import { DomainError } from '@rf/domain/errors';
import { coordinationActivityIdInput } from '@rf/domain/reporting/coordination';
import { signedInProcedure } from '../../trpc.ts';
import type { CoordinationActivityDto } from './coordination.dto.ts';

export const coordinationGet = signedInProcedure
  .input(coordinationActivityIdInput)
  .query(async ({ ctx, input }): Promise<CoordinationActivityDto> => {
    const activity = await findCoordinationActivity(ctx.tx, input.id);
    if (!activity) throw new DomainError('not_found');
    return activity;
  });
