import { findPlaceForAdmin } from '@rf/db/directory/place-admin.repository';
import {
  countPlaceReferences,
  findMergedInto,
  findMergeFacts,
  searchMergeTargets,
} from '@rf/db/directory/place-merge.repository';
import { decideMerge, mergeMoves } from '@rf/domain/directory/place-merge';
import { DomainError } from '@rf/domain/errors';
import { z } from 'zod';
import { networkAdminProcedure } from '../../trpc.ts';

const TARGETS_SHOWN = 20;

/**
 * The merge page: the duplicate, places matching a name to choose the one to keep, and — once chosen — what
 * would move to it and what blocks the merge.
 */
export const mergePreview = networkAdminProcedure
  .input(
    z.object({
      duplicateId: z.uuid(),
      q: z.string().trim().max(200).optional().default(''),
      keptId: z.uuid().optional().catch(undefined),
    }),
  )
  .query(async ({ ctx, input }) => {
    const place = await findPlaceForAdmin(ctx.tx, input.duplicateId);
    if (!place) throw new DomainError('not_found');
    const mergedInto = await findMergedInto(ctx.tx, input.duplicateId);
    const candidates =
      input.q === '' ? [] : await searchMergeTargets(ctx.tx, input.duplicateId, input.q, TARGETS_SHOWN);
    let kept = null;
    if (input.keptId && input.keptId !== input.duplicateId) {
      const target = await findPlaceForAdmin(ctx.tx, input.keptId);
      const facts = target ? await findMergeFacts(ctx.tx, input.duplicateId, input.keptId) : null;
      if (target && facts) {
        kept = {
          id: target.id,
          name: target.name,
          communeName: target.communeName,
          decision: decideMerge(facts),
          moves: mergeMoves(await countPlaceReferences(ctx.tx, input.duplicateId)),
        };
      }
    }
    return {
      place: { id: place.id, name: place.name, communeName: place.communeName, status: place.status },
      mergedInto,
      candidates,
      kept,
    };
  });
