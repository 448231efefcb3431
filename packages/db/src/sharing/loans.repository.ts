// Loans between places. RLS lets both places' teams (and network admins) see a loan; the trigger
// `private.check_loan_transition` refuses illegal moves and `private.log_loan_event` writes the history.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

type LoanStatus = 'requested' | 'approved' | 'declined' | 'handed_over' | 'returned' | 'cancelled';

export interface LoanRow {
  id: string;
  toolId: string;
  toolName: string;
  lenderPlaceId: string;
  lenderPlaceName: string | null;
  borrowerPlaceId: string;
  borrowerPlaceName: string | null;
  status: LoanStatus;
  from: string;
  to: string;
  notes: string | null;
  conditionOut: string | null;
  conditionIn: string | null;
  requestedByName: string | null;
  createdAt: string;
}

function loans(tx: Tx) {
  return tx
    .selectFrom('loans as l')
    .innerJoin('tools as t', 't.id', 'l.tool_id')
    .leftJoin('places as lp', 'lp.id', 'l.lender_place_id')
    .leftJoin('places as bp', 'bp.id', 'l.borrower_place_id')
    .leftJoin('profiles as r', 'r.id', 'l.requested_by')
    .select([
      'l.id',
      'l.tool_id as toolId',
      't.name as toolName',
      'l.lender_place_id as lenderPlaceId',
      'lp.name as lenderPlaceName',
      'l.borrower_place_id as borrowerPlaceId',
      'bp.name as borrowerPlaceName',
      'l.status',
      sql<string>`lower(l.period)`.as('from'),
      sql<string>`upper(l.period)`.as('to'),
      'l.notes',
      'l.condition_out as conditionOut',
      'l.condition_in as conditionIn',
      'r.display_name as requestedByName',
      'l.created_at as createdAt',
    ]);
}

/** A loan the caller may see (RLS), or undefined. */
export async function findLoan(tx: Tx, id: string): Promise<LoanRow | undefined> {
  return loans(tx).where('l.id', '=', id).executeTakeFirst();
}

/** The loans the caller may see (both sides, or all for network admins), open ones first, newest first. */
export async function listVisibleLoans(tx: Tx): Promise<LoanRow[]> {
  return loans(tx)
    .orderBy(sql`l.status in ('returned', 'declined', 'cancelled')`)
    .orderBy('l.created_at', 'desc')
    .limit(500)
    .execute();
}

/** The loans these places asked for (their member space), open ones first, newest first. */
export async function listBorrowedLoans(tx: Tx, placeIds: readonly string[]): Promise<LoanRow[]> {
  if (placeIds.length === 0) return [];
  return loans(tx)
    .where('l.borrower_place_id', 'in', placeIds)
    .orderBy(sql`l.status in ('returned', 'declined', 'cancelled')`)
    .orderBy('l.created_at', 'desc')
    .limit(200)
    .execute();
}

/** The loans of one tool the caller may see, newest first (the tool's history). */
export async function listToolLoans(tx: Tx, toolId: string): Promise<LoanRow[]> {
  return loans(tx).where('l.tool_id', '=', toolId).orderBy('l.created_at', 'desc').execute();
}

/** Requests a loan for the days `from`..`to` (both included, Paris time). */
export async function insertLoanRequest(
  tx: Tx,
  input: {
    toolId: string;
    lenderPlaceId: string;
    borrowerPlaceId: string;
    from: string;
    to: string;
    notes: string | null;
  },
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.loans (tool_id, lender_place_id, borrower_place_id, period, notes)
    values (${input.toolId}, ${input.lenderPlaceId}, ${input.borrowerPlaceId},
            tstzrange((${input.from}::date)::timestamp at time zone 'Europe/Paris',
                      ((${input.to}::date + 1))::timestamp at time zone 'Europe/Paris'),
            ${input.notes})
    returning id`.execute(tx);
  return rows[0]?.id as string;
}

/** Moves a loan to `to`, with the condition of the step and a note; false when RLS hides the loan. */
export async function updateLoanStatus(
  tx: Tx,
  id: string,
  step: { to: LoanStatus; conditionOut?: string | null; conditionIn?: string | null; notes?: string | null },
): Promise<boolean> {
  const result = await tx
    .updateTable('loans')
    .set({
      status: step.to,
      ...(step.conditionOut ? { condition_out: step.conditionOut } : {}),
      ...(step.conditionIn ? { condition_in: step.conditionIn } : {}),
      ...(step.notes ? { notes: step.notes } : {}),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface LoanEventRow {
  fromStatus: LoanStatus | null;
  toStatus: LoanStatus;
  actorName: string | null;
  note: string | null;
  at: string;
}

export async function listLoanEvents(tx: Tx, loanId: string): Promise<LoanEventRow[]> {
  return tx
    .selectFrom('loan_events as e')
    .leftJoin('profiles as a', 'a.id', 'e.actor')
    .select([
      'e.from_status as fromStatus',
      'e.to_status as toStatus',
      'a.display_name as actorName',
      'e.note',
      'e.at',
    ])
    .where('e.loan_id', '=', loanId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}
