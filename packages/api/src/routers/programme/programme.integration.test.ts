import { fundingViolations } from '@rf/domain/programme/funding';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
let fabrique: string;
let numerique: string;
let plainPlace: string;
let adminId: string;
const signedIn: Record<string, string[]> = {};

async function signIn(email: string, password: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  return scope.cookies;
}
const api = async (who: string) => (await h.as(signedIn[who])).api;
const error = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => describeError(e),
  );
const auditRows = async (table: string, rowId: string) =>
  (
    await sql<{ id: number; actor: string | null; action: string }>`select id, actor, action
      from public.audit_events where table_name = ${table} and row_id = ${rowId} order by id`.execute(h.db.db)
  ).rows;

const agreement = (placeId: string, overrides: Record<string, unknown> = {}) => ({
  placeId,
  startsOn: '2026-01-01',
  durationYears: 3,
  yearlyAmountsCents: [5_000_000, 3_000_000, 2_000_000],
  numeriqueBonusCents: 0,
  coFunders: [{ name: 'Région Bretagne', amountCents: 1_500_000 }],
  ...overrides,
});

beforeAll(async () => {
  h = await startApiHarness();
  const insert = async (slug: string, name: string) =>
    (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, address, commune_code, postal_code, status)
        values (${slug}, ${name}, '1 rue du Port', '29039', '29900', 'published') returning id`.execute(
        h.db.db,
      )
    ).rows[0]?.id ?? '';
  fabrique = await insert('fabrique-du-port', 'Fabrique du Port');
  numerique = await insert('fabrique-numerique', 'Fabrique numérique des Monts');
  plainPlace = await insert('simple-lieu', 'Simple lieu');
  await sql`insert into public.place_labels (place_id, label_id, granted_on)
    select ${fabrique}::uuid, id, date '2024-01-01' from public.labels where code = 'fabrique_territoire'
    union all
    select ${numerique}::uuid, id, date '2024-01-01' from public.labels where code = 'fabrique_numerique_territoire'`.execute(
    h.db.db,
  );
  adminId = await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  await h.createPerson({ email: 'obs@test.fr', password: 'mot-de-passe-obs', networkRole: 'observer' });
  await h.createPerson({
    email: 'membre@test.fr',
    password: 'mot-de-passe-m',
    places: [{ placeId: fabrique, role: 'member' }],
  });
  await h.createPerson({ email: 'habitant@test.fr', password: 'mot-de-passe-h' });
  signedIn.admin = await signIn('admin@test.fr', 'mot-de-passe-admin');
  signedIn.observer = await signIn('obs@test.fr', 'mot-de-passe-obs');
  signedIn.member = await signIn('membre@test.fr', 'mot-de-passe-m');
  signedIn.resident = await signIn('habitant@test.fr', 'mot-de-passe-h');
});
afterAll(() => h.stop());

describe('funding agreements', () => {
  it('records an agreement within the rules, with its co-funders', async () => {
    const admin = await api('admin');
    const { id } = await admin.programme.createAgreement(agreement(fabrique));
    const { fabriques } = await admin.programme.fundingOverview();
    const row = fabriques.find((f) => f.placeId === fabrique);
    expect(row?.agreements.map((a) => [a.id, a.yearlyAmountsCents, a.coFunders])).toEqual([
      [id, [5_000_000, 3_000_000, 2_000_000], [{ name: 'Région Bretagne', amountCents: 1_500_000 }]],
    ]);
    expect(fabriques.map((f) => f.placeName)).not.toContain('Simple lieu');
  });

  it('refuses an agreement breaking a rule, naming the rule next to its field', async () => {
    const admin = await api('admin');
    expect(
      await error(
        admin.programme.createAgreement(
          agreement(fabrique, { yearlyAmountsCents: [6_000_000, 4_000_000, 100] }),
        ),
      ),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { 'yearlyAmountsCents[0]': 'validation.funding.yearly_cap' },
    });
    expect(
      await error(
        admin.programme.createAgreement(
          agreement(fabrique, { durationYears: 2, yearlyAmountsCents: [3_000_000, 3_000_000] }),
        ),
      ),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { yearlyAmountsCents: 'validation.funding.total_range' },
    });
    expect(
      await error(admin.programme.createAgreement(agreement(fabrique, { numeriqueBonusCents: 1_000_000 }))),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { numeriqueBonusCents: 'validation.funding.bonus_requires_numerique' },
    });
    expect(await error(admin.programme.createAgreement(agreement(plainPlace)))).toEqual({
      code: 'invalid_input',
      fieldErrors: { placeId: 'validation.funding.not_a_fabrique' },
    });
  });

  it('grants the bonus to a Fabrique numérique, up to 100,000 €', async () => {
    const admin = await api('admin');
    await expect(
      admin.programme.createAgreement(agreement(numerique, { numeriqueBonusCents: 10_000_000 })),
    ).resolves.toHaveProperty('id');
    expect(
      await error(admin.programme.createAgreement(agreement(numerique, { numeriqueBonusCents: 10_000_001 }))),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { numeriqueBonusCents: 'validation.funding.bonus_range' },
    });
  });

  it('plans and pays disbursements, never beyond the agreement', async () => {
    const admin = await api('admin');
    const { id: agreementId } = await admin.programme.createAgreement(
      agreement(fabrique, {
        durationYears: 2,
        yearlyAmountsCents: [4_000_000, 4_000_000],
        reference: 'CONV-2',
      }),
    );
    const { id: first } = await admin.programme.recordDisbursement({
      agreementId,
      plannedOn: '2026-02-01',
      amountCents: 4_000_000,
    });
    await admin.programme.recordDisbursement({
      agreementId,
      plannedOn: '2027-02-01',
      amountCents: 3_000_000,
      status: 'paid',
      paidOn: '2027-02-03',
    });
    expect(
      await error(
        admin.programme.recordDisbursement({ agreementId, plannedOn: '2027-06-01', amountCents: 1_000_001 }),
      ),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { amountCents: 'validation.funding.disbursement_exceeds' },
    });
    expect(
      await error(
        admin.programme.recordDisbursement({
          agreementId,
          plannedOn: '2027-06-01',
          amountCents: 10,
          status: 'paid',
        }),
      ),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { paidOn: 'validation.funding.paid_on_required' },
    });
    await admin.programme.markDisbursementPaid({ disbursementId: first, paidOn: '2026-02-05' });
    const { fabriques } = await admin.programme.fundingOverview();
    const row = fabriques.find((f) => f.placeId === fabrique)?.agreements.find((a) => a.id === agreementId);
    expect(row?.disbursements.map((d) => [d.amountCents, d.status, d.paidOn])).toEqual([
      [4_000_000, 'paid', '2026-02-05'],
      [3_000_000, 'paid', '2027-02-03'],
    ]);
  });
});

describe('who sees funding', () => {
  it('observers read it; members and residents neither through the app nor in the database', async () => {
    const { fabriques } = await (await api('observer')).programme.fundingOverview();
    expect(fabriques.find((f) => f.placeId === fabrique)?.agreements.length).toBeGreaterThan(0);
    await expect(
      error((await api('observer')).programme.createAgreement(agreement(fabrique))),
    ).resolves.toMatchObject({
      code: 'forbidden',
    });
    for (const who of ['member', 'resident']) {
      const caller = await api(who);
      expect(await error(caller.programme.fundingOverview())).toMatchObject({ code: 'forbidden' });
      // The same person's own database session (RLS) returns no agreement and no disbursement.
      const email = who === 'member' ? 'membre@test.fr' : 'habitant@test.fr';
      const user = (
        await sql<{ id: string }>`select id from auth.users where email = ${email}`.execute(h.db.db)
      ).rows[0];
      const claims = JSON.stringify({ sub: user?.id, role: 'authenticated' });
      const seen = await h.db.db.transaction().execute(async (tx) => {
        await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`.execute(
          tx,
        );
        return (
          await sql<{ n: number }>`select (select count(*) from public.funding_agreements)::int
            + (select count(*) from public.disbursements)::int as n`.execute(tx)
        ).rows[0]?.n;
      });
      expect(seen).toBe(0);
    }
  });
});

describe('the audit log', () => {
  it('holds a row, with its actor, for every programme mutation; nobody can alter or delete it', async () => {
    const admin = await api('admin');
    const { id: agreementId } = await admin.programme.createAgreement(
      agreement(numerique, { reference: 'CONV-AUDIT', status: 'signed', signedOn: '2025-12-15' }),
    );
    const { id: disbursementId } = await admin.programme.recordDisbursement({
      agreementId,
      plannedOn: '2026-03-01',
      amountCents: 2_000_000,
    });
    await admin.programme.markDisbursementPaid({ disbursementId, paidOn: '2026-03-04' });
    const agreementEvents = await auditRows('funding_agreements', agreementId);
    const disbursementEvents = await auditRows('disbursements', disbursementId);
    expect(agreementEvents.map((e) => [e.action, e.actor])).toEqual([['insert', adminId]]);
    expect(disbursementEvents.map((e) => [e.action, e.actor])).toEqual([
      ['insert', adminId],
      ['update', adminId],
    ]);

    // The app offers no way to change the log; the network admin's own database session cannot either.
    const claims = JSON.stringify({ sub: adminId, role: 'authenticated' });
    const asAdmin = (statement: ReturnType<typeof sql>) =>
      h.db.db.transaction().execute(async (tx) => {
        await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`.execute(
          tx,
        );
        return statement.execute(tx);
      });
    const ids = [...agreementEvents, ...disbursementEvents].map((e) => e.id);
    await expect(
      asAdmin(sql`update public.audit_events set actor = null where id = ${ids[0]}`),
    ).rejects.toThrow();
    await expect(asAdmin(sql`delete from public.audit_events where id = ${ids[0]}`)).rejects.toThrow();
    // Nor the service role, nor the database owner.
    await expect(
      h.db.db.transaction().execute(async (tx) => {
        await sql`set local role service_role`.execute(tx);
        await sql`delete from public.audit_events where id = ${ids[1]}`.execute(tx);
      }),
    ).rejects.toThrow();
    await expect(
      sql`update public.audit_events set old = null where id = ${ids[2]}`.execute(h.db.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from public.audit_events where id = ${ids[2]}`.execute(h.db.db)).rejects.toThrow(
      /append-only/,
    );
    expect(await auditRows('funding_agreements', agreementId)).toEqual(agreementEvents);
    expect(await auditRows('disbursements', disbursementId)).toEqual(disbursementEvents);

    // The console's search finds them, by table, actor, place and date.
    const log = await admin.programme.auditLog({
      table: 'disbursements',
      actor: 'admin',
      place: '',
      from: '2020-01-01',
    });
    expect(log.items.map((e) => e.rowId)).toContain(disbursementId);
    expect(log.items.find((e) => e.action === 'update' && e.rowId === disbursementId)?.changes).toEqual(
      expect.arrayContaining([{ column: 'status', before: 'planned', after: 'paid' }]),
    );
    const byPlace = await admin.programme.auditLog({
      place: 'numérique des Monts',
      table: 'funding_agreements',
    });
    expect(byPlace.items.map((e) => e.rowId)).toContain(agreementId);
    expect(byPlace.items.every((e) => e.placeName === 'Fabrique numérique des Monts')).toBe(true);
    const disbursementsThere = await admin.programme.auditLog({ place: 'des Monts', table: 'disbursements' });
    expect(disbursementsThere.items.map((e) => e.rowId)).toEqual([disbursementId, disbursementId]);
    const future = await admin.programme.auditLog({ from: '2999-01-01' });
    expect(future.total).toBe(0);
    expect(await error((await api('observer')).programme.auditLog({}))).toMatchObject({ code: 'forbidden' });
  });
});

describe('the database and the domain agree on the funding rules', () => {
  it('the programme migration accepts exactly the agreements the rules accept', async () => {
    const amount = fc.oneof(
      fc.integer({ min: -10, max: 6_000_000 }),
      fc.constantFrom(1, 2_500_000, 3_750_000, 5_000_000, 5_000_001),
    );
    const terms = fc.record({
      durationYears: fc.integer({ min: 1, max: 4 }),
      yearlyAmountsCents: fc.array(amount, { minLength: 1, maxLength: 4 }),
      numeriqueBonusCents: fc.oneof(fc.constant(0), fc.integer({ min: -10, max: 10_000_010 })),
      coFunders: fc.constant([]),
    });
    await fc.assert(
      fc.asyncProperty(terms, fc.boolean(), async (t, toNumerique) => {
        const placeId = toNumerique ? numerique : fabrique;
        const domainAccepts = fundingViolations(t, { isFabriqueNumerique: toNumerique }).length === 0;
        // Each attempt in its own transaction, rolled back: only the verdict matters.
        const databaseAccepts = await h.db.db
          .transaction()
          .execute(async (tx) => {
            await sql`insert into public.funding_agreements
                (place_id, starts_on, duration_years, yearly_amounts_cents, numerique_bonus_cents)
              values (${placeId}, date '2026-01-01', ${t.durationYears}, ${t.yearlyAmountsCents}::integer[],
                ${t.numeriqueBonusCents})`.execute(tx);
            throw new Error('rollback');
          })
          // A refusal is a check violation (23514); any other failure is a broken test, not a verdict.
          .catch((e: Error & { code?: string }) => {
            if (e.message === 'rollback') return true;
            if (e.code === '23514') return false;
            throw e;
          });
        expect(databaseAccepts).toBe(domainAccepts);
      }),
      { numRuns: 150 },
    );
  });
});

describe('AMI waves', () => {
  it('creates a draft wave, opens it, closes it on a date; each step is audited with its actor', async () => {
    const admin = await api('admin');
    const { id } = await admin.programme.createWave({ name: 'Vague test 2027', opensOn: '2027-01-15' });
    expect(
      await error(admin.programme.createWave({ name: 'Vague test 2027', opensOn: '2027-02-01' })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { name: 'validation.waves.name_taken' },
    });
    expect(
      await error(
        admin.programme.createWave({
          name: 'Vague à rebours',
          opensOn: '2027-01-15',
          closesOn: '2026-12-01',
        }),
      ),
    ).toEqual({ code: 'invalid_input', fieldErrors: { closesOn: 'validation.waves.closes_before_opens' } });
    await admin.programme.setWaveStatus({ waveId: id, status: 'open' });
    expect(await error(admin.programme.setWaveStatus({ waveId: id, status: 'closed' }))).toEqual({
      code: 'invalid_input',
      fieldErrors: { closesOn: 'validation.waves.closes_on_required' },
    });
    expect(
      await error(admin.programme.setWaveStatus({ waveId: id, status: 'closed', closesOn: '2027-01-01' })),
    ).toEqual({ code: 'invalid_input', fieldErrors: { closesOn: 'validation.waves.closes_before_opens' } });
    await admin.programme.setWaveStatus({ waveId: id, status: 'closed', closesOn: '2027-03-31' });
    const { waves } = await admin.programme.listWaves();
    expect(waves.find((w) => w.id === id)).toMatchObject({
      status: 'closed',
      closesOn: '2027-03-31',
      labelledPlaces: 0,
    });
    const events = await auditRows('waves', id);
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['insert', adminId],
      ['update', adminId],
      ['update', adminId],
    ]);
    await expect(
      sql`delete from public.audit_events where id = ${events[0]?.id}`.execute(h.db.db),
    ).rejects.toThrow(/append-only/);
    expect(
      await error((await api('observer')).programme.createWave({ name: 'x', opensOn: '2027-01-01' })),
    ).toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('moderation', () => {
  it('lists hidden places and workshops with their reasons, restores them, and the log keeps both steps', async () => {
    const admin = await api('admin');
    await admin.directoryAdmin.hidePlace({ placeId: plainPlace, reason: 'Coordonnées frauduleuses' });
    const activity =
      (
        await sql<{
          id: string;
        }>`insert into public.activities (place_id, kind, title, hidden_at, hidden_reason)
          values (${fabrique}, 'workshop', 'Atelier douteux', now(), 'Contenu publicitaire') returning id`.execute(
          h.db.db,
        )
      ).rows[0]?.id ?? '';
    const { items } = await admin.programme.hiddenContent();
    expect(items.map((i) => [i.kind, i.title, i.placeName, i.hiddenReason])).toEqual(
      expect.arrayContaining([
        ['place', 'Simple lieu', null, 'Coordonnées frauduleuses'],
        ['activity', 'Atelier douteux', 'Fabrique du Port', 'Contenu publicitaire'],
      ]),
    );
    await admin.programme.restoreContent({ kind: 'place', id: plainPlace });
    await admin.programme.restoreContent({ kind: 'activity', id: activity });
    expect(await error(admin.programme.restoreContent({ kind: 'activity', id: activity }))).toMatchObject({
      code: 'not_found',
    });
    expect((await admin.programme.hiddenContent()).items).toEqual([]);
    const placeEvents = await auditRows('places', plainPlace);
    expect(placeEvents.slice(-2).map((e) => [e.action, e.actor])).toEqual([
      ['update', adminId],
      ['update', adminId],
    ]);
    expect((await auditRows('activities', activity)).map((e) => [e.action, e.actor])).toEqual([
      ['update', adminId],
    ]);
    for (const who of ['observer', 'member']) {
      expect(await error((await api(who)).programme.hiddenContent())).toMatchObject({ code: 'forbidden' });
    }
  });
});
