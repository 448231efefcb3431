import { createFloodableSessions, personTraces } from '../../../../tests/e2e/database.ts';
import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// A resident, without JavaScript, books a workshop, downloads what the platform holds about the booking
// from the private link, then erases it: the seat is given back, the link stops working, and the database
// holds nothing that names them (docs/decisions/034). The session is one of its own (createFloodableSessions),
// so no other test sees it.

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('erasing one’s data from the private link, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('books, downloads the data, erases it, and nothing names the person any more', async ({ page }) => {
    const [sessionPath] = await createFloodableSessions(1);
    const sessionId = sessionPath?.split('/').pop() as string;
    const person = { firstName: 'Nolwenn-Effacée', email: `effacement-${Date.now()}@exemple.fr` };

    // The public page says what is kept and for how long; the footer links to it.
    await page.goto('/');
    await page.getByRole('link', { name: /^Données personnelles/ }).click();
    await expect(heading1(page)).toHaveText('Vos données personnelles');
    await expect(
      page.getByRole('row', { name: /venus ou attendus.*\d+ jours après la séance/ }),
    ).toBeVisible();
    await expect(page.getByRole('row', { name: /liste d’attente.*\d+ jours après la séance/ })).toBeVisible();
    await expect(
      page.getByRole('row', { name: /Nombre d’essais.*3 jours au plus après le dernier essai/ }),
    ).toBeVisible();

    // Booking.
    await page.goto(sessionPath as string);
    await page.getByRole('textbox', { name: /^Prénom/ }).fill(person.firstName);
    await page.getByLabel('Adresse e-mail').fill(person.email);
    await page.getByLabel(/J’accepte que le lieu garde/).check();
    await page.getByRole('button', { name: 'Je m’inscris' }).click();
    await expect(heading1(page)).toHaveText('C’est fait : vous êtes inscrit·e');
    const link = (await page
      .getByRole('link', { name: 'Voir ou annuler mon inscription' })
      .getAttribute('href')) as string;
    expect((await personTraces(sessionId, person)).naming).toBe(1);

    // The private link offers the data as a file.
    await page.goto(link);
    await expect(heading1(page)).toHaveText('Mon inscription');
    const download = await page.request.get(`${link}/donnees.json`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain('attachment');
    expect(await download.json()).toMatchObject({
      kind: 'booking',
      data: { firstName: person.firstName, email: person.email, status: 'confirmed' },
    });

    // Erasing asks first; "no" keeps everything.
    await page.getByRole('button', { name: 'Effacer mes données' }).click();
    await expect(page.getByRole('heading', { name: 'Effacer vos données ?' })).toBeVisible();
    await page.getByRole('link', { name: 'Non, garder mon inscription' }).click();
    await expect(heading1(page)).toHaveText('Mon inscription');
    expect((await personTraces(sessionId, person)).naming).toBe(1);

    // Then yes.
    await page.getByRole('button', { name: 'Effacer mes données' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(heading1(page)).toHaveText('Vos données sont effacées');
    await expect(page.getByText('Ce lien ne fonctionne plus.', { exact: false })).toBeVisible();

    // The seat was given back, the row keeps only what the statistics need, nothing names the person.
    const traces = await personTraces(sessionId, person);
    expect(traces.naming).toBe(0);
    expect(traces.session).toEqual([{ status: 'cancelled', erased: true, firstName: '—' }]);
    // The private link and the file are gone.
    const again = await page.goto(link);
    expect(again?.status()).toBe(404);
    expect((await page.request.get(`${link}/donnees.json`)).status()).toBe(404);
  });
});
