import { parseCalendar } from '@rf/domain/booking/ics-testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
const anon = async () => (await h.as()).api.catalogue;

/** A day at least a week ahead, at this UTC hour (inside the default 30 days). */
const inDays = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const plusHours = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

async function returningId(query: ReturnType<typeof sql<{ id: string }>>): Promise<string> {
  const { rows } = await query.execute(h.db.db);
  const id = rows[0]?.id;
  if (!id) throw new Error('insert returned nothing');
  return id;
}

interface PlaceSpec {
  slug: string;
  name: string;
  commune: string;
  postal: string;
  lat: number;
  lon: number;
  status?: 'draft' | 'published';
  hidden?: boolean;
  accessibility?: string;
}

const insertPlace = (p: PlaceSpec) =>
  returningId(sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, latitude, longitude,
      status, hidden_at, hidden_reason, accessibility_notes)
    values (${p.slug}, ${p.name}, '{TIERS_LIEUX}', '1 rue du Port', ${p.postal}, ${p.commune}, ${p.lat},
      ${p.lon}, ${p.status ?? 'published'}, ${p.hidden ? new Date().toISOString() : null},
      ${p.hidden ? 'Doublon' : null}, ${p.accessibility ?? null})
    returning id`);

interface ActivitySpec {
  place: string;
  title: string;
  description?: string;
  themes?: string[];
  kind?: 'workshop' | 'training';
  level?: 'debutant' | 'intermediaire' | 'avance';
  fees?: 'gratuit' | 'payant';
  format?: 'on_site' | 'remote' | 'hybrid';
  accessibility?: string;
  status?: 'draft' | 'published';
  hidden?: boolean;
}

const insertActivity = (a: ActivitySpec) =>
  returningId(sql<{ id: string }>`
    insert into public.activities (place_id, kind, title, description, themes, level, fees_kind, format,
      accessibility_notes, status, hidden_at, hidden_reason)
    values (${a.place}, ${a.kind ?? 'workshop'}, ${a.title}, ${a.description ?? null},
      ${a.themes ?? ['email']}::text[], ${a.level ?? null}, ${a.fees ?? 'gratuit'}, ${a.format ?? 'on_site'},
      ${a.accessibility ?? null}, ${a.status ?? 'published'}, ${a.hidden ? new Date().toISOString() : null},
      ${a.hidden ? 'Hors sujet' : null})
    returning id`);

async function insertSession(activity: string, startsAt: string, capacity = 8): Promise<string> {
  const { rows } = await sql<{ place_id: string }>`
    select place_id from public.activities where id = ${activity}`.execute(h.db.db);
  return returningId(sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    values (${activity}, ${rows[0]?.place_id}, ${startsAt}, ${plusHours(startsAt, 2)}, ${capacity})
    returning id`);
}

async function book(session: string, n: number, status: 'confirmed' | 'waitlisted') {
  await sql`
    insert into public.bookings (session_id, place_id, status, first_name, email, consent_at)
    select ${session}, s.place_id, ${status}::public.booking_status, 'Personne',
      ${status} || ${n}::text || '@test.fr', now()
    from public.sessions s where s.id = ${session}`.execute(h.db.db);
}

const ids: Record<string, string> = {};
const allIds = (r: { days: { sessions: { id: string }[] }[] }) =>
  r.days.flatMap((d) => d.sessions.map((s) => s.id));

beforeAll(async () => {
  h = await startApiHarness();
  const konk = await insertPlace({
    slug: 'konk-ar-lab',
    name: 'Konk Ar Lab',
    commune: '29039',
    postal: '29900',
    lat: 47.8753,
    lon: -3.9189,
    accessibility: 'Plain-pied, toilettes adaptées',
  });
  const quimper = await insertPlace({
    slug: 'espace-quimper',
    name: 'Espace numérique de Quimper',
    commune: '29232',
    postal: '29000',
    lat: 47.996,
    lon: -4.102,
  });
  const amiens = await insertPlace({
    slug: 'la-machinerie',
    name: 'La Machinerie',
    commune: '80021',
    postal: '80000',
    lat: 49.894,
    lon: 2.295,
  });
  const draftPlace = await insertPlace({
    slug: 'brouillon',
    name: 'Lieu brouillon',
    commune: '29039',
    postal: '29900',
    lat: 47.87,
    lon: -3.91,
    status: 'draft',
  });
  const hiddenPlace = await insertPlace({
    slug: 'masque',
    name: 'Lieu masqué',
    commune: '29039',
    postal: '29900',
    lat: 47.87,
    lon: -3.91,
    hidden: true,
  });

  const mail = await insertActivity({
    place: konk,
    title: 'Écrire un e-mail',
    description: 'Créer son adresse, envoyer une pièce jointe.',
    themes: ['email'],
    level: 'debutant',
  });
  const mailQuimper = await insertActivity({
    place: quimper,
    title: 'Messagerie électronique',
    themes: ['email'],
    level: 'debutant',
  });
  const laser = await insertActivity({
    place: amiens,
    title: 'Découpe laser',
    themes: ['creer_avec_le_numerique'],
    fees: 'payant',
    kind: 'training',
    level: 'avance',
  });
  const visio = await insertActivity({
    place: amiens,
    title: 'Sécurité en ligne à distance',
    themes: ['securite_numerique'],
    format: 'remote',
    accessibility: 'Sous-titres en direct',
  });
  const draft = await insertActivity({ place: konk, title: 'Atelier en préparation', status: 'draft' });
  const hidden = await insertActivity({ place: konk, title: 'Atelier masqué', hidden: true });
  const ofDraftPlace = await insertActivity({ place: draftPlace, title: 'Atelier du brouillon' });
  const ofHiddenPlace = await insertActivity({ place: hiddenPlace, title: 'Atelier du lieu masqué' });

  const day = inDays(10);
  ids.mailFull = await insertSession(mail, plusHours(day, 6), 2); // Concarneau, afternoon
  ids.mailQuimper = await insertSession(mailQuimper, day); // Quimper, morning of the same day
  ids.mailLater = await insertSession(mail, inDays(12));
  ids.laser = await insertSession(laser, plusHours(day, 1));
  ids.visio = await insertSession(visio, inDays(11));
  ids.farAway = await insertSession(mail, inDays(45));
  ids.past = await insertSession(mail, inDays(-3));
  ids.draft = await insertSession(draft, inDays(10));
  ids.hidden = await insertSession(hidden, inDays(10));
  ids.draftPlace = await insertSession(ofDraftPlace, inDays(10));
  ids.hiddenPlace = await insertSession(ofHiddenPlace, inDays(10));
  ids.cancelled = await insertSession(mail, inDays(13));
  await sql`update public.sessions set status = 'cancelled', cancellation_reason = 'Animatrice malade'
    where id = ${ids.cancelled}`.execute(h.db.db);
  ids.cancelledLongAgo = await insertSession(mail, inDays(14));
  await sql`update public.sessions set status = 'cancelled', cancelled_at = now() - interval '40 days'
    where id = ${ids.cancelledLongAgo}`.execute(h.db.db);

  // Capacity 2: two confirmed and one waiting, so it is full.
  await book(ids.mailFull as string, 1, 'confirmed');
  await book(ids.mailFull as string, 2, 'confirmed');
  await book(ids.mailFull as string, 3, 'waitlisted');
  // One confirmed and one cancelled on another: 7 seats left of 8.
  await book(ids.mailLater as string, 1, 'confirmed');
  await book(ids.mailLater as string, 2, 'confirmed');
  await sql`update public.bookings set status = 'cancelled'
    where session_id = ${ids.mailLater} and email = 'confirmed2@test.fr'`.execute(h.db.db);

  // Dates around a Paris midnight, in March 2027 (UTC+1): 23:59 on the 10th and 00:30 on the 11th.
  ids.lateOn10th = await insertSession(mail, '2027-03-10T22:59:00Z');
  ids.earlyOn11th = await insertSession(mail, '2027-03-10T23:30:00Z');
});
afterAll(() => h.stop());

describe('catalogue.search', () => {
  it('lists the next 30 days of public sessions by day, without drafts, hidden or cancelled ones', async () => {
    const r = await (await anon()).search({});
    const found = allIds(r);
    expect(found).toEqual(
      expect.arrayContaining([ids.mailQuimper, ids.laser, ids.mailFull, ids.visio, ids.mailLater]),
    );
    for (const excluded of [
      ids.farAway,
      ids.past,
      ids.draft,
      ids.hidden,
      ids.draftPlace,
      ids.hiddenPlace,
      ids.cancelled,
      ids.cancelledLongAgo,
      ids.lateOn10th,
    ]) {
      expect(found).not.toContain(excluded);
    }
    expect(r.total).toBe(5);
    // Days in order, each once, and sessions of a day by time.
    expect(r.days.map((d) => d.day)).toEqual([...new Set(r.days.map((d) => d.day))].sort());
    expect(r.days[0]?.sessions.map((s) => s.id)).toEqual([ids.mailQuimper, ids.laser, ids.mailFull]);
  });

  it('says how many seats are left, counting confirmed bookings only', async () => {
    const sessions = (await (await anon()).search({})).days.flatMap((d) => d.sessions);
    const full = sessions.find((s) => s.id === ids.mailFull);
    expect(full).toMatchObject({ capacity: 2, seatsLeft: 0 });
    expect(sessions.find((s) => s.id === ids.mailLater)).toMatchObject({ capacity: 8, seatsLeft: 7 });
  });

  it('combines theme, free, level and kind filters', async () => {
    const api = await anon();
    expect(allIds(await api.search({ theme: 'email', gratuit: '1', niveau: 'debutant' }))).toEqual([
      ids.mailQuimper,
      ids.mailFull,
      ids.mailLater,
    ]);
    expect(allIds(await api.search({ theme: 'email', type: 'training' }))).toEqual([]);
    expect(allIds(await api.search({ type: 'training' }))).toEqual([ids.laser]);
    expect(allIds(await api.search({ gratuit: '1', theme: 'creer_avec_le_numerique' }))).toEqual([]);
    expect(allIds(await api.search({ format: 'remote' }))).toEqual([ids.visio]);
  });

  it('keeps accessible ones: the place or the activity says how', async () => {
    const found = allIds(await (await anon()).search({ accessible: '1' }));
    expect(found.sort()).toEqual([ids.mailFull, ids.mailLater, ids.visio].sort());
  });

  it('finds words in titles and descriptions whatever the accents and a typo', async () => {
    const api = await anon();
    expect(allIds(await api.search({ q: 'decoupe' }))).toEqual([ids.laser]);
    expect(allIds(await api.search({ q: 'pièce jointe' }))).toEqual([ids.mailFull, ids.mailLater]);
    expect(allIds(await api.search({ q: 'securite' }))).toEqual([ids.visio]);
    expect(allIds(await api.search({ q: 'messagrie' }))).toEqual([ids.mailQuimper]);
  });

  it('orders each day nearest first from a commune, and a radius keeps remote sessions', async () => {
    const api = await anon();
    const near = await api.search({ pres: 'Concarneau' });
    expect(near.near).toEqual({ status: 'found', commune: 'Concarneau' });
    expect(near.days[0]?.sessions.map((s) => s.id)).toEqual([ids.mailFull, ids.mailQuimper, ids.laser]);
    expect(near.days[0]?.sessions[0]?.distanceKm).toBeLessThan(1);
    const within = allIds(await api.search({ pres: '29900', rayon: 50 }));
    expect(within).toEqual([ids.mailFull, ids.mailQuimper, ids.visio, ids.mailLater]);
    expect((await api.search({ pres: 'Nullepartville' })).near).toEqual({
      status: 'unknown',
      query: 'Nullepartville',
    });
  });

  it('reads dates as Paris calendar days', async () => {
    const api = await anon();
    const eleventh = await api.search({ du: '2027-03-11', au: '2027-03-11' });
    expect(allIds(eleventh)).toEqual([ids.earlyOn11th]);
    expect(eleventh.days.map((d) => d.day)).toEqual(['2027-03-11']);
    const tenth = await api.search({ du: '2027-03-10', au: '2027-03-10' });
    expect(allIds(tenth)).toEqual([ids.lateOn10th]);
    // A reversed range is read the right way round.
    expect(allIds(await api.search({ du: '2027-03-11', au: '2027-03-10' }))).toEqual([
      ids.lateOn10th,
      ids.earlyOn11th,
    ]);
  });

  it('rejects input that does not validate instead of failing', async () => {
    const api = await anon();
    await expect(api.search({ du: 'demain' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.search({ theme: 'inconnu' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('offers the themes that something upcoming has', async () => {
    const { themes } = await (await anon()).facets();
    expect(themes).toEqual(['email', 'securite_numerique', 'creer_avec_le_numerique']);
  });
});

describe('catalogue.placeFeed', () => {
  it('is the place’s calendar: upcoming sessions, recently cancelled ones marked CANCELLED', async () => {
    const feed = await (await anon()).placeFeed({ slug: 'konk-ar-lab' });
    const lines = feed.ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    const uids = lines.filter((l) => l.startsWith('UID:')).map((l) => l.slice(4));
    expect(uids).toEqual(
      [ids.mailFull, ids.mailLater, ids.cancelled, ids.farAway, ids.lateOn10th, ids.earlyOn11th].map(
        (id) => `session-${id}@reseau-fabriques`,
      ),
    );
    expect(lines).toContain('X-WR-CALNAME:Konk Ar Lab (Concarneau)');
    expect(lines.filter((l) => l === 'STATUS:CANCELLED')).toHaveLength(1);
    const cancelled = lines.indexOf(`UID:session-${ids.cancelled}@reseau-fabriques`);
    expect(lines.slice(cancelled, lines.indexOf('END:VEVENT', cancelled))).toContain('STATUS:CANCELLED');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain(`URL;VALUE=URI:http://localhost:3000/seances/${ids.mailLater}`);
    // Each event carries its session's SEQUENCE: 0 for one never changed, more for the cancelled one.
    const events = parseCalendar(feed.ics).events;
    expect(events.find((e) => e.uid === `session-${ids.mailLater}@reseau-fabriques`)?.sequence).toBe(0);
    expect(
      events.find((e) => e.uid === `session-${ids.cancelled}@reseau-fabriques`)?.sequence,
    ).toBeGreaterThan(0);
    expect(lines).toContain('SUMMARY:Écrire un e-mail');
    expect(feed.ics).not.toContain('Atelier en préparation');
    expect(feed.ics).not.toContain('Atelier masqué');
    expect(feed.lastModified).not.toBeNull();
    // The same feed twice is the same text (DTSTAMP is the last change, not the request's time).
    expect((await (await anon()).placeFeed({ slug: 'konk-ar-lab' })).ics).toBe(feed.ics);
  });

  it('answers not found for an unknown, draft or hidden place', async () => {
    const api = await anon();
    for (const slug of ['inconnu', 'brouillon', 'masque']) {
      await expect(api.placeFeed({ slug })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});

describe('catalogue.networkFeed', () => {
  const uidsOf = (ics: string) =>
    parseCalendar(ics).events.map((e) => e.uid.replace(/^session-(.*)@reseau-fabriques$/, '$1'));

  it('is the network’s calendar of the coming weeks, every public place’s sessions, soonest first', async () => {
    const feed = await (await anon()).networkFeed({});
    const uids = uidsOf(feed.ics);
    expect(uids).toEqual(
      expect.arrayContaining([
        ids.mailFull,
        ids.mailQuimper,
        ids.mailLater,
        ids.laser,
        ids.visio,
        ids.farAway,
        ids.cancelled,
      ]),
    );
    // Not public, over, cancelled long ago, or beyond the weeks the feed covers.
    for (const id of [
      'past',
      'draft',
      'hidden',
      'draftPlace',
      'hiddenPlace',
      'cancelledLongAgo',
      'lateOn10th',
    ])
      expect(uids, id).not.toContain(ids[id]);
    const starts = parseCalendar(feed.ics).events.map((e) => e.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const laser = parseCalendar(feed.ics).events.find(
      (e) => e.uid === `session-${ids.laser}@reseau-fabriques`,
    );
    expect(laser?.location).toContain('Amiens');
    expect(feed.ics).toContain('METHOD:PUBLISH');
    expect((await (await anon()).networkFeed({})).ics).toBe(feed.ics);
  });

  it('keeps to one département when asked', async () => {
    const finistere = uidsOf((await (await anon()).networkFeed({ departement: '29' })).ics);
    expect(finistere).toEqual(expect.arrayContaining([ids.mailFull, ids.mailQuimper, ids.farAway]));
    expect(finistere).not.toContain(ids.laser);
    expect(uidsOf((await (await anon()).networkFeed({ departement: '2A' })).ics)).toEqual([]);
  });

  it('refuses a département code that is not one', async () => {
    for (const departement of ['290', 'x', "29' or 1=1 --"])
      await expect((await anon()).networkFeed({ departement })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
  });
});
