import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Programme administration, second part (decision 028): moderation of workshops, tools and resources;
// editing and closing agreements, deleting planned disbursements; labels history; funding next to the
// activity; a manager's own team. Every mutation is checked for who may do it, its validation and its
// audit row.

let h: ApiHarness;
let fabrique: string;
let other: string;
let adminId: string;
let managerId: string;
let memberId: string;
const signedIn: Record<string, string[]> = {};

const api = async (who?: string) => (await h.as(who ? signedIn[who] : undefined)).api;
const error = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => describeError(e),
  );
const auditRows = async (table: string, rowId: string) =>
  (
    await sql<{
      action: string;
      actor: string | null;
      old: Record<string, unknown> | null;
      new: Record<string, unknown> | null;
    }>`select action, actor, old, new from public.audit_events
        where table_name = ${table} and row_id = ${rowId} order by id`.execute(h.db.db)
  ).rows;
const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(h.db.db)).rows[0] as T;

const agreement = (placeId: string, overrides: Record<string, unknown> = {}) => ({
  placeId,
  reference: null,
  startsOn: '2026-01-01',
  durationYears: 3,
  yearlyAmountsCents: [5_000_000, 3_000_000, 2_000_000],
  numeriqueBonusCents: 0,
  coFunders: [],
  status: 'signed' as const,
  signedOn: '2025-12-15',
  ...overrides,
});

beforeAll(async () => {
  h = await startApiHarness();
  const insert = async (slug: string, name: string) =>
    (
      await one<{ id: string }>(sql`insert into public.places (slug, name, address, commune_code, postal_code,
        status) values (${slug}, ${name}, '1 rue du Port', '29039', '29900', 'published') returning id`)
    ).id;
  fabrique = await insert('fabrique-des-quais', 'Fabrique des Quais');
  other = await insert('autre-fabrique', 'Autre Fabrique');
  await sql`insert into public.place_labels (place_id, label_id, granted_on)
    select p, id, date '2024-01-01' from public.labels, unnest(array[${fabrique}, ${other}]::uuid[]) p
    where code = 'fabrique_territoire'`.execute(h.db.db);
  adminId = await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-a',
    networkRole: 'network_admin',
  });
  await h.createPerson({ email: 'obs@test.fr', password: 'mot-de-passe-o', networkRole: 'observer' });
  managerId = await h.createPerson({
    email: 'gest@test.fr',
    password: 'mot-de-passe-g',
    places: [{ placeId: fabrique, role: 'manager' }],
  });
  memberId = await h.createPerson({
    email: 'membre@test.fr',
    password: 'mot-de-passe-m',
    places: [{ placeId: fabrique, role: 'member' }],
  });
  await h.createPerson({
    email: 'autre@test.fr',
    password: 'mot-de-passe-x',
    places: [{ placeId: other, role: 'manager' }],
  });
  for (const [who, email, password] of [
    ['admin', 'admin@test.fr', 'mot-de-passe-a'],
    ['observer', 'obs@test.fr', 'mot-de-passe-o'],
    ['manager', 'gest@test.fr', 'mot-de-passe-g'],
    ['member', 'membre@test.fr', 'mot-de-passe-m'],
    ['otherManager', 'autre@test.fr', 'mot-de-passe-x'],
  ] as const) {
    const scope = await h.as();
    await scope.api.identity.signIn({ email, password });
    signedIn[who] = scope.cookies;
  }
});
afterAll(() => h.stop());

describe('moderation of workshops, tools and resources', () => {
  it('hides each with a reason: gone from the public, its managers read why, the journal keeps who', async () => {
    const activity = (
      await one<{ id: string }>(sql`insert into public.activities (place_id, kind, title, themes, status)
        values (${fabrique}, 'workshop', 'Atelier Électronique', '{email}', 'published') returning id`)
    ).id;
    const tool = (
      await one<{ id: string }>(sql`insert into public.tools (place_id, name, status)
        values (${fabrique}, 'Découpeuse laser', 'published') returning id`)
    ).id;
    const resource = (
      await one<{ id: string }>(sql`insert into public.resources (place_id, title, url, status)
        values (${fabrique}, 'Guide de la soudure', 'https://example.org/guide', 'published') returning id`)
    ).id;
    const admin = await api('admin');
    const anon = await api();
    expect((await anon.sharing.catalogue({})).tools.map((t) => t.name)).toContain('Découpeuse laser');
    expect((await anon.sharing.resources({})).map((r) => r.title)).toContain('Guide de la soudure');

    // The search finds published content by title, accents ignored, one kind at a time.
    const found = await admin.programme.moderationSearch({ kind: 'activity', query: 'electronique' });
    expect(found.items).toEqual([
      { id: activity, title: 'Atelier Électronique', placeName: 'Fabrique des Quais' },
    ]);

    // A reason is required, and only network admins hide.
    expect(await error(admin.programme.hideContent({ kind: 'tool', id: tool, reason: ' ' }))).toEqual({
      code: 'invalid_input',
      fieldErrors: { reason: 'validation.moderation.reason_required' },
    });
    for (const who of ['manager', 'observer', 'member']) {
      expect(
        await error(
          (await api(who)).programme.hideContent({ kind: 'tool', id: tool, reason: 'Hors charte' }),
        ),
      ).toMatchObject({ code: 'forbidden' });
    }

    await admin.programme.hideContent({ kind: 'activity', id: activity, reason: 'Contenu publicitaire' });
    await admin.programme.hideContent({ kind: 'tool', id: tool, reason: 'Matériel dangereux signalé' });
    await admin.programme.hideContent({ kind: 'resource', id: resource, reason: 'Lien mort' });

    expect((await anon.sharing.catalogue({})).tools.map((t) => t.name)).not.toContain('Découpeuse laser');
    expect((await anon.sharing.resources({})).map((r) => r.title)).not.toContain('Guide de la soudure');
    const anonSeesActivity = await h.db.db.transaction().execute(async (tx) => {
      await sql`set local role anon`.execute(tx);
      return (await sql`select id from public.activities where id = ${activity}`.execute(tx)).rows.length;
    });
    expect(anonSeesActivity).toBe(0);
    expect((await admin.programme.moderationSearch({ kind: 'tool', query: 'laser' })).items).toEqual([]);

    const notices = await (await api('manager')).programme.moderationNotices();
    expect(notices.items.map((i) => [i.kind, i.title, i.hiddenReason]).sort()).toEqual([
      ['activity', 'Atelier Électronique', 'Contenu publicitaire'],
      ['resource', 'Guide de la soudure', 'Lien mort'],
      ['tool', 'Découpeuse laser', 'Matériel dangereux signalé'],
    ]);
    expect((await (await api('otherManager')).programme.moderationNotices()).items).toEqual([]);

    for (const [table, id] of [
      ['activities', activity],
      ['tools', tool],
      ['resources', resource],
    ] as const) {
      const [event] = await auditRows(table, id);
      expect([event?.action, event?.actor, event?.new?.hidden_reason !== null]).toEqual([
        'update',
        adminId,
        true,
      ]);
    }

    await admin.programme.restoreContent({ kind: 'tool', id: tool });
    expect((await anon.sharing.catalogue({})).tools.map((t) => t.name)).toContain('Découpeuse laser');
    expect((await auditRows('tools', tool)).map((e) => [e.action, e.actor, e.new?.hidden_at])).toEqual([
      ['update', adminId, expect.any(String)],
      ['update', adminId, null],
    ]);
  });
});

describe('editing and closing agreements, deleting planned disbursements', () => {
  it('edits an agreement under the same rules, then freezes its terms once money is paid', async () => {
    const admin = await api('admin');
    const { id } = await admin.programme.createAgreement(agreement(fabrique));
    await admin.programme.updateAgreement({
      ...agreement(fabrique, { yearlyAmountsCents: [4_000_000, 4_000_000, 2_000_000], notes: 'Avenant 1' }),
      agreementId: id,
    });
    const edited = await auditRows('funding_agreements', id);
    expect(edited.at(-1)).toMatchObject({
      action: 'update',
      actor: adminId,
      old: { yearly_amounts_cents: [5_000_000, 3_000_000, 2_000_000] },
      new: { yearly_amounts_cents: [4_000_000, 4_000_000, 2_000_000], notes: 'Avenant 1' },
    });
    expect(
      await error(
        admin.programme.updateAgreement({
          ...agreement(fabrique, { yearlyAmountsCents: [6_000_000, 4_000_000, 2_000_000] }),
          agreementId: id,
        }),
      ),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { 'yearlyAmountsCents[0]': 'validation.funding.yearly_cap' },
    });
    // Another place's id cannot move the agreement.
    expect(
      await error(admin.programme.updateAgreement({ ...agreement(other), agreementId: id })),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await error(
        (await api('observer')).programme.updateAgreement({ ...agreement(fabrique), agreementId: id }),
      ),
    ).toMatchObject({ code: 'forbidden' });

    // Planned money bounds the total from below.
    await admin.programme.recordDisbursement({
      agreementId: id,
      plannedOn: '2026-02-01',
      amountCents: 9_000_000,
    });
    expect(
      await error(
        admin.programme.updateAgreement({
          ...agreement(fabrique, { durationYears: 2, yearlyAmountsCents: [4_000_000, 4_000_000] }),
          agreementId: id,
        }),
      ),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { yearlyAmountsCents: 'validation.funding.below_disbursed' },
    });

    // Once paid, the amounts are those signed; the reference and notes may still change.
    const { fabriques } = await admin.programme.fundingOverview({ placeId: fabrique });
    const planned = fabriques[0]?.agreements.find((a) => a.id === id)?.disbursements[0]?.id ?? '';
    await admin.programme.markDisbursementPaid({ disbursementId: planned, paidOn: '2026-02-03' });
    expect(
      await error(
        admin.programme.updateAgreement({
          ...agreement(fabrique, { yearlyAmountsCents: [5_000_000, 3_000_000, 2_000_000] }),
          agreementId: id,
        }),
      ),
    ).toMatchObject({ code: 'agreement_locked' });
    await admin.programme.updateAgreement({
      ...agreement(fabrique, {
        yearlyAmountsCents: [4_000_000, 4_000_000, 2_000_000],
        reference: 'CONV-Q-1',
      }),
      agreementId: id,
    });
    // The database holds the same line even when the app is bypassed.
    await expect(
      sql`update public.funding_agreements set duration_years = 2, yearly_amounts_cents = '{5000000,5000000}'
        where id = ${id}`.execute(h.db.db),
    ).rejects.toThrow(/agreement_locked/);
  });

  it('deletes only planned disbursements, and closes a signed agreement with a reason, for good', async () => {
    const admin = await api('admin');
    const { id } = await admin.programme.createAgreement(agreement(other, { reference: 'CONV-A-1' }));
    const { id: paid } = await admin.programme.recordDisbursement({
      agreementId: id,
      plannedOn: '2026-01-10',
      amountCents: 3_000_000,
      status: 'paid',
      paidOn: '2026-01-12',
    });
    const { id: planned } = await admin.programme.recordDisbursement({
      agreementId: id,
      plannedOn: '2026-06-10',
      amountCents: 2_000_000,
    });
    const { id: later } = await admin.programme.recordDisbursement({
      agreementId: id,
      plannedOn: '2027-01-10',
      amountCents: 2_000_000,
    });

    expect(await error(admin.programme.deleteDisbursement({ disbursementId: paid }))).toMatchObject({
      code: 'disbursement_paid',
    });
    expect(
      await error((await api('observer')).programme.deleteDisbursement({ disbursementId: planned })),
    ).toMatchObject({ code: 'forbidden' });
    await admin.programme.deleteDisbursement({ disbursementId: planned });
    expect((await auditRows('disbursements', planned)).map((e) => [e.action, e.actor])).toEqual([
      ['insert', adminId],
      ['delete', adminId],
    ]);
    await expect(sql`delete from public.disbursements where id = ${paid}`.execute(h.db.db)).rejects.toThrow(
      /disbursement_paid/,
    );

    // Closing needs a reason and a date after the signature.
    expect(
      await error(admin.programme.closeAgreement({ agreementId: id, closedOn: '2027-02-01', reason: '' })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { reason: 'validation.funding.closing_reason_required' },
    });
    expect(
      await error(admin.programme.closeAgreement({ agreementId: id, closedOn: '2025-01-01', reason: 'Fin' })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { closedOn: 'validation.funding.closed_before_signed' },
    });
    const { id: draft } = await admin.programme.createAgreement(
      agreement(other, { status: 'draft', signedOn: null, startsOn: '2029-01-01' }),
    );
    expect(
      await error(
        admin.programme.closeAgreement({ agreementId: draft, closedOn: '2029-02-01', reason: 'Abandon' }),
      ),
    ).toEqual({ code: 'invalid_input', fieldErrors: { closedOn: 'validation.funding.close_unsigned' } });

    await admin.programme.closeAgreement({
      agreementId: id,
      closedOn: '2027-02-01',
      reason: 'Cessation d’activité de la structure porteuse',
    });
    const { fabriques } = await admin.programme.fundingOverview({ placeId: other });
    const closed = fabriques[0]?.agreements.find((a) => a.id === id);
    expect(closed).toMatchObject({
      status: 'closed',
      closedOn: '2027-02-01',
      closingReason: 'Cessation d’activité de la structure porteuse',
    });
    // Its planned disbursement went; the paid one stays.
    expect(closed?.disbursements.map((d) => [d.id, d.status])).toEqual([[paid, 'paid']]);
    expect((await auditRows('disbursements', later)).map((e) => e.action)).toEqual(['insert', 'delete']);
    expect((await auditRows('funding_agreements', id)).at(-1)).toMatchObject({
      action: 'update',
      actor: adminId,
      new: { status: 'closed', closing_reason: 'Cessation d’activité de la structure porteuse' },
    });

    // Closed is final.
    expect(
      await error(admin.programme.updateAgreement({ ...agreement(other), agreementId: id })),
    ).toMatchObject({ code: 'agreement_locked' });
    expect(
      await error(
        admin.programme.recordDisbursement({ agreementId: id, plannedOn: '2027-03-01', amountCents: 100 }),
      ),
    ).toMatchObject({ code: 'agreement_locked' });
    expect(
      await error(
        admin.programme.closeAgreement({ agreementId: id, closedOn: '2027-03-01', reason: 'Encore' }),
      ),
    ).toMatchObject({ code: 'agreement_locked' });
  });
});

describe('labels history', () => {
  it('lists the labelling decisions, and to network admins who took them', async () => {
    const admin = await api('admin');
    const { labelId } = await one<{ labelId: string }>(
      sql`select id as "labelId" from public.labels where code = 'fabrique_numerique_territoire'`,
    );
    await admin.directoryAdmin.grantLabel({ placeId: fabrique, labelId, grantedOn: '2026-03-01' });
    const { placeLabelId } = await one<{ placeLabelId: string }>(
      sql`select id as "placeLabelId" from public.place_labels where place_id = ${fabrique} and label_id = ${labelId}`,
    );
    await admin.directoryAdmin.endLabel({ placeId: fabrique, placeLabelId, endsOn: '2026-12-31' });

    const history = await admin.programme.labelHistory({ placeId: fabrique });
    expect(history.decisions.map((d) => [d.labelName, d.grantedOn, d.endsOn])).toEqual([
      ['Fabrique numérique de territoire', '2026-03-01', '2026-12-31'],
      ['Fabrique de territoire', '2024-01-01', null],
    ]);
    // Newest first: the end, then the grant, both by the admin; the fixture's own grant has no actor.
    expect(history.events.map((e) => [e.action, e.actorName !== null, e.labelName, e.endsOn])).toEqual([
      ['update', true, 'Fabrique numérique de territoire', '2026-12-31'],
      ['insert', true, 'Fabrique numérique de territoire', null],
      ['insert', false, 'Fabrique de territoire', null],
    ]);
    const observer = await (await api('observer')).programme.labelHistory({ placeId: fabrique });
    expect([observer.decisions.length, observer.events]).toEqual([2, []]);
    expect(await error((await api('manager')).programme.labelHistory({ placeId: fabrique }))).toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('funding next to the activity', () => {
  it('puts each year’s payments next to the people accompanied, with the cost per person and the last report', async () => {
    const admin = await api('admin');
    const place = (
      await one<{ id: string }>(sql`insert into public.places (slug, name, address, commune_code, postal_code,
        status) values ('fabrique-des-chiffres', 'Fabrique des Chiffres', '2 rue Haute', '29039', '29900',
        'published') returning id`)
    ).id;
    await sql`insert into public.place_labels (place_id, label_id, granted_on)
      select ${place}::uuid, id, date '2024-01-01' from public.labels where code = 'fabrique_territoire'`.execute(
      h.db.db,
    );
    const { id } = await admin.programme.createAgreement(agreement(place));
    await admin.programme.recordDisbursement({
      agreementId: id,
      plannedOn: '2026-01-10',
      amountCents: 4_500_000,
      status: 'paid',
      paidOn: '2026-01-15',
    });
    await admin.programme.recordDisbursement({
      agreementId: id,
      plannedOn: '2027-01-10',
      amountCents: 1_000_000,
    });
    await sql`insert into public.activity_records (place_id, type, date, duration_minutes, themes,
        participants_total)
      values (${place}, 'collectif', '2026-03-02', 120, '{email}', 250),
             (${place}, 'individuel', '2026-05-02', 45, '{email}', 1),
             (${place}, 'individuel', '2027-01-05', 30, '{email}', 1)`.execute(h.db.db);
    await sql`insert into public.reports (place_id, period, period_start) values (${place}, 'quarter', '2026-01-01'),
      (${place}, 'quarter', '2026-04-01')`.execute(h.db.db);

    const expected = [
      {
        year: 2026,
        paidCents: 4_500_000,
        participants: 251,
        records: 2,
        minutes: 165,
        costPerParticipantCents: 17_928,
      },
      { year: 2027, paidCents: 0, participants: 1, records: 1, minutes: 30, costPerParticipantCents: 0 },
    ];
    const forAdmin = (await admin.programme.fundingOverview({ placeId: place })).fabriques[0];
    expect(forAdmin?.years).toEqual(expected);
    expect(forAdmin?.latestReport).toMatchObject({ periodStart: '2026-04-01', status: 'draft' });
    // Funders read the same counts without reading the records, and only validated reports.
    const forObserver = (await (await api('observer')).programme.fundingOverview({ placeId: place }))
      .fabriques[0];
    expect(forObserver?.years).toEqual(expected);
    expect(forObserver?.latestReport).toBeNull();
  });
});

describe('a manager’s own team', () => {
  it('shows the team and pending invitations of the places they manage, and no one else’s', async () => {
    await (await api('manager')).invitations.create({
      email: 'recrue@test.fr',
      placeId: fabrique,
      role: 'member',
    });
    const { teams } = await (await api('manager')).people.team();
    expect(teams.map((t) => [t.placeName, t.members.map((m) => [m.displayName !== '', m.role])])).toEqual([
      [
        'Fabrique des Quais',
        [
          [true, 'manager'],
          [true, 'member'],
        ],
      ],
    ]);
    expect(teams[0]?.invitations.map((i) => [i.email, i.role])).toEqual([['recrue@test.fr', 'member']]);
    expect((await (await api('member')).people.team()).teams).toEqual([]);
  });

  it('changes roles and removes access in their place, but never leaves it without a manager', async () => {
    const manager = await api('manager');
    // The last manager can neither leave nor step down.
    expect(
      await error(manager.people.removeFromPlace({ userId: managerId, placeId: fabrique })),
    ).toMatchObject({
      code: 'last_place_manager',
    });
    expect(
      await error(manager.people.setPlaceRole({ userId: managerId, placeId: fabrique, role: 'member' })),
    ).toMatchObject({ code: 'last_place_manager' });
    // Another place's manager touches nothing here.
    expect(
      await error(
        (await api('otherManager')).people.removeFromPlace({ userId: memberId, placeId: fabrique }),
      ),
    ).toMatchObject({ code: 'not_found' });

    await manager.people.setPlaceRole({ userId: memberId, placeId: fabrique, role: 'manager' });
    await manager.people.setPlaceRole({ userId: managerId, placeId: fabrique, role: 'member' });
    const events = await auditRows('place_memberships', `${fabrique}/${managerId}`);
    expect(events.at(-1)).toMatchObject({
      action: 'update',
      actor: managerId,
      old: { role: 'manager' },
      new: { role: 'member' },
    });
    // The former manager no longer manages; the new one removes them.
    expect((await (await api('manager')).people.team()).teams).toEqual([]);
    await (await api('member')).people.removeFromPlace({ userId: managerId, placeId: fabrique });
    expect((await auditRows('place_memberships', `${fabrique}/${managerId}`)).at(-1)).toMatchObject({
      action: 'delete',
      actor: memberId,
    });
    // A network admin may remove a place's last manager (someone who left).
    await (await api('admin')).people.removeFromPlace({ userId: memberId, placeId: fabrique });
  });
});
