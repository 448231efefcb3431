import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
let placeA: string;
let placeB: string;
const signedIn: Record<string, string[]> = {};

async function signIn(email: string, password: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  return scope.cookies;
}

async function place(slug: string, name: string) {
  const { rows } = await sql<{ id: string }>`
    insert into public.places (slug, name) values (${slug}, ${name}) returning id`.execute(h.db.db);
  return rows[0]?.id ?? '';
}

function tokenFrom(text: string | undefined): string {
  const link = text?.match(/https?:\/\/\S+/)?.[0];
  return new URL(link ?? 'http://x').searchParams.get('jeton') ?? '';
}

async function invitationMailTo(email: string) {
  const mail = await h.smtp.waitFor(
    (m) => JSON.stringify(m.to).includes(email) && m.subject?.startsWith('Invitation') === true,
  );
  h.smtp.messages.splice(h.smtp.messages.indexOf(mail), 1);
  return mail;
}

const error = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => describeError(e).code,
  );

beforeAll(async () => {
  h = await startApiHarness();
  placeA = await place('konk-ar-lab', 'Konk Ar Lab');
  placeB = await place('la-machinerie', 'La Machinerie');
  await h.createPerson({
    email: 'gestion-a@test.fr',
    password: 'mot-de-passe-a',
    places: [{ placeId: placeA, role: 'manager' }],
  });
  await h.createPerson({
    email: 'gestion-b@test.fr',
    password: 'mot-de-passe-b',
    places: [{ placeId: placeB, role: 'manager' }],
  });
  await h.createPerson({
    email: 'membre-a@test.fr',
    password: 'mot-de-passe-m',
    places: [{ placeId: placeA, role: 'member' }],
  });
  await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  await h.createPerson({ email: 'deja@test.fr', password: 'mot-de-passe-deja' });
  signedIn.managerA = await signIn('gestion-a@test.fr', 'mot-de-passe-a');
  signedIn.managerB = await signIn('gestion-b@test.fr', 'mot-de-passe-b');
  signedIn.member = await signIn('membre-a@test.fr', 'mot-de-passe-m');
  signedIn.admin = await signIn('admin@test.fr', 'mot-de-passe-admin');
});
afterAll(() => h.stop());

describe('invitations', () => {
  it('brings a newcomer into a place: e-mail, account, role, signed in', async () => {
    const { api } = await h.as(signedIn.managerA);
    await api.invitations.create({ email: 'Nouvelle@Test.fr', placeId: placeA, role: 'member' });
    const mail = await invitationMailTo('nouvelle@test.fr');
    expect(mail.subject).toBe('Invitation à rejoindre Konk Ar Lab sur le Réseau Fabriques');
    expect(mail.text).toContain('en tant que membre');
    const token = tokenFrom(mail.text);

    const visitor = await h.as();
    expect(await visitor.api.invitations.preview({ token })).toMatchObject({
      email: 'nouvelle@test.fr',
      placeName: 'Konk Ar Lab',
      role: 'member',
      mode: 'create_account',
    });
    const { redirectTo } = await visitor.api.invitations.accept({
      token,
      displayName: 'Nadia',
      password: 'un-mot-de-passe-neuf',
    });
    expect(redirectTo).toBe('http://localhost:3000/espace');
    const me = await (await h.as(visitor.cookies)).api.identity.me();
    expect(me).toMatchObject({ displayName: 'Nadia', memberships: [{ placeId: placeA, role: 'member' }] });
    expect(await error(visitor.api.invitations.preview({ token }))).toBe('invitation_invalid');
  });

  it('keeps one live invitation when sent twice, and only the latest link works', async () => {
    const { api } = await h.as(signedIn.managerA);
    await api.invitations.create({ email: 'double@test.fr', placeId: placeA, role: 'manager' });
    const first = tokenFrom((await invitationMailTo('double@test.fr')).text);
    await api.invitations.create({ email: 'double@test.fr', placeId: placeA, role: 'manager' });
    const second = tokenFrom((await invitationMailTo('double@test.fr')).text);
    const pending = (await api.invitations.list()).filter((i) => i.email === 'double@test.fr');
    expect(pending).toHaveLength(1);
    const visitor = await h.as();
    expect(await error(visitor.api.invitations.preview({ token: first }))).toBe('invitation_invalid');
    expect((await visitor.api.invitations.preview({ token: second })).role).toBe('manager');
  });

  it('refuses what the inviter may not give', async () => {
    const managerA = (await h.as(signedIn.managerA)).api;
    expect(
      await error(managerA.invitations.create({ email: 'x@test.fr', placeId: placeB, role: 'member' })),
    ).toBe('forbidden');
    expect(
      await error(managerA.invitations.create({ email: 'x@test.fr', placeId: null, role: 'network_admin' })),
    ).toBe('forbidden');
    const member = (await h.as(signedIn.member)).api;
    expect(
      await error(member.invitations.create({ email: 'x@test.fr', placeId: placeA, role: 'member' })),
    ).toBe('forbidden');
    expect(
      await error(
        (await h.as()).api.invitations.create({ email: 'x@test.fr', placeId: placeA, role: 'member' }),
      ),
    ).toBe('unauthenticated');
  });

  it('shows a place’s invitations to its managers only', async () => {
    await (await h.as(signedIn.managerA)).api.invitations.create({
      email: 'vue@test.fr',
      placeId: placeA,
      role: 'member',
    });
    await invitationMailTo('vue@test.fr');
    const seenByB = await (await h.as(signedIn.managerB)).api.invitations.list();
    expect(seenByB.find((i) => i.email === 'vue@test.fr')).toBeUndefined();
    const seenByAdmin = await (await h.as(signedIn.admin)).api.invitations.list();
    expect(seenByAdmin.find((i) => i.email === 'vue@test.fr')?.placeName).toBe('Konk Ar Lab');
  });

  it('lets a network admin bring in an observer, who lands on the console', async () => {
    await (await h.as(signedIn.admin)).api.invitations.create({
      email: 'financeur@test.fr',
      placeId: null,
      role: 'observer',
    });
    const token = tokenFrom((await invitationMailTo('financeur@test.fr')).text);
    const visitor = await h.as();
    const { redirectTo } = await visitor.api.invitations.accept({
      token,
      displayName: 'ANCT',
      password: 'observateur-2026',
    });
    expect(redirectTo).toBe('http://localhost:3001/');
    expect((await (await h.as(visitor.cookies)).api.identity.me())?.networkRole).toBe('observer');
  });

  it('asks an existing account to sign in first, then gives it the role', async () => {
    await (await h.as(signedIn.managerA)).api.invitations.create({
      email: 'deja@test.fr',
      placeId: placeA,
      role: 'member',
    });
    const token = tokenFrom((await invitationMailTo('deja@test.fr')).text);
    const visitor = await h.as();
    expect((await visitor.api.invitations.preview({ token })).mode).toBe('sign_in_first');
    expect(
      await error(
        visitor.api.invitations.accept({ token, displayName: 'Intrus', password: 'je-prends-le-compte' }),
      ),
    ).toBe('email_already_registered');

    const someoneElse = (await h.as(signedIn.member)).api;
    expect((await someoneElse.invitations.preview({ token })).mode).toBe('wrong_account');
    expect(await error(someoneElse.invitations.accept({ token }))).toBe('forbidden');

    const owner = await h.as(await signIn('deja@test.fr', 'mot-de-passe-deja'));
    expect((await owner.api.invitations.preview({ token })).mode).toBe('accept');
    await owner.api.invitations.accept({ token });
    expect((await owner.api.identity.me())?.memberships.map((m) => m.placeId)).toEqual([placeA]);
  });

  it('refuses a made-up or expired link', async () => {
    const visitor = (await h.as()).api;
    expect(await error(visitor.invitations.preview({ token: 'x'.repeat(43) }))).toBe('invitation_invalid');
    await (await h.as(signedIn.managerA)).api.invitations.create({
      email: 'tard@test.fr',
      placeId: placeA,
      role: 'member',
    });
    const token = tokenFrom((await invitationMailTo('tard@test.fr')).text);
    await sql`update public.invitations set expires_at = now() - interval '1 minute' where email = 'tard@test.fr'`.execute(
      h.db.db,
    );
    expect(
      await error(visitor.invitations.accept({ token, displayName: 'Tard', password: 'trop-tard-2026' })),
    ).toBe('invitation_invalid');
  });
});
