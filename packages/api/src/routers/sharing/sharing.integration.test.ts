import { type LoanAction, type LoanStatus, loanActions } from '@rf/domain/sharing/loan-workflow';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Sharing on the real database: the catalogue, reservations (exclusion constraint, also under 50
// concurrent requests; qualifications), the loan workflow (the domain refuses, the trigger has the last
// word) and RLS between places.
let h: ApiHarness;
let fabrique: string; // place A, lends
let tiersLieu: string; // place B, borrows
let other: string; // place C, another borrower: B must see nothing of A ↔ C
let printer: string;
const cookies: Record<'managerA' | 'managerB' | 'memberB' | 'managerC', string[]> = {
  managerA: [],
  managerB: [],
  memberB: [],
  managerC: [],
};

async function signIn(email: string, password: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  return scope.cookies;
}
const as = async (who: keyof typeof cookies) => (await h.as(cookies[who])).api;

/** The domain code a call was refused with. */
async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return describeError(error).code;
  }
  return 'accepted';
}

let dayOffset = 10;
/** A fresh range of days far from the others, so loans never overlap by accident. */
function nextDays(length = 2) {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  dayOffset += length + 2;
  return { from: day(dayOffset), to: day(dayOffset + length - 1) };
}

async function insertTool(placeId: string, name: string, patch = '') {
  const { rows } = await sql<{ id: string }>`
    insert into public.tools (place_id, name, category, usage, status, deposit_cents)
    values (${placeId}, ${name}, 'Impression 3D', 'lendable', 'published', 5000)
    returning id`.execute(h.db.db);
  const id = rows[0]?.id as string;
  if (patch) await sql.raw(`update public.tools set ${patch} where id = '${id}'`).execute(h.db.db);
  return id;
}

beforeAll(async () => {
  h = await startApiHarness({ env: { DATABASE_POOL_SIZE: '30' } });
  const places = await sql<{ id: string; slug: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status, latitude, longitude)
    values ('fabrique-konk', 'Fabrique de Konk', '{FABLAB}', '1 quai Carnot', '29900', '29039', 'published', 47.87, -3.92),
           ('tiers-lieu-quimper', 'Tiers-lieu de Quimper', '{TIERS_LIEUX}', '2 rue Kéréon', '29000', '29232', 'published', 47.99, -4.1),
           ('atelier-brest', 'Atelier de Brest', '{FABLAB}', '3 rue de Siam', '29200', '29019', 'published', 48.39, -4.49)
    returning id, slug`.execute(h.db.db);
  const id = (slug: string) => places.rows.find((p) => p.slug === slug)?.id as string;
  fabrique = id('fabrique-konk');
  tiersLieu = id('tiers-lieu-quimper');
  other = id('atelier-brest');
  const people = [
    ['managerA', 'gestion-a@test.fr', fabrique, 'manager'],
    ['managerB', 'gestion-b@test.fr', tiersLieu, 'manager'],
    ['memberB', 'membre-b@test.fr', tiersLieu, 'member'],
    ['managerC', 'gestion-c@test.fr', other, 'manager'],
  ] as const;
  for (const [, email, placeId, role] of people)
    await h.createPerson({ email, password: 'mot-de-passe-long', places: [{ placeId, role }] });
  for (const [who, email] of people) cookies[who] = await signIn(email, 'mot-de-passe-long');
  printer = await insertTool(fabrique, 'Imprimante 3D Prusa MK4');
}, 60_000);
afterAll(() => h.stop());

describe('the tool catalogue', () => {
  it('lists published tools with filters and distance, never drafts', async () => {
    const draft = await insertTool(fabrique, 'Découpeuse laser (brouillon)', "status = 'draft'");
    const onSite = await insertTool(other, 'Brodeuse numérique', "usage = 'on_site', category = 'Textile'");
    const anon = (await h.as()).api;
    const all = await anon.sharing.catalogue({});
    const names = all.tools.map((t) => t.id);
    expect(names).toContain(printer);
    expect(names).toContain(onSite);
    expect(names).not.toContain(draft);
    expect(all.categories).toEqual(expect.arrayContaining(['Impression 3D', 'Textile']));

    const lendable = await anon.sharing.catalogue({ pret: '1' });
    expect(lendable.tools.map((t) => t.id)).not.toContain(onSite);
    const textile = await anon.sharing.catalogue({ categorie: 'textile' });
    expect(textile.tools.map((t) => t.id)).toEqual([onSite]);
    const atBrest = await anon.sharing.catalogue({ lieu: other });
    expect(atBrest.tools.map((t) => t.id)).toEqual([onSite]);

    // From Concarneau, the fabrique next door comes first; within 25 km Brest is out.
    const near = await anon.sharing.catalogue({ pres: '29900' });
    expect(near.nearCommune).toBe('Concarneau');
    expect(near.tools[0]?.placeId).toBe(fabrique);
    expect(near.tools[0]?.distanceKm).toBeLessThan(1);
    const within = await anon.sharing.catalogue({ pres: '29900', rayon: 25 });
    expect(within.tools.map((t) => t.placeId)).not.toContain(other);

    // A draft is not shown on its page either, except to the team.
    expect(await refusal(anon.sharing.tool({ id: draft }))).toBe('not_found');
    expect((await (await as('managerA')).sharing.tool({ id: draft })).tool.status).toBe('draft');
  });

  it('hides a tool lent on the asked dates, and shows the busy period without names', async () => {
    const tool = await insertTool(fabrique, 'Vidéoprojecteur');
    const days = nextDays(3);
    const { id } = await (await as('memberB')).sharing.requestLoan({
      toolId: tool,
      borrowerPlaceId: tiersLieu,
      ...days,
    });
    await (await as('managerA')).sharing.loanStep({ loanId: id, action: 'approve' });
    const anon = (await h.as()).api;
    const onThoseDays = await anon.sharing.catalogue({ du: days.from, au: days.from });
    expect(onThoseDays.tools.map((t) => t.id)).not.toContain(tool);
    expect(onThoseDays.tools.map((t) => t.id)).toContain(printer);
    const page = await anon.sharing.tool({ id: tool, month: days.from.slice(0, 7) });
    expect(page.busy).toHaveLength(1);
    expect(page.busy[0]).toEqual({ startsAt: expect.any(String), endsAt: expect.any(String), kind: 'loan' });
    // The month grid says which days the tool is away.
    const day = page.calendar.flat().find((d) => d?.date === days.from);
    expect(day?.state).toBe('lent');
    expect(page.borrowerPlaces).toEqual([]);
    const forMember = await (await as('memberB')).sharing.tool({ id: tool });
    expect(forMember.borrowerPlaces).toEqual([{ id: tiersLieu, name: 'Tiers-lieu de Quimper' }]);
  });
});

describe('reservations', () => {
  const at = (hours: number) => new Date(Date.UTC(2030, 0, 7, hours)).toISOString();

  it('refuses an overlapping reservation with a clear error', async () => {
    const api = await as('memberB');
    await api.sharing.reserve({ toolId: printer, from: at(9), to: at(12) });
    expect(await refusal(api.sharing.reserve({ toolId: printer, from: at(11), to: at(13) }))).toBe(
      'tool_already_reserved',
    );
    // Touching ranges do not overlap.
    await api.sharing.reserve({ toolId: printer, from: at(12), to: at(13) });
    expect(await refusal(api.sharing.reserve({ toolId: printer, from: at(14), to: at(13) }))).toBe(
      'invalid_input',
    );
  });

  it('lets exactly one of 50 simultaneous requests for the same range through', async () => {
    const apis = await Promise.all(Array.from({ length: 50 }, () => as('memberB')));
    const results = await Promise.all(
      apis.map((api) => refusal(api.sharing.reserve({ toolId: printer, from: at(20), to: at(22) }))),
    );
    // Counted by outcome, so that a failure says what the 49 others were answered.
    const outcomes = Object.fromEntries(
      [...new Set(results)].map((outcome) => [outcome, results.filter((r) => r === outcome).length]),
    );
    expect(outcomes).toEqual({ accepted: 1, tool_already_reserved: 49 });
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.tool_reservations
      where tool_id = ${printer} and during && tstzrange(${at(20)}, ${at(22)})`.execute(h.db.db);
    expect(rows[0]?.n).toBe(1);
  }, 60_000);

  it('refuses a tool that needs a training when the qualification has expired', async () => {
    const { rows } = await sql<{ id: string }>`
      insert into public.activities (place_id, title) values (${fabrique}, 'Prise en main de la découpeuse')
      returning id`.execute(h.db.db);
    const laser = await insertTool(
      fabrique,
      'Découpeuse laser',
      `required_training_activity_id = '${rows[0]?.id}'`,
    );
    const api = await as('memberB');
    expect(await refusal(api.sharing.reserve({ toolId: laser, from: at(9), to: at(10) }))).toBe(
      'qualification_required',
    );
    const memberB = await sql<{
      id: string;
    }>`select id from public.profiles where email = 'membre-b@test.fr'`.execute(h.db.db);
    await sql`insert into public.tool_qualifications (tool_id, place_id, user_id, granted_at, expires_at)
      values (${laser}, ${fabrique}, ${memberB.rows[0]?.id}, '2029-01-01', '2029-12-31')`.execute(h.db.db);
    expect(await refusal(api.sharing.reserve({ toolId: laser, from: at(9), to: at(10) }))).toBe(
      'qualification_required',
    );
    await sql`update public.tool_qualifications set expires_at = '2031-01-01' where tool_id = ${laser}`.execute(
      h.db.db,
    );
    expect(await refusal(api.sharing.reserve({ toolId: laser, from: at(9), to: at(10) }))).toBe('accepted');
  });
});

describe('loans between places', () => {
  it('goes requested → approved → handed over → returned, with its history', async () => {
    const memberB = await as('memberB');
    const managerA = await as('managerA');
    const { id } = await memberB.sharing.requestLoan({
      toolId: printer,
      borrowerPlaceId: tiersLieu,
      ...nextDays(),
      notes: 'Pour l’atelier des jeunes',
    });
    // The borrowing place may not decide, nor hand over.
    expect(await refusal(memberB.sharing.loanStep({ loanId: id, action: 'approve' }))).toBe('forbidden');
    expect(await refusal((await as('managerB')).sharing.loanStep({ loanId: id, action: 'approve' }))).toBe(
      'forbidden',
    );
    await managerA.sharing.loanStep({ loanId: id, action: 'approve', notes: 'D’accord, passez jeudi' });
    // The condition is required when the tool goes out.
    expect(await refusal(managerA.sharing.loanStep({ loanId: id, action: 'hand_over' }))).toBe(
      'invalid_input',
    );
    await managerA.sharing.loanStep({ loanId: id, action: 'hand_over', condition: 'Très bon état' });
    await managerA.sharing.loanStep({ loanId: id, action: 'record_return', condition: 'Plateau rayé' });
    const { loan, events } = await memberB.sharing.loan({ id });
    expect(loan).toMatchObject({
      status: 'returned',
      conditionOut: 'Très bon état',
      conditionIn: 'Plateau rayé',
      side: 'borrower',
      actions: [],
    });
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'requested'],
      ['requested', 'approved'],
      ['approved', 'handed_over'],
      ['handed_over', 'returned'],
    ]);
    expect(events[0]?.note).toBe('Pour l’atelier des jeunes');
    expect(events[1]?.note).toBe('D’accord, passez jeudi');
  });

  it('refuses every illegal transition, in the API and in the database', async () => {
    const memberB = await as('memberB');
    const managerA = await as('managerA');
    const paths: Record<LoanStatus, LoanAction[]> = {
      requested: [],
      approved: ['approve'],
      declined: ['decline'],
      cancelled: ['cancel'],
      handed_over: ['approve', 'hand_over'],
      returned: ['approve', 'hand_over', 'record_return'],
    };
    const legal: Record<LoanStatus, LoanAction[]> = {
      requested: ['approve', 'decline', 'cancel'],
      approved: ['hand_over', 'cancel'],
      declined: [],
      cancelled: [],
      handed_over: ['record_return'],
      returned: [],
    };
    for (const [status, path] of Object.entries(paths) as [LoanStatus, LoanAction[]][]) {
      const { id } = await memberB.sharing.requestLoan({
        toolId: printer,
        borrowerPlaceId: tiersLieu,
        ...nextDays(),
      });
      for (const action of path)
        await managerA.sharing.loanStep({ loanId: id, action, condition: 'Bon état' });
      for (const action of loanActions.filter((a) => !legal[status].includes(a))) {
        expect(
          await refusal(managerA.sharing.loanStep({ loanId: id, action, condition: 'Bon état' })),
          `${action} on ${status}`,
        ).toBe('invalid_loan_transition');
      }
      expect((await managerA.sharing.loan({ id })).loan.status).toBe(status);
    }
    // The trigger refuses the same moves even to the service role (no API in between).
    const { rows } = await sql<{ id: string }>`
      select id from public.loans where status = 'requested' limit 1`.execute(h.db.db);
    await expect(
      sql`update public.loans set status = 'returned', condition_out = 'x', condition_in = 'x' where id = ${rows[0]?.id}`.execute(
        h.db.db,
      ),
    ).rejects.toThrow(/invalid_loan_transition/);
  }, 60_000);

  it('refuses to approve a loan overlapping one already approved', async () => {
    const days = nextDays();
    const memberB = await as('memberB');
    const managerA = await as('managerA');
    const first = await memberB.sharing.requestLoan({ toolId: printer, borrowerPlaceId: tiersLieu, ...days });
    const second = await (await as('managerC')).sharing.requestLoan({
      toolId: printer,
      borrowerPlaceId: other,
      ...days,
    });
    await managerA.sharing.loanStep({ loanId: first.id, action: 'approve' });
    expect(await refusal(managerA.sharing.loanStep({ loanId: second.id, action: 'approve' }))).toBe(
      'tool_already_lent',
    );
  });

  it('keeps a loan between A and C away from B (RLS)', async () => {
    const { id } = await (await as('managerC')).sharing.requestLoan({
      toolId: printer,
      borrowerPlaceId: other,
      ...nextDays(),
      notes: 'Note privée de l’atelier',
    });
    for (const who of ['managerB', 'memberB'] as const) {
      const api = await as(who);
      expect((await api.sharing.loans()).map((l) => l.id)).not.toContain(id);
      expect((await api.sharing.toolLoans({ id: printer })).map((l) => l.id)).not.toContain(id);
      expect(await refusal(api.sharing.loan({ id }))).toBe('not_found');
      expect(await refusal(api.sharing.loanStep({ loanId: id, action: 'approve' }))).toBe('not_found');
      expect(await refusal(api.sharing.loanStep({ loanId: id, action: 'cancel' }))).toBe('not_found');
    }
    // Not even through the database directly, as B's manager.
    const managerB = await as('managerB');
    expect(await refusal(managerB.sharing.updateTool({ id: printer, name: 'Pris', usage: 'lendable' }))).toBe(
      'not_found',
    );
    // A sees it; C may cancel it; nobody else may act on it.
    expect((await (await as('managerA')).sharing.loans()).map((l) => l.id)).toContain(id);
    expect((await (await as('managerA')).sharing.toolLoans({ id: printer })).map((l) => l.id)).toContain(id);
    await (await as('managerC')).sharing.loanStep({ loanId: id, action: 'cancel' });
  });

  it('lets managers keep their inventory, and refuses a request from the lending place itself', async () => {
    const managerA = await as('managerA');
    const { id } = await managerA.sharing.createTool({
      placeId: fabrique,
      name: 'Scanner 3D',
      usage: 'lendable',
      deposit: '150,50',
      status: 'published',
    });
    const tool = await managerA.sharing.inventoryTool({ id });
    expect(tool).toMatchObject({ name: 'Scanner 3D', depositCents: 15050, status: 'published' });
    expect(
      await refusal(
        (await as('managerB')).sharing.createTool({ placeId: fabrique, name: 'X', usage: 'on_site' }),
      ),
    ).toBe('forbidden');
    expect(
      await refusal(managerA.sharing.createTool({ placeId: fabrique, name: ' ', usage: 'on_site' })),
    ).toBe('invalid_input');
    expect(
      await refusal(managerA.sharing.requestLoan({ toolId: id, borrowerPlaceId: fabrique, ...nextDays() })),
    ).toBe('tool_not_lendable');
  });
});

describe('the resource library', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

  it('shares a link and a file, lists them publicly with filters, and serves the file back', async () => {
    const memberB = await as('memberB');
    await memberB.sharing.addResource({
      placeId: tiersLieu,
      title: 'Guide pour animer un atelier smartphone',
      kind: 'guide',
      licence: 'CC-BY-SA-4.0',
      themes: ['prendre_en_main_du_materiel'],
      url: 'https://example.org/guide-smartphone',
    });
    await memberB.sharing.addResource({
      placeId: tiersLieu,
      title: 'Kit de découpe laser pour badges',
      kind: 'kit',
      licence: 'CC0-1.0',
      file: pdf,
    });
    await memberB.sharing.addResource({
      placeId: tiersLieu,
      title: 'Brouillon',
      url: 'https://example.org/x',
      status: 'draft',
    });

    const anon = (await h.as()).api;
    const all = await anon.sharing.resources({});
    expect(all.map((r) => r.title)).toEqual(
      expect.arrayContaining(['Guide pour animer un atelier smartphone', 'Kit de découpe laser pour badges']),
    );
    expect(all.map((r) => r.title)).not.toContain('Brouillon');
    const kits = await anon.sharing.resources({ type: 'kit' });
    expect(kits.map((r) => r.title)).toEqual(['Kit de découpe laser pour badges']);
    expect(
      (await anon.sharing.resources({ theme: 'prendre_en_main_du_materiel' })).map((r) => r.title),
    ).toEqual(['Guide pour animer un atelier smartphone']);
    expect((await anon.sharing.resources({ q: 'SMARTPHONE' })).map((r) => r.licence)).toEqual([
      'CC-BY-SA-4.0',
    ]);

    const kit = kits[0];
    expect(kit?.file).toEqual({ mimeType: 'application/pdf', sizeBytes: pdf.byteLength });
    const stored = await h.services.storage.get(kit?.href.replace('/medias/', '') ?? '');
    expect(stored?.contentType).toBe('application/pdf');
    expect(new TextDecoder().decode(stored?.body)).toBe(new TextDecoder().decode(pdf));
  });

  it('refuses a disguised file, a resource without link or file, and a place one is not a member of', async () => {
    const memberB = await as('memberB');
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const failure = async (call: Promise<unknown>) => {
      try {
        await call;
      } catch (error) {
        return describeError(error);
      }
      return null;
    };
    expect(
      await failure(memberB.sharing.addResource({ placeId: tiersLieu, title: 'Faux PDF', file: html })),
    ).toEqual({ code: 'invalid_input', fieldErrors: { file: 'validation.resource.type' } });
    expect(await failure(memberB.sharing.addResource({ placeId: tiersLieu, title: 'Rien' }))).toEqual({
      code: 'invalid_input',
      fieldErrors: { url: 'validation.resource.link_or_file' },
    });
    expect(
      (
        await failure(
          memberB.sharing.addResource({ placeId: fabrique, title: 'Chez les autres', url: 'https://a.fr' }),
        )
      )?.code,
    ).toBe('forbidden');
  });
});
