import { expect, test } from '../../../../tests/e2e/test.ts';

// The data·inclusion v1 files of /donnees (decision 060), on the production build with the demo data
// (scripts/e2e.ts). Their validity against the schemas is tested on the same data in @rf/api
// (data-inclusion.integration.test.ts); here, what a harvester gets over HTTP.

test.describe('data·inclusion open data', () => {
  test('the open-data page links to the four files', async ({ page }) => {
    await page.goto('/donnees');
    for (const path of [
      '/donnees/data-inclusion/structures.json',
      '/donnees/data-inclusion/structures.csv',
      '/donnees/data-inclusion/services.json',
      '/donnees/data-inclusion/services.csv',
    ]) {
      await expect(page.locator(`a[href="${path}"]`)).toHaveCount(1);
    }
  });

  test('answers JSON records, cacheable, with a validator', async ({ request }) => {
    const structures = await request.get('/donnees/data-inclusion/structures.json');
    expect(structures.status()).toBe(200);
    expect(structures.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(structures.headers()['cache-control']).toContain('public');
    const etag = structures.headers().etag;
    expect(etag).toMatch(/^W\/"/);
    const records = (await structures.json()) as {
      id: string;
      nom: string;
      reseaux_porteurs: string[] | null;
    }[];
    const konk = records.find((r) => r.nom.startsWith('Konk Ar Lab'));
    expect(konk?.id).toMatch(/^reseau-fabriques--/);
    expect(konk?.reseaux_porteurs).toContain('fabrique-de-territoire');

    const again = await request.get('/donnees/data-inclusion/structures.json', {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status()).toBe(304);

    const services = await request.get('/donnees/data-inclusion/services.json');
    expect(services.headers()['content-type']).toBe('application/json; charset=utf-8');
    const offers = (await services.json()) as { structure_id: string; lien_mobilisation: string }[];
    expect(offers.some((s) => s.structure_id === konk?.id && /\/seances\//.test(s.lien_mobilisation))).toBe(
      true,
    );
  });

  test('answers CSV with the schema’s columns', async ({ request }) => {
    const structures = await request.get('/donnees/data-inclusion/structures.csv');
    expect(structures.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await structures.text()).split('\r\n')[0]).toMatch(/^source,id,nom,date_maj,siret,/);
    const services = await request.get('/donnees/data-inclusion/services.csv');
    expect((await services.text()).split('\r\n')[0]).toMatch(/^source,id,structure_id,nom,description,/);
  });
});
