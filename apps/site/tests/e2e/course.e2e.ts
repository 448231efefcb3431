import { countBookings, createCourse } from '../../../../tests/e2e/database.ts';
import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// A training booked as a whole (decision 044), without JavaScript: a later session's page sends to the
// first one; booking there takes a seat at every session, and the confirmation and the private link list
// every date. The course is made for this test (tests/e2e/database.ts).

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('booking a course as a whole, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('books every session from the first one and sees all dates', async ({ page }) => {
    const email = `course-${Date.now()}@exemple.fr`;
    const [first, second] = await createCourse(3);

    // A later session is not booked on its own: its page points to the first one.
    await page.goto(second as string);
    await expect(
      page.getByText('Ce cycle se réserve en entier, à partir de sa première séance.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Je m’inscris' })).toHaveCount(0);
    await expect(page.getByTestId('course-dates').getByRole('listitem')).toHaveCount(3);
    await page.getByRole('link', { name: 'Voir la première séance et s’inscrire au cycle' }).click();
    await expect(page).toHaveURL(new RegExp(`${first}$`));

    // The first session says that booking takes a seat at every session, and lists them.
    await expect(
      page.getByText(/une seule inscription vous réserve une place à chacune de ses séances/),
    ).toBeVisible();
    await expect(page.getByTestId('course-dates').getByRole('listitem')).toHaveCount(3);
    await page.getByRole('textbox', { name: /^Prénom/ }).fill('Dominique');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel(/J’accepte que le lieu garde/).check();
    await page.getByRole('button', { name: 'Je m’inscris' }).click();

    // The confirmation lists the three dates; three seats are held.
    await expect(heading1(page)).toHaveText('C’est fait : vous êtes inscrit·e');
    await expect(page.getByText('Votre inscription vaut pour toutes les séances du cycle :')).toBeVisible();
    await expect(page.getByTestId('course-dates').getByRole('listitem')).toHaveCount(3);
    expect(await countBookings([email])).toBe(3);

    // The private link lists them too, cancels them together, and offers no other date.
    const link = await page
      .getByRole('link', { name: 'Voir ou annuler mon inscription' })
      .getAttribute('href');
    await page.goto(link as string);
    await expect(heading1(page)).toHaveText('Mon inscription');
    await expect(page.getByTestId('course-dates').getByRole('listitem')).toHaveCount(3);
    await expect(
      page.getByText('Annuler votre inscription l’annule pour toutes les séances du cycle.'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Changer de date' })).toHaveCount(0);
  });
});
