import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// Production builds on a throw-away database with the demo data (scripts/e2e.ts). The tile server is
// the default OpenStreetMap one: every tile request is aborted here, as when it cannot be reached.

const TILE_HOST = /^https:\/\/tile\.openstreetmap\.org\//;

async function blockTiles(page: Page) {
  const blocked: string[] = [];
  await page.route(TILE_HOST, (route) => {
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return blocked;
}

test.describe('directory map', () => {
  test('shows clustered markers from the search over France’s outline, with no tile server', async ({
    page,
  }) => {
    const blocked = await blockTiles(page);
    const geojson = page.waitForResponse((r) => new URL(r.url()).pathname === '/lieux.geojson');
    await page.goto('/lieux');
    const map = page.getByRole('region', { name: 'Carte interactive des lieux trouvés' });
    await expect(map).toBeVisible();
    // The map loads once it comes near the screen (below the filters, it may not be at first).
    await map.scrollIntoViewIfNeeded();
    expect((await geojson).status()).toBe(200);
    await expect(map).toHaveAttribute('data-state', 'ready');
    // The outline comes from the app, not from tiles: it draws although every tile failed.
    await expect(map).toHaveAttribute('data-outline', 'drawn');
    await expect(map.locator('path.rf-map-outline')).toHaveCount(1);
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    // Markers: single places are links to their page, groups are buttons that zoom in.
    const markers = map.locator('.rf-map-pin, .rf-map-cluster');
    await expect(markers.first()).toBeVisible();
    const places = Number(await map.getAttribute('data-places'));
    expect(places).toBeGreaterThan(1);
    // Activating a group zooms in until single places show (bounded: the demo data has a few dozen).
    const pins = map.locator('a.rf-map-pin');
    for (let i = 0; i < 10 && (await pins.count()) === 0; i += 1) {
      const cluster = map.getByRole('button', { name: /lieux ici : zoomer/ }).first();
      const id = await cluster.getAttribute('data-cluster-id');
      await cluster.click();
      await expect(map.locator(`[data-cluster-id="${id}"]`)).toHaveCount(0);
    }
    await expect(pins.first()).toHaveAttribute('href', /^\/lieux\/[a-z0-9-]+$/);
  });

  test('a marker leads to the place page; the search narrows the markers', async ({ page }) => {
    await blockTiles(page);
    await page.goto('/lieux?q=konk+ar+lab');
    const map = page.getByRole('region', { name: 'Carte interactive des lieux trouvés' });
    await map.scrollIntoViewIfNeeded();
    await expect(map).toHaveAttribute('data-state', 'ready');
    await expect(map).toHaveAttribute('data-places', '1');
    await map.getByRole('link', { name: /Konk Ar Lab/ }).click();
    await expect(page).toHaveURL(/\/lieux\/konk-ar-lab$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Konk Ar Lab');
  });

  test('the map can be skipped, and axe finds nothing with it on the page', async ({ page }) => {
    await blockTiles(page);
    await page.goto('/lieux');
    const map = page.getByRole('region', { name: 'Carte interactive des lieux trouvés' });
    await map.scrollIntoViewIfNeeded();
    await expect(map).toHaveAttribute('data-state', 'ready');
    await page.getByRole('link', { name: 'Passer la carte et aller à la liste des résultats' }).click();
    await expect(page).toHaveURL(/#resultats$/);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });

  test('on a phone, nothing of the map loads until someone scrolls to it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await blockTiles(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/lieux');
    const map = page.getByRole('region', { name: 'Carte interactive des lieux trouvés' });
    // Rendered once the page has hydrated, below the search form; two frames let the observer report.
    await expect(map).toHaveAttribute('data-state', 'loading');
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(requested.filter((path) => /leaflet|geojson/.test(path))).toEqual([]);
    await map.scrollIntoViewIfNeeded();
    await expect(map).toHaveAttribute('data-state', 'ready');
    expect(requested).toContain('/lieux.geojson');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the list and the filters work, and no map script is loaded', async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto('/lieux');
      await page.getByLabel('Rechercher', { exact: true }).fill('concarnau');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await expect(page).toHaveURL(/[?&]q=concarnau/);
      await expect(page.getByRole('link', { name: /Konk Ar Lab/ }).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Carte des lieux' })).toHaveCount(0);
      // Nor in the HTML: Leaflet is a lazy chunk, never preloaded by the page.
      const html = await page.content();
      expect(html).not.toMatch(/leaflet/i);
      expect(requested.filter((u) => /leaflet|geojson|tile\.openstreetmap/.test(u))).toEqual([]);
    });
  });
});
