import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface PlaceTool {
  id: string;
  placeId: string;
  name: string;
  usage: 'on_site' | 'lendable';
  status: 'draft' | 'published' | 'archived';
  outOfService: boolean;
}

/** The tools of these places, by name. */
export async function listPlaceTools(tx: Tx, placeIds: readonly string[]): Promise<PlaceTool[]> {
  if (placeIds.length === 0) return [];
  return tx
    .selectFrom('tools')
    .select(['id', 'place_id as placeId', 'name', 'usage', 'status', 'out_of_service as outOfService'])
    .where('place_id', 'in', placeIds)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export interface LoanRequest {
  id: string;
  lenderPlaceId: string;
  toolName: string;
  /** Null when the borrowing place is not visible to the viewer (a draft of another team). */
  borrowerPlaceName: string | null;
  from: string;
  to: string;
  requestedAt: string;
}

/** Loan requests waiting for a decision of these (lending) places, oldest first. */
export async function listPendingLoanRequests(
  tx: Tx,
  lenderPlaceIds: readonly string[],
): Promise<LoanRequest[]> {
  if (lenderPlaceIds.length === 0) return [];
  return tx
    .selectFrom('loans as l')
    .innerJoin('tools as t', 't.id', 'l.tool_id')
    .leftJoin('places as b', 'b.id', 'l.borrower_place_id')
    .select([
      'l.id',
      'l.lender_place_id as lenderPlaceId',
      't.name as toolName',
      'b.name as borrowerPlaceName',
      sql<string>`lower(l.period)`.as('from'),
      sql<string>`upper(l.period)`.as('to'),
      'l.created_at as requestedAt',
    ])
    .where('l.lender_place_id', 'in', lenderPlaceIds)
    .where('l.status', '=', 'requested')
    .orderBy('l.created_at')
    .execute();
}
