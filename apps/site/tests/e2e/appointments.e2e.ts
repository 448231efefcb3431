import { mobile } from '../../../../tests/e2e/phone.ts';
import { expectNoAxeViolationWithoutScripts, PHONE } from '../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// A resident on a phone, without JavaScript, books an appointment with a médiateur of Konk Ar Lab (demo
// data: weekday availabilities), gets the confirmation page, opens the private link and cancels.

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('booking an appointment without an account, on a phone, without JavaScript', () => {
  test.use({ ...PHONE, javaScriptEnabled: false });

  test('chooses how, a day and a time, books, sees the confirmation, and cancels from the private link', async ({
    page,
  }) => {
    await page.goto('/lieux/konk-ar-lab');
    await page.getByRole('link', { name: 'Prendre rendez-vous avec un médiateur' }).click();
    await expect(page).toHaveURL(/\/lieux\/konk-ar-lab\/rendez-vous$/);
    await expect(heading1(page)).toHaveText('Prendre rendez-vous');
    await expectNoAxeViolationWithoutScripts(page);

    // 1. How: by phone (a GET form: the choice is in the address).
    await page.getByRole('radio', { name: 'Par téléphone' }).check();
    await page.getByRole('button', { name: 'Voir les créneaux' }).click();
    await expect(page).toHaveURL(/modalite=telephone/);

    // 2. A day, 3. a time: any of them (other runs may book on the same demo data at the same time).
    const days = page.getByRole('region', { name: '2. Choisissez un jour' });
    // count() does not wait: let the page that answered the form render its days first.
    await expect(days.getByRole('link').first()).toBeVisible();
    const dayCount = await days.getByRole('link').count();
    expect(dayCount).toBeGreaterThan(0);
    await days
      .getByRole('link')
      .nth(Math.floor(Math.random() * dayCount))
      .click();
    await expect(page).toHaveURL(/jour=\d{4}-\d{2}-\d{2}/);
    const times = page.getByRole('region', { name: /^3\. Choisissez une heure/ });
    await expect(times.getByRole('link').first()).toHaveAccessibleName(
      /^\d{2}:\d{2}, pendant \d{2} minutes$/,
    );
    await expectNoAxeViolationWithoutScripts(page);
    const timeCount = await times.getByRole('link').count();
    await times
      .getByRole('link')
      .nth(Math.floor(Math.random() * timeCount))
      .click();
    await expect(page.getByRole('heading', { level: 2, name: '4. Vos coordonnées' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Par téléphone' })).toBeChecked();

    // Sent empty, the form says what is missing next to each field.
    await page.getByRole('button', { name: 'Je prends ce rendez-vous' }).click();
    await expect(page.getByText('Indiquez votre prénom.').first()).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Prénom/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolationWithoutScripts(page);

    await page.getByRole('textbox', { name: /^Prénom/ }).fill('Yannick');
    await page.getByLabel('Numéro de téléphone').fill(mobile().typed);
    await page.getByLabel('Pour quoi ? (facultatif)').fill('Installer l’application de ma banque');
    await page.getByLabel(/J’accepte que le lieu garde/).check();
    await page.getByRole('button', { name: 'Je prends ce rendez-vous' }).click();

    await expect(heading1(page)).toHaveText('Rendez-vous confirmé');
    await expect(page.getByText(/par téléphone, à Konk Ar Lab/)).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);
    const link = await page
      .getByRole('link', { name: 'Voir ou annuler mon rendez-vous' })
      .getAttribute('href');
    expect(link).toMatch(/^\/rendez-vous\/[\w-]{40,}$/);

    // The private link: the appointment, then cancelling it.
    await page.goto(link ?? '');
    await expect(heading1(page)).toHaveText('Mon rendez-vous');
    await expect(page.getByText('Confirmé', { exact: true })).toBeVisible();
    await expect(page.getByText('Yannick', { exact: true })).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);
    await page.getByRole('button', { name: 'Annuler mon rendez-vous' }).click();
    await expect(heading1(page)).toHaveText('Rendez-vous annulé');
    await expect(page.getByText('Annulé', { exact: true })).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);
  });

  test('asks before booking with a landline alone, then says on the confirmation that no SMS will come', async ({
    page,
  }) => {
    await page.goto('/lieux/konk-ar-lab/rendez-vous?modalite=telephone');
    const days = page.getByRole('region', { name: '2. Choisissez un jour' });
    await expect(days.getByRole('link').first()).toBeVisible();
    await days
      .getByRole('link')
      .nth(Math.floor(Math.random() * (await days.getByRole('link').count())))
      .click();
    const times = page.getByRole('region', { name: /^3\. Choisissez une heure/ });
    await expect(times.getByRole('link').first()).toBeVisible();
    await times
      .getByRole('link')
      .nth(Math.floor(Math.random() * (await times.getByRole('link').count())))
      .click();
    await expect(page.getByText(/Seuls les portables reçoivent la confirmation et un rappel/)).toBeVisible();
    const digits = String(Date.now()).slice(-6);
    const landline = `02 98 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
    await page.getByRole('textbox', { name: /^Prénom/ }).fill('Maïwenn');
    await page.getByLabel('Numéro de téléphone').fill(landline);
    await page.getByLabel(/J’accepte que le lieu garde/).check();
    await page.getByRole('button', { name: 'Je prends ce rendez-vous' }).click();

    await expect(page.getByRole('heading', { name: 'Ce numéro ne peut pas recevoir de SMS' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Prénom/ })).toHaveValue('Maïwenn');
    await expect(page.getByLabel('Numéro de téléphone')).toHaveValue(landline);
    await expectNoAxeViolationWithoutScripts(page);
    await page.getByRole('button', { name: 'Réserver quand même avec ce numéro' }).click();
    await expect(heading1(page)).toHaveText('Rendez-vous confirmé');
    await expect(page.getByText(/Ce numéro est un téléphone fixe : il ne reçoit pas de SMS/)).toBeVisible();
  });
});
