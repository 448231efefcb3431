import { photoKeys } from '@rf/storage';
import { metadataOf, phonePhoto } from '@rf/storage/photo-fixtures';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// The later slices of sharing on the real database: a tool's photo through the storage, the catalogue's
// pages beyond the first, editing and deleting resources (their file too), a member's loan requests.
let h: ApiHarness;
let fabrique: string;
let tiersLieu: string;
const cookies: Record<'manager' | 'member' | 'borrowerMember', string[]> = {
  manager: [],
  member: [],
  borrowerMember: [],
};
const as = async (who: keyof typeof cookies) => (await h.as(cookies[who])).api;

async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return describeError(error);
  }
  return null;
}

// A PNG header with no image behind it, and real photos as phones send them (made in the test).
const brokenPng = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const keyOf = (url: string | null | undefined) => (url ?? '').replace('/medias/', '');

async function insertTool(placeId: string, name: string) {
  const { rows } = await sql<{ id: string }>`
    insert into public.tools (place_id, name, category, usage, status)
    values (${placeId}, ${name}, 'Pagination', 'lendable', 'published')
    returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

beforeAll(async () => {
  h = await startApiHarness();
  const places = await sql<{ id: string; slug: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status, latitude, longitude)
    values ('fabrique-m', 'Fabrique M', '{FABLAB}', '1 quai Carnot', '29900', '29039', 'published', 47.87, -3.92),
           ('tiers-lieu-m', 'Tiers-lieu M', '{TIERS_LIEUX}', '2 rue Kéréon', '29000', '29232', 'published', 47.99, -4.1)
    returning id, slug`.execute(h.db.db);
  fabrique = places.rows.find((p) => p.slug === 'fabrique-m')?.id as string;
  tiersLieu = places.rows.find((p) => p.slug === 'tiers-lieu-m')?.id as string;
  const people = [
    ['manager', 'gestion-m@test.fr', fabrique, 'manager'],
    ['member', 'membre-m@test.fr', fabrique, 'member'],
    ['borrowerMember', 'emprunt-m@test.fr', tiersLieu, 'member'],
  ] as const;
  for (const [who, email, placeId, role] of people) {
    await h.createPerson({ email, password: 'mot-de-passe-long', places: [{ placeId, role }] });
    const scope = await h.as();
    await scope.api.identity.signIn({ email, password: 'mot-de-passe-long' });
    cookies[who] = scope.cookies;
  }
}, 60_000);
afterAll(() => h.stop());

describe('a tool’s photo', () => {
  it('is set, replaced (the old file deleted) and removed by the managers, shown in the catalogue', async () => {
    const tool = await insertTool(fabrique, 'Imprimante photo');
    const manager = await as('manager');
    expect(
      await failure(manager.sharing.setToolPhoto({ toolId: tool, altText: 'Imprimante', file: pdf })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { photo: 'validation.photo.type' },
    });
    expect(
      await failure(manager.sharing.setToolPhoto({ toolId: tool, altText: 'Imprimante', file: brokenPng })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { photo: 'validation.photo.unreadable' },
    });
    const phone = await phonePhoto(2000, 1500);
    expect(await metadataOf(phone)).toMatchObject({ exif: true, gps: true, xmp: true });
    await manager.sharing.setToolPhoto({
      toolId: tool,
      altText: 'L’imprimante posée sur l’établi',
      file: phone,
    });
    const inventory = await manager.sharing.inventoryTool({ id: tool });
    const first = inventory.photoUrl;
    expect(first).toMatch(/^\/medias\/tools\/[0-9a-f-]+\/[0-9a-f-]+-1600\.webp$/);
    const base = first?.replace(/-1600\.webp$/, '');
    expect(inventory.photoSrcSet).toBe(`${base}-480.webp 480w, ${base}-960.webp 960w, ${first} 1600w`);
    for (const [i, key] of photoKeys(keyOf(first)).entries()) {
      const stored = await h.services.storage.get(key);
      expect(stored?.contentType).toBe('image/webp');
      expect(await metadataOf(stored?.body ?? phone)).toMatchObject({
        width: [480, 960, 1600][i],
        exif: false,
        gps: false,
        xmp: false,
        icc: false,
        secrets: [],
      });
    }
    const anon = (await h.as()).api;
    const card = (await anon.sharing.catalogue({ q: 'Imprimante photo' })).tools[0];
    expect(card?.photoUrl).toBe(first);
    expect(card?.photoSrcSet).toBe(inventory.photoSrcSet);
    expect(card?.photoAltText).toBe('L’imprimante posée sur l’établi');

    await manager.sharing.setToolPhoto({
      toolId: tool,
      altText: 'De face',
      file: await phonePhoto(640, 480),
    });
    const second = (await anon.sharing.tool({ id: tool })).tool.photoUrl;
    expect(second).toMatch(/-640\.webp$/);
    for (const key of photoKeys(keyOf(first))) expect(await h.services.storage.get(key)).toBeNull();
    for (const key of photoKeys(keyOf(second)))
      expect((await h.services.storage.get(key))?.contentType).toBe('image/webp');

    expect((await failure((await as('member')).sharing.removeToolPhoto({ toolId: tool })))?.code).toBe(
      'not_found',
    );
    await manager.sharing.removeToolPhoto({ toolId: tool });
    expect((await anon.sharing.tool({ id: tool })).tool.photoUrl).toBeNull();
    for (const key of photoKeys(keyOf(second))) expect(await h.services.storage.get(key)).toBeNull();
  });
});

describe('the catalogue’s pages', () => {
  it('goes beyond the first page, with the total', async () => {
    for (let i = 0; i < 60; i += 1) await insertTool(tiersLieu, `Outil paginé ${String(i).padStart(2, '0')}`);
    const anon = (await h.as()).api;
    const first = await anon.sharing.catalogue({ q: 'Outil paginé' });
    expect(first.total).toBe(60);
    expect(first.pageCount).toBe(2);
    expect(first.tools).toHaveLength(48);
    const second = await anon.sharing.catalogue({ q: 'Outil paginé', page: 2 });
    expect(second.page).toBe(2);
    expect(second.tools.map((t) => t.name)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Outil paginé ${String(48 + i).padStart(2, '0')}`),
    );
    const beyond = await anon.sharing.catalogue({ q: 'Outil paginé', page: 5 });
    expect(beyond.tools).toEqual([]);
    expect(beyond.total).toBe(60);
  });
});

describe('editing and deleting resources', () => {
  it('lets the place’s managers edit and delete (the file too), not its members or others', async () => {
    const member = await as('member');
    const { id } = await member.sharing.addResource({
      placeId: fabrique,
      title: 'Kit badges',
      kind: 'kit',
      licence: 'CC0-1.0',
      file: pdf,
    });
    const manager = await as('manager');
    const listed = await manager.sharing.placeResources();
    expect(listed.find((r) => r.id === id)).toMatchObject({ title: 'Kit badges', editable: true });
    expect((await member.sharing.placeResources()).find((r) => r.id === id)?.editable).toBe(false);

    expect((await failure(member.sharing.updateResource({ id, title: 'Piraté' })))?.code).toBe('forbidden');
    expect((await failure((await as('borrowerMember')).sharing.deleteResource({ id })))?.code).toBe(
      'not_found',
    );
    expect(await failure(manager.sharing.updateResource({ id, title: 'Kit', url: 'https://a.fr' }))).toEqual({
      code: 'invalid_input',
      fieldErrors: { url: 'validation.resource.not_both' },
    });
    await manager.sharing.updateResource({
      id,
      title: 'Kit badges découpe laser',
      kind: 'template',
      licence: 'CC-BY-SA-4.0',
      themes: ['prendre_en_main_du_materiel'],
    });
    const edited = await manager.sharing.editResource({ id });
    expect(edited).toMatchObject({
      title: 'Kit badges découpe laser',
      kind: 'template',
      licence: 'CC-BY-SA-4.0',
    });
    const key = keyOf(edited.href);
    expect(await h.services.storage.get(key)).not.toBeNull();

    await manager.sharing.deleteResource({ id });
    expect(await h.services.storage.get(key)).toBeNull();
    expect((await (await h.as()).api.sharing.resources({ q: 'badges' })).map((r) => r.id)).not.toContain(id);
  });
});

describe('a member’s loan requests', () => {
  it('lets a member of the borrowing place request, follow and cancel', async () => {
    const tool = await insertTool(fabrique, 'Imprimante 3D à prêter');
    const borrower = await as('borrowerMember');
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const { id } = await borrower.sharing.requestLoan({
      toolId: tool,
      borrowerPlaceId: tiersLieu,
      from: day(40),
      to: day(42),
    });
    const mine = await borrower.sharing.borrowedLoans();
    expect(mine.map((l) => [l.id, l.status, l.lenderPlaceName, l.actions])).toEqual([
      [id, 'requested', 'Fabrique M', ['cancel']],
    ]);
    // The lending place's plain member sees nothing to follow there: it is not their request.
    expect((await (await as('member')).sharing.borrowedLoans()).map((l) => l.id)).not.toContain(id);
    await borrower.sharing.loanStep({ loanId: id, action: 'cancel' });
    expect((await borrower.sharing.borrowedLoans())[0]?.status).toBe('cancelled');
  });
});
