import { insertWave, waveNameTaken } from '@rf/db/programme/waves.repository';
import { createWaveInput } from '@rf/domain/programme/waves.schema';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';

/** Creates a wave as a draft (not public until opened); its name is unique. */
export const createWave = networkAdminProcedure.input(createWaveInput).mutation(async ({ ctx, input }) => {
  if (await waveNameTaken(ctx.tx, input.name)) throw fieldError('name', 'validation.waves.name_taken');
  return { id: await insertWave(ctx.tx, input) };
});
