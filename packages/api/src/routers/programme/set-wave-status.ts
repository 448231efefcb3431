import { findWave, updateWaveStatus } from '@rf/db/programme/waves.repository';
import { DomainError } from '@rf/domain/errors';
import { setWaveStatusInput } from '@rf/domain/programme/waves.schema';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';

/** Opens a wave (it becomes public) or closes it on a day not before its opening. */
export const setWaveStatus = networkAdminProcedure
  .input(setWaveStatusInput)
  .mutation(async ({ ctx, input }) => {
    const wave = await findWave(ctx.tx, input.waveId);
    if (!wave) throw new DomainError('not_found');
    if (input.status === 'closed' && input.closesOn !== null && input.closesOn < wave.opensOn) {
      throw fieldError('closesOn', 'validation.waves.closes_before_opens');
    }
    await updateWaveStatus(ctx.tx, input.waveId, input.status, input.closesOn);
    return { id: input.waveId };
  });
