// data·inclusion's quality signals per place (issue 17, decision 060) on the real database with the demo
// data: a manager sees what the export actually sends of their place, checked; another place's manager and a
// member are refused; a place that is not public sends nothing (`not_published`). The repository's place
// filter gives exactly that place's share of the whole-network offer.

import { loadDataInclusionOffer } from '@rf/db/open-data/data-inclusion.repository';
import { withSession } from '@rf/db/rls';
import { DEMO_PASSWORD, demoId, loadDemoData } from '@rf/db/seed/demo';
import { dataInclusionQuality } from '@rf/domain/open-data/data-inclusion-quality';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
const cookies: Record<string, string[]> = {};
const KONK = demoId('place:konk-ar-lab');
let draftId = '';

const api = async (who?: string) => (await h.as(who ? cookies[who] : [])).api;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => describeError(e),
  );

async function signIn(who: string, email: string, password = DEMO_PASSWORD) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  cookies[who] = scope.cookies;
}

beforeAll(async () => {
  h = await startApiHarness();
  await loadDemoData(h.db.db);
  await signIn('manager', 'gestionnaire@demo.test');
  await signIn('otherManager', 'gestionnaire-b@demo.test');
  await signIn('member', 'membre@demo.test');
  await signIn('admin', 'admin@demo.test');
  const { rows } = await sql<{ id: string }>`
    insert into public.places (slug, name, address, commune_code, postal_code, status)
    values ('brouillon-qualite', 'Lieu en brouillon', '1 rue du Port', '29039', '29900', 'draft')
    returning id`.execute(h.db.db);
  draftId = rows[0]?.id ?? '';
  await h.createPerson({
    email: 'gestion-brouillon@qualite.test',
    password: 'mot-de-passe-123',
    places: [{ placeId: draftId, role: 'manager' }],
  });
  await signIn('draftManager', 'gestion-brouillon@qualite.test', 'mot-de-passe-123');
}, 180_000);
afterAll(() => h.stop());

describe('directoryAdmin.dataInclusionQuality', () => {
  it('gives a demo place’s manager the signals of what the public file sends of it', async () => {
    const quality = await (await api('manager')).directoryAdmin.dataInclusionQuality({ placeId: KONK });
    expect(quality.published).toBe(true);
    expect(quality.services).toBeGreaterThan(0);
    expect(quality.score).toBeGreaterThan(0);
    expect(quality.score).toBeLessThan(100);
    // The demo's Konk Ar Lab has no public phone or e-mail, no SIRET and no Accès libre record.
    const byCode = new Map(quality.signals.map((s) => [s.code, s]));
    expect(byCode.get('contact')).toMatchObject({
      level: 'blocking',
      subject: { kind: 'place' },
      field: 'phone',
    });
    expect(byCode.get('siret')).toMatchObject({ level: 'warning', detail: null, field: 'pivot' });
    expect(byCode.get('accessibility')).toMatchObject({ level: 'hint' });
    expect(byCode.has('code_insee')).toBe(false);
    expect(byCode.has('opening_hours')).toBe(false);
    expect(byCode.has('no_service')).toBe(false);
    const levels = quality.signals.map((s) => ['blocking', 'warning', 'hint'].indexOf(s.level));
    expect([...levels].sort()).toEqual(levels);

    // The same as checking the place's records in the public file.
    const file = await (await api()).directory.dataInclusion();
    const structure = file.structures.find((s) => s.id.endsWith(KONK));
    if (!structure) throw new Error('Konk Ar Lab is not in the file');
    const fromFile = dataInclusionQuality({
      structure,
      services: file.services.filter((s) => s.structure_id === structure.id),
      now: new Date(),
    });
    expect(quality.services).toBe(fromFile.services);
    expect(quality.score).toBe(fromFile.score);
    expect(quality.signals.map((s) => [s.code, s.subject])).toEqual(
      fromFile.signals.map((s) => [s.code, s.subject]),
    );
  });

  it('tells a value the export could not send from one never given', async () => {
    await sql`update public.places set pivot = 'W291000123', opening_hours = 'tous les jours' where id = ${KONK}`.execute(
      h.db.db,
    );
    const quality = await (await api('admin')).directoryAdmin.dataInclusionQuality({ placeId: KONK });
    expect(quality.signals.filter((s) => s.detail === 'invalid').map((s) => s.code)).toEqual([
      'siret',
      'opening_hours',
    ]);
  });

  it('is refused to another place’s manager, to a member and to a visitor', async () => {
    expect(
      await refusal((await api('otherManager')).directoryAdmin.dataInclusionQuality({ placeId: KONK })),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await refusal((await api('member')).directoryAdmin.dataInclusionQuality({ placeId: KONK })),
    ).toMatchObject({ code: 'forbidden' });
    expect(await refusal((await api()).directoryAdmin.dataInclusionQuality({ placeId: KONK }))).toMatchObject(
      {
        code: 'unauthenticated',
      },
    );
    expect(
      await refusal(
        (await api('admin')).directoryAdmin.dataInclusionQuality({
          placeId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toMatchObject({ code: 'not_found' });
  });

  it('says `not_published`, alone, for a place that is not public — to its manager as to an admin', async () => {
    for (const who of ['draftManager', 'admin']) {
      const quality = await (await api(who)).directoryAdmin.dataInclusionQuality({ placeId: draftId });
      expect(quality).toEqual({
        published: false,
        score: 0,
        checks: 0,
        services: 0,
        signals: [
          { code: 'not_published', level: 'blocking', subject: { kind: 'place' }, detail: null, field: null },
        ],
      });
    }
    // A hidden place is not public either, even to its own manager.
    await sql`update public.places set hidden_at = now(), hidden_reason = 'test' where id = ${KONK}`.execute(
      h.db.db,
    );
    try {
      const hidden = await (await api('manager')).directoryAdmin.dataInclusionQuality({ placeId: KONK });
      expect(hidden.signals.map((s) => s.code)).toEqual(['not_published']);
    } finally {
      await sql`update public.places set hidden_at = null, hidden_reason = null where id = ${KONK}`.execute(
        h.db.db,
      );
    }
  });
});

describe('loadDataInclusionOffer with a place', () => {
  it('reads exactly that place’s share of the whole-network offer, and nothing of a draft', async () => {
    const all = await withSession(h.db.db, null, (tx) => loadDataInclusionOffer(tx));
    const one = await withSession(h.db.db, null, (tx) => loadDataInclusionOffer(tx, { placeId: KONK }));
    expect(one.places).toEqual(all.places.filter((p) => p.id === KONK));
    expect(one.activities).toEqual(all.activities.filter((a) => a.placeId === KONK));
    expect(one.appointments).toEqual(all.appointments.filter((a) => a.placeId === KONK));
    expect(one.tools).toEqual(all.tools.filter((t) => t.placeId === KONK));
    expect(one.activities.length + one.appointments.length + one.tools.length).toBeGreaterThan(0);
    expect(all.places.length).toBeGreaterThan(1);
    const draft = await withSession(h.db.db, null, (tx) => loadDataInclusionOffer(tx, { placeId: draftId }));
    expect(draft).toEqual({ places: [], activities: [], appointments: [], tools: [] });
  });
});
