// What the loan e-mails read when they go out (packages/jobs): the loan as it is now, its tool and places,
// the note of its latest step, and who is told — the lending place's managers, or the borrowing place's
// managers and the person who asked (once each, by address).
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface LoanNotice {
  loanId: string;
  status: string;
  toolName: string;
  lenderName: string;
  borrowerName: string;
  /** The period: [first day 00:00, day after the last 00:00), Paris time. */
  startsAt: string;
  endsAt: string;
  /** The note written with the latest step (a reason for declining…), if any. */
  note: string | null;
  lenderManagers: string[];
  /** The borrowing place's managers and the requester. */
  borrowerContacts: string[];
}

export async function findLoanNotice(tx: Tx, loanId: string): Promise<LoanNotice | undefined> {
  const { rows } = await sql<LoanNotice>`
    select
      l.id as "loanId",
      l.status::text as status,
      t.name as "toolName",
      lp.name as "lenderName",
      bp.name as "borrowerName",
      lower(l.period) as "startsAt",
      upper(l.period) as "endsAt",
      (select e.note from public.loan_events e
        where e.loan_id = l.id and e.to_status = l.status order by e.at desc, e.id desc limit 1) as note,
      array(
        select distinct pr.email from public.profiles pr
        join public.place_memberships m on m.user_id = pr.id
        where m.place_id = l.lender_place_id and m.role = 'manager' and pr.email is not null
        order by pr.email
      ) as "lenderManagers",
      array(
        select distinct pr.email from public.profiles pr
        where pr.email is not null
          and (
            pr.id = l.requested_by
            or pr.id in (
              select m.user_id from public.place_memberships m
              where m.place_id = l.borrower_place_id and m.role = 'manager'
            )
          )
        order by pr.email
      ) as "borrowerContacts"
    from public.loans l
    join public.tools t on t.id = l.tool_id
    join public.places lp on lp.id = l.lender_place_id
    join public.places bp on bp.id = l.borrower_place_id
    where l.id = ${loanId}`.execute(tx);
  return rows[0];
}
