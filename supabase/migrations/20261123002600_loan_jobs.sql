-- Loan e-mails and overdue reminders through the job queue (20261123001800), like booking and appointment
-- e-mails: a trigger on loans queues them in the transaction that changes the loan, so whichever path takes
-- a step (the admin page, the API, a network admin) the places are told, and a rolled-back step tells
-- nobody. The worker writes them from the loan as it is when it runs (packages/jobs/src/tasks/loan-*.ts).

-- The overdue reminder of a loan handed over: the morning after its last day (the period ends at the
-- following midnight, Paris time: decision 019), then every 3 days — the task queues the next one after
-- sending — while the tool is still out. One job per loan (job key): a period extended moves it, and a
-- loan returned or cancelled gets none (checked when it runs).
create function private.schedule_loan_overdue(loan_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  due timestamptz;
begin
  select upper(l.period) into due
  from public.loans l
  where l.id = schedule_loan_overdue.loan_id and l.status = 'handed_over';
  if not found then
    return;
  end if;
  perform private.enqueue_job(
    'loan-overdue',
    jsonb_build_object('loanId', schedule_loan_overdue.loan_id, 'dueAt', private.job_instant(due), 'reminder', 1),
    greatest(due + interval '9 hours', now()),
    'loan-overdue:' || schedule_loan_overdue.loan_id
  );
end
$$;

-- Each step of a loan queues its e-mail: a request or a cancellation to the lending place's managers,
-- a decision, the hand-over and the return to the borrowing place (its managers and the requester).
-- Handed over (or its period changed while out), it (re)schedules the overdue reminder.
create function private.queue_loan_jobs() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' or new.status is distinct from old.status then
    perform private.enqueue_job('loan-mail', jsonb_build_object('loanId', new.id, 'kind', new.status::text));
  end if;
  if tg_op = 'INSERT' or new.status is distinct from old.status or new.period is distinct from old.period then
    perform private.schedule_loan_overdue(new.id);
  end if;
  return null;
end
$$;
create trigger loans_queue_jobs after insert or update of status, period on public.loans
  for each row execute function private.queue_loan_jobs();

revoke execute on function private.schedule_loan_overdue(uuid) from public;
revoke execute on function private.queue_loan_jobs() from public;

-- Loans already out get their reminders.
select private.schedule_loan_overdue(l.id) from public.loans l where l.status = 'handed_over';
