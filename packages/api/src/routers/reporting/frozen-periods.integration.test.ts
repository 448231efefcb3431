import type { Tx } from '@rf/db';
import { withServiceRole } from '@rf/db/service';
import { periodStartOf, previousPeriod } from '@rf/domain/reporting/report-period';
import { parisDay } from '@rf/domain/time/paris';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Decision 036: a validated report freezes the activity records and coordination activities of its place
// and period — in the procedures (a sentence) and in the database (a trigger, service role included) —
// until a network admin reopens it with a reason; records and coordination activities are audited.
let h: ApiHarness;
let fabrique: string;
let adminId: string;
const cookies: Record<'manager' | 'admin', string[]> = { manager: [], admin: [] };
const as = async (who: keyof typeof cookies) => (await h.as(cookies[who])).api;

async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return describeError(error);
  }
  return { code: 'accepted', fieldErrors: {} };
}

const quarter = previousPeriod({
  period: 'quarter',
  start: periodStartOf('quarter', parisDay(new Date())),
});
const inQuarter = (days: number) => {
  const d = new Date(`${quarter.start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const record = (date: string) => ({
  placeId: fabrique,
  type: 'individuel' as const,
  date,
  durationMinutes: 30,
  themes: ['email' as const],
});
const coordination = (date: string) => ({
  placeId: fabrique,
  kind: 'animation' as const,
  typeAnimation: 'comite' as const,
  typeEvenement: null,
  naturePartenariat: null,
  date,
  durationMinutes: 60,
  participants: 8,
  title: 'Comité local',
  notes: null,
});
const auditCount = async (table: string, rowId: string) =>
  (
    await sql<{ action: string }>`select action from public.audit_events
      where table_name = ${table} and row_id = ${rowId} order by id`.execute(h.db.db)
  ).rows.map((r) => r.action);

beforeAll(async () => {
  h = await startApiHarness();
  fabrique =
    (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, address, commune_code, postal_code, status)
        values ('fabrique-gelee', 'Fabrique gelée', '1 rue du Port', '29039', '29900', 'published')
        returning id`.execute(h.db.db)
    ).rows[0]?.id ?? '';
  await sql`insert into public.place_labels (place_id, label_id, granted_on)
    select ${fabrique}::uuid, id, date '2024-01-01' from public.labels where code = 'fabrique_territoire'`.execute(
    h.db.db,
  );
  await h.createPerson({
    email: 'gestion@test.fr',
    password: 'mot-de-passe-g',
    places: [{ placeId: fabrique, role: 'manager' }],
  });
  adminId = await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-a',
    networkRole: 'network_admin',
  });
  for (const [who, email, password] of [
    ['manager', 'gestion@test.fr', 'mot-de-passe-g'],
    ['admin', 'admin@test.fr', 'mot-de-passe-a'],
  ] as const) {
    const scope = await h.as();
    await scope.api.identity.signIn({ email, password });
    cookies[who] = scope.cookies;
  }
});
afterAll(() => h.stop());

describe('frozen periods', () => {
  let recordId = '';
  let activityId = '';
  let outsideId = '';
  let reportId = '';
  const openData = async () => (await h.as()).api.reporting.openData();
  const ofThePlace = async () => (await openData()).filter((r) => r.idLieu === fabrique);
  let published: Awaited<ReturnType<typeof ofThePlace>> = [];

  it('audits records and coordination activities, then freezes them once the report is validated', async () => {
    const manager = await as('manager');
    const admin = await as('admin');
    recordId = (await manager.reporting.recordsCreate(record(inQuarter(5)))).id;
    outsideId = (await manager.reporting.recordsCreate(record(inQuarter(-3)))).id;
    activityId = (await manager.reporting.coordinationCreate(coordination(inQuarter(6)))).id;
    const current = await manager.reporting.recordsGet({ id: recordId });
    await manager.reporting.recordsUpdate({ ...current, notes: 'Première version' });
    expect(await auditCount('activity_records', recordId)).toEqual(['insert', 'update']);
    expect(await auditCount('coordination_activities', activityId)).toEqual(['insert']);

    reportId = (
      await manager.reporting.openReport({ placeId: fabrique, period: 'quarter', periodStart: quarter.start })
    ).id;
    await manager.reporting.submitReport({ reportId, narrative: 'Un trimestre.' });
    await admin.reporting.reviewReport({ reportId, decision: 'validate' });

    const frozen = { code: 'period_frozen', fieldErrors: {} };
    for (const who of [manager, admin]) {
      expect(await refusal(who.reporting.recordsCreate(record(inQuarter(10))))).toEqual(frozen);
      expect(await refusal(who.reporting.recordsUpdate({ ...current, notes: 'Changée après coup' }))).toEqual(
        frozen,
      );
      expect(await refusal(who.reporting.recordsDelete({ id: recordId }))).toEqual(frozen);
      expect(await refusal(who.reporting.coordinationCreate(coordination(inQuarter(11))))).toEqual(frozen);
      expect(
        await refusal(who.reporting.coordinationUpdate({ ...coordination(inQuarter(6)), id: activityId })),
      ).toEqual(frozen);
      expect(await refusal(who.reporting.coordinationDelete({ id: activityId }))).toEqual(frozen);
    }
    // Moving a record of an open period into the frozen one is refused too; outside, all goes on.
    const outside = await manager.reporting.recordsGet({ id: outsideId });
    expect(await refusal(manager.reporting.recordsUpdate({ ...outside, date: inQuarter(20) }))).toEqual(
      frozen,
    );
    await manager.reporting.recordsUpdate({ ...outside, notes: 'Hors période' });
    expect((await manager.reporting.recordsGet({ id: recordId })).notes).toBe('Première version');
    published = await ofThePlace();
    expect(published.map((r) => [r.trimestre, r.dimension])).toContainEqual([expect.any(String), 'total']);
  });

  it('is enforced by the database for everyone, and lets a deletion or an erasure blank a reference', async () => {
    for (const [label, run] of [
      ['service role', (q: (tx: Tx) => Promise<unknown>) => withServiceRole(h.services.db, 'test', q)],
      ['owner', (q: (tx: Tx) => Promise<unknown>) => q(h.db.db as unknown as Tx)],
    ] as const) {
      await expect(
        run((tx) =>
          sql`update public.activity_records set notes = 'direct' where id = ${recordId}`.execute(tx),
        ),
        label,
      ).rejects.toThrow(/period_frozen/);
      await expect(
        run((tx) => sql`delete from public.activity_records where place_id = ${fabrique}`.execute(tx)),
        label,
      ).rejects.toThrow(/period_frozen/);
      await expect(
        run((tx) =>
          sql`insert into public.activity_records (place_id, type, date, duration_minutes, themes)
            values (${fabrique}, 'individuel', ${inQuarter(30)}, 30, '{email}')`.execute(tx),
        ),
        label,
      ).rejects.toThrow(/period_frozen/);
      await expect(
        run((tx) =>
          sql`update public.coordination_activities set participants = 9 where id = ${activityId}`.execute(
            tx,
          ),
        ),
        label,
      ).rejects.toThrow(/period_frozen/);
    }
    await sql`update public.activity_records set created_by = null where id = ${recordId}`.execute(h.db.db);
    // Setting a reference to someone else is a change like any other.
    await expect(
      sql`update public.activity_records set created_by = ${adminId}::uuid where id = ${recordId}`.execute(
        h.db.db,
      ),
    ).rejects.toThrow(/period_frozen/);
    // Nothing moved: two downloads of the validated period's open data are the same.
    expect(await ofThePlace()).toEqual(published);
  });

  it('opens again when a network admin reopens the report with a reason, audited', async () => {
    const manager = await as('manager');
    const admin = await as('admin');
    expect(
      (await refusal(manager.reporting.reviewReport({ reportId, decision: 'reopen', comment: 'x' }))).code,
    ).toBe('forbidden');
    expect(
      await refusal(admin.reporting.reviewReport({ reportId, decision: 'reopen', comment: ' ' })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { comment: 'validation.reports.reopen_reason_required' },
    });
    // The service role cannot reopen: only a network admin, signed in, can.
    await expect(
      withServiceRole(h.services.db, 'test: reopen', (tx) =>
        sql`update public.reports set status = 'sent_back', review_comment = 'robot' where id = ${reportId}`.execute(
          tx,
        ),
      ),
    ).rejects.toThrow(/report_locked/);
    expect((await admin.reporting.getReport({ reportId })).actions).toEqual(['reopen']);
    await admin.reporting.reviewReport({ reportId, decision: 'reopen', comment: 'Un atelier oublié.' });
    const reopened = await manager.reporting.getReport({ reportId });
    expect(reopened).toMatchObject({ status: 'sent_back', reviewComment: 'Un atelier oublié.' });
    expect(reopened.history?.at(-1)).toMatchObject({
      statusBefore: 'validated',
      statusAfter: 'sent_back',
      actorName: 'admin',
      reviewComment: 'Un atelier oublié.',
    });

    // A reopened period is not validated any more: open data leaves it out until it is validated again.
    expect(await ofThePlace()).toEqual([]);
    const current = await manager.reporting.recordsGet({ id: recordId });
    await manager.reporting.recordsUpdate({ ...current, notes: 'Corrigée après réouverture' });
    await manager.reporting.coordinationDelete({ id: activityId });
    expect(await auditCount('activity_records', recordId)).toEqual(['insert', 'update', 'update', 'update']);
    expect(await auditCount('coordination_activities', activityId)).toEqual(['insert', 'delete']);

    await manager.reporting.submitReport({ reportId, narrative: 'Un trimestre, corrigé.' });
    await admin.reporting.reviewReport({ reportId, decision: 'validate' });
    expect((await refusal(manager.reporting.recordsDelete({ id: recordId }))).code).toBe('period_frozen');
    expect(await ofThePlace()).toEqual(published);
  });
});
