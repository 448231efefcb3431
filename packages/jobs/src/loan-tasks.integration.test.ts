import { randomUUID } from 'node:crypto';
import { createTestDatabase, createTestUser, type TestDatabase } from '@rf/db/testing';
import { type SmtpTestServer, startSmtpTestServer } from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitForIdleQueue } from './testing.ts';
import { ADMIN_URL, jobsOf, makeDue, testWorker } from './testing-fixtures.ts';
import type { Worker } from './worker.ts';

// The e-mails of loans between places and their overdue reminders: queued by the trigger on loans
// (migration 20261123002600), sent by the real worker to a real SMTP server, from a real Postgres.
let db: TestDatabase;
let smtp: SmtpTestServer;
let worker: Worker;
let lenderPlaceId: string;
let borrowerPlaceId: string;
let toolId: string;

const LENDER_MANAGER = 'gerant-preteur@test.fr';
const LENDER_MEMBER = 'membre-preteur@test.fr';
const BORROWER_MANAGER = 'gerant-emprunteur@test.fr';
const REQUESTER = 'demandeur@test.fr';

type Mail = SmtpTestServer['messages'][number];
const recipient = (m: Mail) => (m.to && 'text' in m.to ? m.to.text : '');
const mailsTo = (email: string, subject: string) =>
  smtp.messages.filter((m) => recipient(m) === email && (m.subject ?? '').startsWith(subject));
const DAY = 86_400_000;

async function createPlace(name: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values (${`lieu-${randomUUID().slice(0, 8)}`}, ${name}, '{FABLAB}', '1 rue du Port', '29900', '29039',
      'published')
    returning id`.execute(db.db);
  return rows[0]?.id as string;
}

async function join(placeId: string, email: string, role: 'member' | 'manager'): Promise<string> {
  const user = await createTestUser(db.db, email, email.split('@')[0] as string);
  await sql`insert into public.place_memberships (place_id, user_id, role)
    values (${placeId}, ${user.id}, ${role})`.execute(db.db);
  return user.id;
}

/** A loan requested by the borrowing place's member, over whole days from `fromDays` to `toDays` (from today). */
async function requestLoan(
  fromDays: number,
  toDays: number,
  requesterId: string,
  notes: string | null = null,
) {
  const { rows } = await sql<{ id: string }>`
    insert into public.loans (tool_id, lender_place_id, borrower_place_id, requested_by, period, notes)
    values (${toolId}, ${lenderPlaceId}, ${borrowerPlaceId}, ${requesterId},
      tstzrange(date_trunc('day', now()) + make_interval(days => ${fromDays}),
        date_trunc('day', now()) + make_interval(days => ${toDays})), ${notes})
    returning id`.execute(db.db);
  return rows[0]?.id as string;
}

async function step(loanId: string, status: string, extra: { notes?: string } = {}) {
  await sql`update public.loans set status = ${status}::public.loan_status,
      notes = coalesce(${extra.notes ?? null}, notes),
      condition_out = coalesce(condition_out, case when ${status} in ('handed_over', 'returned') then 'bon état' end),
      condition_in = case when ${status} = 'returned' then 'bon état' end
    where id = ${loanId}`.execute(db.db);
}

let requesterId: string;

beforeAll(async () => {
  [db, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  lenderPlaceId = await createPlace('Konk Ar Lab');
  borrowerPlaceId = await createPlace('La Fabrique de Quimper');
  await join(lenderPlaceId, LENDER_MANAGER, 'manager');
  await join(lenderPlaceId, LENDER_MEMBER, 'member');
  await join(borrowerPlaceId, BORROWER_MANAGER, 'manager');
  requesterId = await join(borrowerPlaceId, REQUESTER, 'member');
  const { rows } = await sql<{ id: string }>`
    insert into public.tools (place_id, name, usage, status)
    values (${lenderPlaceId}, 'Découpeuse vinyle', 'lendable', 'published')
    returning id`.execute(db.db);
  toolId = rows[0]?.id as string;
});
afterAll(async () => {
  await smtp.stop();
  await db.drop();
});
beforeEach(() => {
  smtp.messages.length = 0;
  worker = testWorker(db.db, db.url, smtp.url);
});
afterEach(() => worker.stop());

describe('loan e-mails', () => {
  it('a request goes to the lending place’s managers only, once each, with the loans page', async () => {
    await requestLoan(10, 12, requesterId, 'Pour un atelier d’autocollants.');
    const mail = await smtp.waitFor((m) => recipient(m) === LENDER_MANAGER);
    await waitForIdleQueue(db.db);
    expect(mail.subject).toBe('Demande de prêt : Découpeuse vinyle');
    expect(mail.text).toContain('La Fabrique de Quimper demande à emprunter « Découpeuse vinyle »');
    expect(mail.text).toContain('Message : Pour un atelier d’autocollants.');
    expect(mail.text).toContain(`${ADMIN_URL}/prets`);
    expect(smtp.messages).toHaveLength(1);
  });

  it('an approval tells the borrowing place’s managers and the requester, not the lender', async () => {
    const loanId = await requestLoan(20, 22, requesterId);
    await smtp.waitFor((m) => recipient(m) === LENDER_MANAGER);
    await step(loanId, 'approved', { notes: 'À récupérer le mardi.' });
    await smtp.waitFor((m) => recipient(m) === REQUESTER);
    await waitForIdleQueue(db.db);
    for (const to of [BORROWER_MANAGER, REQUESTER]) {
      const [approved, ...more] = mailsTo(to, 'Prêt accepté');
      expect(more).toEqual([]);
      expect(approved?.text).toContain('Konk Ar Lab accepte de prêter « Découpeuse vinyle »');
      expect(approved?.text).toContain('Message : À récupérer le mardi.');
    }
    expect(mailsTo(LENDER_MANAGER, 'Prêt accepté')).toEqual([]);
    expect(smtp.messages.filter((m) => recipient(m) === LENDER_MEMBER)).toEqual([]);
  });

  it('a step overtaken before the worker runs is not told (the next one is)', async () => {
    await worker.stop();
    const loanId = await requestLoan(30, 31, requesterId);
    await step(loanId, 'cancelled');
    worker = testWorker(db.db, db.url, smtp.url);
    await smtp.waitFor((m) => recipient(m) === LENDER_MANAGER);
    await waitForIdleQueue(db.db);
    expect(smtp.messages.map((m) => m.subject)).toEqual(['Demande de prêt annulée : Découpeuse vinyle']);
  });
});

describe('overdue reminders', () => {
  it('wait for the morning after the last day while the loan is not late', async () => {
    const loanId = await requestLoan(40, 43, requesterId);
    await step(loanId, 'approved');
    await step(loanId, 'handed_over');
    const [overdue] = await jobsOf(db.db, { task: 'loan-overdue', key: `loan-overdue:${loanId}` });
    const { rows } = await sql<{ due: string }>`select upper(period) as due from public.loans
      where id = ${loanId}`.execute(db.db);
    expect(new Date(overdue?.run_at as string).getTime()).toBe(
      new Date(rows[0]?.due as string).getTime() + 9 * 3_600_000,
    );
    await waitForIdleQueue(db.db);
    expect(smtp.messages.filter((m) => (m.subject ?? '').startsWith('Prêt en retard'))).toEqual([]);
  });

  it('remind both places every few days while the tool is out, and stop when it is returned', async () => {
    const loanId = await requestLoan(-5, -2, requesterId);
    await step(loanId, 'approved');
    await step(loanId, 'handed_over');
    // Already late: the first reminder goes out right away.
    await smtp.waitFor(
      (m) => recipient(m) === LENDER_MANAGER && (m.subject ?? '').startsWith('Prêt en retard'),
    );
    await waitForIdleQueue(db.db);
    for (const to of [BORROWER_MANAGER, REQUESTER]) {
      expect(mailsTo(to, 'Prêt en retard')).toHaveLength(1);
      expect(mailsTo(to, 'Prêt en retard')[0]?.text).toContain('l’outil n’est pas encore rendu');
    }
    expect(mailsTo(LENDER_MANAGER, 'Prêt en retard')[0]?.text).toContain('prêté à La Fabrique de Quimper');

    const key = `loan-overdue:${loanId}`;
    const [next] = await jobsOf(db.db, { task: 'loan-overdue', key });
    expect(next).toMatchObject({ status: 'queued', payload: { reminder: 2 } });
    expect(new Date(next?.run_at as string).getTime()).toBeGreaterThan(Date.now() + 2 * DAY);

    await makeDue(db.db, key);
    await smtp.waitFor(
      (m) => recipient(m) === REQUESTER && mailsTo(REQUESTER, 'Prêt en retard').length === 2,
    );
    await waitForIdleQueue(db.db);
    const ids = mailsTo(REQUESTER, 'Prêt en retard').map((m) => m.messageId);
    expect(new Set(ids).size).toBe(2);

    await step(loanId, 'returned');
    await makeDue(db.db, key);
    await smtp.waitFor((m) => recipient(m) === REQUESTER && (m.subject ?? '').startsWith('Outil rendu'));
    await waitForIdleQueue(db.db);
    expect(mailsTo(REQUESTER, 'Prêt en retard')).toHaveLength(2);
    expect(mailsTo(LENDER_MANAGER, 'Prêt en retard')).toHaveLength(2);
    expect(await jobsOf(db.db, { task: 'loan-overdue', key })).toMatchObject([{ status: 'done' }]);
  });
});
