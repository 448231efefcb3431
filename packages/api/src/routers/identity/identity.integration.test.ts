import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
let placeId: string;

beforeAll(async () => {
  h = await startApiHarness();
  const { rows } = await sql<{ id: string }>`
    insert into public.places (slug, name) values ('konk-ar-lab', 'Konk Ar Lab') returning id`.execute(
    h.db.db,
  );
  placeId = rows[0]?.id ?? '';
  await h.createPerson({ email: 'resident@test.fr', password: 'mot-de-passe-resident' });
  await h.createPerson({
    email: 'membre@test.fr',
    password: 'mot-de-passe-membre',
    places: [{ placeId, role: 'member' }],
  });
  await h.createPerson({
    email: 'gestion@test.fr',
    password: 'mot-de-passe-gestion',
    places: [{ placeId, role: 'manager' }],
  });
  await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  await h.createPerson({
    email: 'observe@test.fr',
    password: 'mot-de-passe-observe',
    networkRole: 'observer',
  });
});
afterAll(() => h.stop());

async function signIn(email: string, password: string) {
  const scope = await h.as();
  const result = await scope.api.identity.signIn({ email, password });
  return { ...result, cookies: scope.cookies };
}

describe('identity.signIn', () => {
  it.each([
    ['resident@test.fr', 'mot-de-passe-resident', 'http://localhost:3000/espace'],
    ['membre@test.fr', 'mot-de-passe-membre', 'http://localhost:3000/espace'],
    ['gestion@test.fr', 'mot-de-passe-gestion', 'http://localhost:3001/'],
    ['admin@test.fr', 'mot-de-passe-admin', 'http://localhost:3001/'],
    ['observe@test.fr', 'mot-de-passe-observe', 'http://localhost:3001/'],
  ])('lands %s on their role’s home', async (email, password, home) => {
    expect((await signIn(email, password)).redirectTo).toBe(home);
  });

  it('refuses malformed input with field messages from the catalogue', async () => {
    const { api } = await h.as();
    const error = await api.identity
      .signIn({ email: 'pas-une-adresse', password: '' })
      .catch((e: unknown) => e);
    expect(describeError(error)).toEqual({
      code: 'invalid_input',
      fieldErrors: { email: 'validation.email_invalid', password: 'validation.password_required' },
    });
  });

  it('says a wrong password is wrong, without a server error', async () => {
    const { api } = await h.as();
    const error = await api.identity
      .signIn({ email: 'membre@test.fr', password: 'non' })
      .catch((e: unknown) => e);
    expect(describeError(error).code).toBe('invalid_credentials');
  });
});

describe('identity.me', () => {
  it('is empty for a visitor', async () => {
    const { api } = await h.as();
    expect(await api.identity.me()).toBeNull();
  });

  it('describes a manager with their place', async () => {
    const { cookies } = await signIn('gestion@test.fr', 'mot-de-passe-gestion');
    const { api } = await h.as(cookies);
    expect(await api.identity.me()).toMatchObject({
      email: 'gestion@test.fr',
      homeRole: 'manager',
      memberships: [{ placeId, placeName: 'Konk Ar Lab', role: 'manager' }],
    });
  });

  it('forgets the person after sign-out', async () => {
    const { cookies } = await signIn('membre@test.fr', 'mot-de-passe-membre');
    await (await h.as(cookies)).api.identity.signOut();
    expect(await (await h.as(cookies)).api.identity.me()).toBeNull();
  });
});

describe('procedures by role', () => {
  it('keeps the development mailbox to network admins', async () => {
    await (await h.as()).api.identity.requestMagicLink({ email: 'membre@test.fr' });
    const admin = await signIn('admin@test.fr', 'mot-de-passe-admin');
    const messages = await (await h.as(admin.cookies)).api.network.mailbox();
    expect(Array.isArray(messages)).toBe(true);

    for (const [email, password] of [
      ['gestion@test.fr', 'mot-de-passe-gestion'],
      ['observe@test.fr', 'mot-de-passe-observe'],
    ] as const) {
      const { cookies } = await signIn(email, password);
      const error = await (await h.as(cookies)).api.network.mailbox().catch((e: unknown) => e);
      expect(describeError(error).code).toBe('forbidden');
    }
    const anonymous = await (await h.as()).api.network.mailbox().catch((e: unknown) => e);
    expect(describeError(anonymous).code).toBe('unauthenticated');
  });

  it('sends real e-mail over SMTP when SMTP_URL is set', async () => {
    await (await h.as()).api.identity.requestMagicLink({ email: 'resident@test.fr' });
    const mail = await h.smtp.waitFor((m) => JSON.stringify(m.to).includes('resident@test.fr'));
    expect(mail.subject).toBe('Votre lien de connexion au Réseau Fabriques');
  });
});
