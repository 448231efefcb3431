import { withServiceRole } from '@rf/db/service';
import { computeIndicators, type IndicatorRecord } from '@rf/domain/reporting/report-indicators';
import { periodStartOf, previousPeriod } from '@rf/domain/reporting/report-period';
import { parisDay } from '@rf/domain/time/paris';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Periodic reports on the real database: figures computed in SQL equal the domain's reference
// computation; the whole workflow (submit, send back, fix, validate) through the API; a validated report
// stays locked for everyone, the service role included; RLS between places and for observers; every
// transition audited.
let h: ApiHarness;
let fabrique: string;
let otherPlace: string;
const cookies: Record<'managerA' | 'managerB' | 'admin' | 'observer', string[]> = {
  managerA: [],
  managerB: [],
  admin: [],
  observer: [],
};
const as = async (who: keyof typeof cookies) => (await h.as(cookies[who])).api;

async function signIn(email: string, password: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  return scope.cookies;
}

async function refusal(
  call: Promise<unknown>,
): Promise<{ code: string; fieldErrors: Record<string, string> }> {
  try {
    await call;
  } catch (error) {
    return describeError(error);
  }
  return { code: 'accepted', fieldErrors: {} };
}

// The previous quarter: it has begun, so a report can be opened for it.
const quarter = previousPeriod({
  period: 'quarter',
  start: periodStartOf('quarter', parisDay(new Date())),
});
const inQuarter = (days: number) => {
  const d = new Date(`${quarter.start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const records: (IndicatorRecord & { date: string })[] = [
  {
    date: inQuarter(3),
    type: 'individuel',
    durationMinutes: 45,
    typeLieu: 'lieu_activite',
    themes: ['email', 'securite_numerique'],
    participantsTotal: 1,
    dejaAccompagne: 1,
    countsByGenre: { feminin: 1 },
    countsByTrancheAge: { soixante_dix_plus: 1 },
    countsByStatutSocial: null,
  },
  {
    date: inQuarter(20),
    type: 'individuel',
    durationMinutes: 30,
    typeLieu: 'domicile',
    themes: ['email'],
    participantsTotal: 1,
    dejaAccompagne: 0,
    countsByGenre: null,
    countsByTrancheAge: null,
    countsByStatutSocial: { retraite: 1 },
  },
  {
    date: inQuarter(40),
    type: 'collectif',
    durationMinutes: 125,
    typeLieu: 'lieu_activite',
    themes: ['bureautique'],
    participantsTotal: 9,
    dejaAccompagne: 4,
    countsByGenre: { feminin: 5, masculin: 3, non_communique: 1 },
    countsByTrancheAge: null,
    countsByStatutSocial: { retraite: 6, en_emploi: 3 },
  },
];

async function insertRecord(placeId: string, r: IndicatorRecord & { date: string }) {
  await sql`insert into public.activity_records (place_id, type, date, duration_minutes, type_lieu, themes,
      participants_total, deja_accompagne, counts_by_genre, counts_by_tranche_age, counts_by_statut_social)
    values (${placeId}, ${r.type}, ${r.date}, ${r.durationMinutes}, ${r.typeLieu}, ${r.themes},
      ${r.participantsTotal}, ${r.dejaAccompagne},
      ${r.countsByGenre ? JSON.stringify(r.countsByGenre) : null}::jsonb,
      ${r.countsByTrancheAge ? JSON.stringify(r.countsByTrancheAge) : null}::jsonb,
      ${r.countsByStatutSocial ? JSON.stringify(r.countsByStatutSocial) : null}::jsonb)`.execute(h.db.db);
}

beforeAll(async () => {
  h = await startApiHarness();
  const insertPlace = async (slug: string, name: string) =>
    (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, address, commune_code, postal_code, status)
        values (${slug}, ${name}, '1 rue du Port', '29039', '29900', 'published') returning id`.execute(
        h.db.db,
      )
    ).rows[0]?.id ?? '';
  fabrique = await insertPlace('fabrique-du-port', 'Fabrique du Port');
  otherPlace = await insertPlace('autre-lieu', 'Autre lieu');
  await sql`insert into public.place_labels (place_id, label_id, granted_on)
    select ${fabrique}::uuid, id, date '2024-01-01' from public.labels where code = 'fabrique_territoire'`.execute(
    h.db.db,
  );
  for (const r of records) await insertRecord(fabrique, r);
  // Outside the quarter, and at another place: not counted.
  await insertRecord(fabrique, { ...records[0], date: inQuarter(-1) } as (typeof records)[number]);
  await insertRecord(otherPlace, records[2] as (typeof records)[number]);
  await sql`insert into public.coordination_activities (place_id, kind, type_animation, date, title)
    values (${fabrique}, 'animation', 'comite', ${inQuarter(10)}, 'Comité local')`.execute(h.db.db);

  await h.createPerson({
    email: 'gestion-a@test.fr',
    password: 'mot-de-passe-a',
    places: [{ placeId: fabrique, role: 'manager' }],
  });
  await h.createPerson({
    email: 'gestion-b@test.fr',
    password: 'mot-de-passe-b',
    places: [{ placeId: otherPlace, role: 'manager' }],
  });
  await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  await h.createPerson({ email: 'obs@test.fr', password: 'mot-de-passe-obs', networkRole: 'observer' });
  cookies.managerA = await signIn('gestion-a@test.fr', 'mot-de-passe-a');
  cookies.managerB = await signIn('gestion-b@test.fr', 'mot-de-passe-b');
  cookies.admin = await signIn('admin@test.fr', 'mot-de-passe-admin');
  cookies.observer = await signIn('obs@test.fr', 'mot-de-passe-obs');
});
afterAll(() => h.stop());

describe('periodic reports', () => {
  let reportId = '';

  it('offers the due periods, opens a draft once, and computes its figures from the records', async () => {
    const manager = await as('managerA');
    const list = await manager.reporting.listReports({});
    expect(list.openable).toContainEqual({
      placeId: fabrique,
      placeName: 'Fabrique du Port',
      period: 'quarter',
      periodStart: quarter.start,
    });
    const opened = await manager.reporting.openReport({
      placeId: fabrique,
      period: 'quarter',
      periodStart: quarter.start,
    });
    expect(
      await manager.reporting.openReport({
        placeId: fabrique,
        period: 'quarter',
        periodStart: quarter.start,
      }),
    ).toEqual(opened);
    reportId = opened.id;
    const report = await manager.reporting.getReport({ reportId });
    expect(report).toMatchObject({ status: 'draft', figuresAreLive: true, actions: ['save', 'submit'] });
    const figures = Object.fromEntries(report.rows.map((r) => [r.key, r.computed]));
    expect(figures).toEqual(computeIndicators(records, 1));
    expect(figures).toMatchObject({ records: 3, participants: 11, heures: 3.3, coordination: 1 });
    expect((await manager.reporting.listReports({})).openable).not.toContainEqual(
      expect.objectContaining({ placeId: fabrique, periodStart: quarter.start, period: 'quarter' }),
    );
  });

  it('refuses a period not begun yet and a correction without justification', async () => {
    const manager = await as('managerA');
    expect(
      await refusal(
        manager.reporting.openReport({ placeId: fabrique, period: 'year', periodStart: '2999-01-01' }),
      ),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { periodStart: 'validation.reports.period_not_started' },
    });
    expect(
      await refusal(
        manager.reporting.saveReport({
          reportId,
          narrative: 'x',
          corrections: { participants: { value: 12, justification: '' } },
        }),
      ),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { 'corrections.participants.justification': 'validation.reports.justification_required' },
    });
  });

  it('keeps another place’s manager out, and observers until it is validated', async () => {
    const other = await as('managerB');
    expect((await refusal(other.reporting.getReport({ reportId }))).code).toBe('not_found');
    expect((await refusal(other.reporting.submitReport({ reportId, narrative: 'pirate' }))).code).toBe(
      'not_found',
    );
    expect((await other.reporting.listReports({})).reports.map((r) => r.id)).not.toContain(reportId);
    const observer = await as('observer');
    expect((await refusal(observer.reporting.getReport({ reportId }))).code).toBe('not_found');
    expect((await observer.reporting.listReports({})).reports.map((r) => r.id)).not.toContain(reportId);
    expect(
      (
        await refusal(
          observer.reporting.openReport({ placeId: fabrique, period: 'quarter', periodStart: quarter.start }),
        )
      ).code,
    ).toBe('forbidden');
  });

  it('runs submit → send back → fix → validate, with a snapshot of the figures and every step audited', async () => {
    const manager = await as('managerA');
    const admin = await as('admin');
    expect((await refusal(admin.reporting.reviewReport({ reportId, decision: 'validate' }))).code).toBe(
      'invalid_report_transition',
    );
    await manager.reporting.saveReport({
      reportId,
      narrative: 'Un trimestre d’ateliers.',
      corrections: { participants: { value: 12, justification: 'Une personne non saisie' } },
    });
    await manager.reporting.submitReport({
      reportId,
      narrative: 'Un trimestre d’ateliers bureautique.',
      corrections: { participants: { value: 12, justification: 'Une personne non saisie' } },
    });
    // A record added after submission does not change what was submitted.
    await insertRecord(fabrique, { ...(records[1] as (typeof records)[number]), date: inQuarter(50) });
    const submitted = await admin.reporting.getReport({ reportId });
    expect(submitted).toMatchObject({
      status: 'submitted',
      figuresAreLive: false,
      actions: ['validate', 'send_back'],
    });
    expect(submitted.rows.find((r) => r.key === 'records')?.value).toBe(3);
    expect(submitted.rows.find((r) => r.key === 'participants')).toMatchObject({ computed: 11, value: 12 });
    expect(submitted.submittedByName).toBe('gestion-a');
    expect((await admin.reporting.listReports({})).toReview.map((r) => r.id)).toContain(reportId);
    expect((await refusal(manager.reporting.saveReport({ reportId, narrative: 'trop tard' }))).code).toBe(
      'invalid_report_transition',
    );
    expect((await refusal(manager.reporting.reviewReport({ reportId, decision: 'validate' }))).code).toBe(
      'forbidden',
    );

    expect(
      await refusal(admin.reporting.reviewReport({ reportId, decision: 'send_back', comment: ' ' })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { comment: 'validation.reports.comment_required' },
    });
    await admin.reporting.reviewReport({ reportId, decision: 'send_back', comment: 'Précisez les thèmes.' });
    const sentBack = await manager.reporting.getReport({ reportId });
    expect(sentBack).toMatchObject({
      status: 'sent_back',
      reviewComment: 'Précisez les thèmes.',
      reviewedByName: 'admin',
      figuresAreLive: true,
      actions: ['save', 'submit'],
    });
    expect(sentBack.rows.find((r) => r.key === 'records')?.computed).toBe(4);

    await manager.reporting.submitReport({
      reportId,
      narrative: 'Ateliers bureautique et courriel.',
      corrections: { participants: { value: 13, justification: 'Deux personnes non saisies' } },
    });
    await admin.reporting.reviewReport({ reportId, decision: 'validate' });
    const validated = await manager.reporting.getReport({ reportId });
    expect(validated).toMatchObject({
      status: 'validated',
      actions: [],
      narrative: 'Ateliers bureautique et courriel.',
    });
    expect(validated.rows.find((r) => r.key === 'records')?.value).toBe(4);
    expect(validated.history?.map((e) => [e.action, e.statusAfter, e.actorName])).toEqual([
      ['insert', 'draft', 'gestion-a'],
      ['update', 'draft', 'gestion-a'],
      ['update', 'submitted', 'gestion-a'],
      ['update', 'sent_back', 'admin'],
      ['update', 'submitted', 'gestion-a'],
      ['update', 'validated', 'admin'],
    ]);
    expect(validated.history?.[3]?.reviewComment).toBe('Précisez les thèmes.');
  });

  it('locks a validated report for everyone, the service role included', async () => {
    const manager = await as('managerA');
    const admin = await as('admin');
    expect((await refusal(manager.reporting.saveReport({ reportId, narrative: 'changé' }))).code).toBe(
      'report_locked',
    );
    expect((await refusal(manager.reporting.submitReport({ reportId, narrative: 'changé' }))).code).toBe(
      'report_locked',
    );
    expect(
      (await refusal(admin.reporting.reviewReport({ reportId, decision: 'send_back', comment: 'non' }))).code,
    ).toBe('report_locked');
    await expect(
      withServiceRole(h.services.db, 'test: edit a locked report', (tx) =>
        sql`update public.reports set narrative = 'changé', status = 'draft' where id = ${reportId}`.execute(
          tx,
        ),
      ),
    ).rejects.toThrow(/report_locked/);
    await expect(
      withServiceRole(h.services.db, 'test: delete a locked report', (tx) =>
        sql`delete from public.reports where id = ${reportId}`.execute(tx),
      ),
    ).rejects.toThrow(/report_locked/);
    const after = await admin.reporting.getReport({ reportId });
    expect(after).toMatchObject({ status: 'validated', narrative: 'Ateliers bureautique et courriel.' });
    const audit = await sql<{ n: number }>`select count(*)::int as n from public.audit_events
      where table_name = 'reports' and row_id = ${reportId}`.execute(h.db.db);
    expect(audit.rows[0]?.n).toBe(6);
  });

  it('shows observers validated reports only, without the audit trail', async () => {
    const manager = await as('managerA');
    const draft = await manager.reporting.openReport({
      placeId: fabrique,
      period: 'quarter',
      periodStart: periodStartOf('quarter', parisDay(new Date())),
    });
    const observer = await as('observer');
    const list = await observer.reporting.listReports({});
    expect(list.reports.map((r) => [r.id, r.status])).toEqual([[reportId, 'validated']]);
    expect(list.openable).toEqual([]);
    expect((await refusal(observer.reporting.getReport({ reportId: draft.id }))).code).toBe('not_found');
    const seen = await observer.reporting.getReport({ reportId });
    expect(seen).toMatchObject({ status: 'validated', history: null, actions: [] });
    expect((await observer.reporting.listReports({ status: 'draft' })).reports).toEqual([]);
    // The network totals of validated reports take the correction, and leave breakdowns to each report.
    const home = await observer.home.console();
    expect(home.homeRole === 'observer' && home.indicatorTotals).toEqual(
      expect.arrayContaining([
        { code: 'participants', total: 13 },
        { code: 'records', total: 4 },
      ]),
    );
    expect(home.homeRole === 'observer' && home.indicatorTotals.some((i) => i.code.includes('.'))).toBe(
      false,
    );
  });
});
