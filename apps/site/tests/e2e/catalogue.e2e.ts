import { expectNoAxeViolation } from '../../../../tests/e2e/support.ts';
import { expect, test } from '../../../../tests/e2e/test.ts';

// Production builds on a throw-away database with the demo data (scripts/e2e.ts): Konk Ar Lab offers a
// free smartphone workshop (3 sessions), a laser training on membership (2) and a free repair café (1).

/** RFC 5545 content lines: CRLF ends, folded lines (CRLF then a space) joined back. */
function contentLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

test.describe('catalogue of workshops', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('filter by theme and free only, then open a session', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Ateliers et formations' }).first().click();
      await expect(page).toHaveURL(/\/ateliers$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ateliers et formations');
      // Both are there before filtering.
      await expect(page.getByRole('link', { name: 'Initiation à la découpe laser' }).first()).toBeVisible();

      await page
        .getByLabel('Thème')
        .selectOption({ label: 'Prendre en main un ordinateur, une tablette, un smartphone' });
      await page.getByLabel('Gratuits seulement').check();
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await expect(page).toHaveURL(/[?&]theme=prendre_en_main_du_materiel/);
      await expect(page).toHaveURL(/[?&]gratuit=1/);
      await expect(page.getByLabel('Gratuits seulement')).toBeChecked();

      const smartphone = page.getByRole('link', { name: 'Prendre en main son smartphone' });
      await expect(smartphone.first()).toBeVisible();
      // The laser training is on membership: not free, filtered out.
      await expect(page.getByRole('link', { name: 'Initiation à la découpe laser' })).toHaveCount(0);
      await expect(page.getByRole('status')).toHaveText(/^\d+ séances? trouvées?/);
      await expect(page.getByText(/places? restantes?/).first()).toBeVisible();

      await smartphone.first().click();
      await expect(page).toHaveURL(/\/seances\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Prendre en main son smartphone');
    });
  });

  test('a place’s agenda downloads as an iCalendar of its sessions', async ({ page, request }) => {
    await page.goto('/lieux/konk-ar-lab');
    const link = page.getByRole('link', { name: /S’abonner à l’agenda de ce lieu/ });
    await expect(link).toHaveAttribute('href', '/lieux/konk-ar-lab/agenda.ics');

    const response = await request.get('/lieux/konk-ar-lab/agenda.ics');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(response.headers()['cache-control']).toMatch(/max-age=\d+/);
    const ics = await response.text();
    const lines = contentLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(events).toBeGreaterThanOrEqual(6);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(events);
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(events);
    expect(lines.filter((l) => /^DTSTART:\d{8}T\d{6}Z$/.test(l))).toHaveLength(events);
    expect(lines).toContain('SUMMARY:Prendre en main son smartphone');
    expect(lines.some((l) => /^URL;VALUE=URI:https?:\/\/.+\/seances\/[0-9a-f-]{36}$/.test(l))).toBe(true);
    // Published to subscribers (not an invitation), each event with its revision (decision 052).
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines.filter((l) => /^SEQUENCE:\d+$/.test(l))).toHaveLength(events);
    // No physical line longer than 75 octets.
    for (const physical of ics.split('\r\n')) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);

    expect((await request.get('/lieux/aucun-lieu-de-ce-nom/agenda.ics')).status()).toBe(404);
  });

  test('the network’s agenda is a calendar too, for every place or one département', async ({
    page,
    request,
  }) => {
    await page.goto('/ateliers');
    await expect(page.getByRole('link', { name: /S’abonner à l’agenda du réseau/ })).toHaveAttribute(
      'href',
      '/ateliers/agenda.ics',
    );
    const all = await request.get('/ateliers/agenda.ics');
    expect(all.status()).toBe(200);
    expect(all.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(all.headers()['cache-control']).toMatch(/^public, max-age=\d+/);
    const lines = contentLines(await all.text());
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('SUMMARY:Prendre en main son smartphone');
    const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;

    const finistere = contentLines(await (await request.get('/ateliers/agenda.ics?departement=29')).text());
    const inFinistere = finistere.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(inFinistere).toBeGreaterThan(0);
    expect(inFinistere).toBeLessThan(events);
    // A code that is no département is no feed, and never an error page.
    for (const departement of ['999', '%27%20or%201%3D1', 'x'.repeat(5000)])
      expect((await request.get(`/ateliers/agenda.ics?departement=${departement}`)).status()).toBe(404);
  });

  test('a session page tells search engines and agendas what it is: a schema.org Event', async ({
    page,
    request,
  }) => {
    await page.goto('/ateliers');
    await page
      .getByRole('link', { name: /Prendre en main son smartphone/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/seances\/[0-9a-f-]{36}$/);
    const url = page.url();
    // In the HTML the server sends, for readers without JavaScript (and crawlers).
    const html = await (await request.get(new URL(url).pathname)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
    expect(blocks).toHaveLength(1);
    const event = JSON.parse(blocks[0]?.[1] ?? '');
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Prendre en main son smartphone',
      eventStatus: 'https://schema.org/EventScheduled',
      offers: { '@type': 'Offer', priceCurrency: 'EUR' },
    });
    expect(new URL(event.url).pathname).toBe(new URL(url).pathname);
    expect(new URL(event.offers.url).pathname).toBe(new URL(url).pathname);
    for (const date of [event.startDate, event.endDate]) expect(Number.isNaN(Date.parse(date))).toBe(false);
    expect(Date.parse(event.endDate)).toBeGreaterThan(Date.parse(event.startDate));
    const place = Array.isArray(event.location) ? event.location[0] : event.location;
    expect(['Place', 'VirtualLocation']).toContain(place['@type']);
    expect(event.remainingAttendeeCapacity).toBeLessThanOrEqual(event.maximumAttendeeCapacity);
    expect(event.offers.availability).toMatch(
      /^https:\/\/schema\.org\/(InStock|LimitedAvailability|SoldOut|PreOrder|OutOfStock)$/,
    );
    // Nobody's name or contact in it beyond the facilitator the page shows.
    expect(JSON.stringify(event)).not.toMatch(/@(?!context|type)[a-z]/i);
  });

  test('the catalogue links to each place’s agenda', async ({ page }) => {
    await page.goto('/ateliers?q=repair');
    const feed = page.getByRole('link', { name: /^Agenda de Konk Ar Lab/ }).first();
    await expect(feed).toHaveAttribute('href', '/lieux/konk-ar-lab/agenda.ics');
  });

  test('axe finds nothing on the catalogue, filtered or empty', async ({ page }) => {
    await page.goto('/ateliers');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ateliers et formations');
    await expectNoAxeViolation(page);
    await page.goto('/ateliers?pres=Concarneau&rayon=25&gratuit=1');
    await expectNoAxeViolation(page);
    await page.goto('/ateliers?q=zzzzzz');
    await expect(
      page.getByRole('heading', { name: 'Aucune séance ne correspond à votre recherche' }),
    ).toBeVisible();
    await expectNoAxeViolation(page);
  });
});
