import { bookingStatuses, createFloodableSessions } from '../../../../tests/e2e/database.ts';
import { PASSWORD } from '../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// A resident with an account, without JavaScript, books a workshop in one click, then manages it from their
// member space (/espace): changes its date, then cancels it, with a confirmation step (issue 14). The
// sessions are a workshop of their own (createFloodableSessions), so no other test sees them.

const RESIDENT = { email: 'resident@demo.test', firstName: 'Camille Habitante' };

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('managing one’s own bookings from the member space, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('books, changes the date, then cancels from /espace', async ({ page }) => {
    const [firstPath, secondPath] = await createFloodableSessions(2);
    const firstId = firstPath?.split('/').pop() as string;
    const secondId = secondPath?.split('/').pop() as string;

    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(RESIDENT.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page).toHaveURL(/\/espace$/);

    // One click: the booking is on the account.
    await page.goto(firstPath as string);
    const title = (await heading1(page).textContent())?.trim() as string;
    await page.getByRole('button', { name: 'Je m’inscris' }).click();
    await expect(heading1(page)).toHaveText('C’est fait : vous êtes inscrit·e');

    // Listed in the space, with its actions.
    await page.goto('/espace');
    const row = page.getByRole('row', { name: new RegExp(title) });
    await expect(row).toBeVisible();
    await expect(row.getByRole('button', { name: /^Annuler/ })).toBeVisible();

    // Changing the date: the other date of the workshop.
    await row.getByRole('link', { name: /^Changer de date/ }).click();
    await expect(page).toHaveURL(/\/espace\/inscriptions\/[0-9a-f-]{36}$/);
    await expect(heading1(page)).toHaveText('Changer de date');
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Changer pour cette date' }).click();
    await expect(page.getByText(/C’est fait : vous êtes inscrit·e le/)).toBeVisible();
    expect(await bookingStatuses(firstId)).toEqual({});
    expect(await bookingStatuses(secondId)).toEqual({ [RESIDENT.firstName]: 'confirmed' });

    // Cancelling asks first; "no" keeps the booking.
    await page.getByRole('link', { name: 'Retour à mon espace' }).click();
    await expect(heading1(page)).toHaveText('Mon espace');
    await row.getByRole('button', { name: /^Annuler/ }).click();
    await expect(page.getByRole('heading', { name: 'Annuler cette inscription ?' })).toBeVisible();
    await expect(
      page.getByText(new RegExp(`${title}, le .*Votre place ira à la personne suivante`)),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Non, garder mon inscription' }).click();
    await expect(page.getByRole('heading', { name: 'Annuler cette inscription ?' })).toHaveCount(0);
    expect(await bookingStatuses(secondId)).toEqual({ [RESIDENT.firstName]: 'confirmed' });

    // Then yes: said in plain French, and the row is gone.
    await row.getByRole('button', { name: /^Annuler/ }).click();
    await page.getByRole('button', { name: 'Oui, j’annule mon inscription' }).click();
    await expect(
      page.getByText(new RegExp(`Votre inscription à « ${title} » du .* est annulée\\.`)),
    ).toBeVisible();
    await expect(row).toHaveCount(0);
    expect(await bookingStatuses(secondId)).toEqual({ [RESIDENT.firstName]: 'cancelled' });
  });
});
