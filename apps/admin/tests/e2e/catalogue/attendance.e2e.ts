import { expectNoAxeViolation, PHONE, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// A manager takes attendance on a phone: from the console's list of sessions to the sheet, one tap per
// person and one to save. Production builds on a throw-away database with the demo data
// (scripts/e2e.ts): Konk Ar Lab holds a drop-in help session later today with three people booked.
const ADMIN = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';
const SESSION = 'Permanence : mes démarches en ligne';

test.use(PHONE);

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('a manager marks who came, in a few taps, and another place’s manager cannot', async ({
  page,
  browser,
}) => {
  await signIn(page, 'gestionnaire@demo.test', ADMIN);
  await page
    .getByRole('region', { name: /^Konk Ar Lab/ })
    .getByRole('link', { name: new RegExp(`^Noter les présences de ${SESSION}`) })
    .click();
  await expect(page).toHaveURL(/\/seances\/[0-9a-f-]{36}\/presences$/);
  await expect(heading1(page)).toHaveText('Présences');
  await expect(page.getByText(new RegExp(`^${SESSION}, `))).toBeVisible();
  // Counts first (the demo's three people are still to be marked on a fresh database).
  await expect(
    page.getByText(/^Présentes : \d+\. Excusées : \d+\. Absentes sans prévenir : \d+\. À noter : \d+\.$/),
  ).toBeVisible();
  await expectNoAxeViolation(page);

  // Saving with nobody marked (a fresh sheet) says so in the summary, which leads to the first person.
  if (await page.getByText(/À noter : 3\.$/).isVisible()) {
    await page.getByRole('button', { name: 'Enregistrer les présences' }).tap();
    const none = 'Choisissez présent·e, excusé·e ou absent·e pour au moins une personne.';
    await expect(page.getByRole('alert').getByRole('link', { name: none })).toBeVisible();
    await expect(page).toHaveURL(/\/presences$/);
    await expectNoAxeViolation(page);
  }

  // One tap per person, one to save.
  await page.getByRole('group', { name: 'Josiane' }).getByLabel('Présent·e').tap();
  await page.getByRole('group', { name: 'Karim' }).getByLabel('Absent·e').tap();
  await page.getByRole('group', { name: 'Lucie' }).getByLabel('Excusé·e').tap();
  await page.getByRole('button', { name: 'Enregistrer les présences' }).tap();

  await expect(page.getByText('Présences enregistrées.')).toBeVisible();
  await expect(page).toHaveURL(/\/presences\?enregistre$/);
  await expect(
    page.getByText('Présentes : 1. Excusées : 1. Absentes sans prévenir : 1. À noter : 0.'),
  ).toBeVisible();
  // What was saved is what the sheet shows when it comes back.
  await expect(page.getByRole('group', { name: 'Josiane' }).getByLabel('Présent·e')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Karim' }).getByLabel('Absent·e')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Lucie' }).getByLabel('Excusé·e')).toBeChecked();
  await expectNoAxeViolation(page);

  // The manager of La Machinerie is refused the sheet of Konk Ar Lab's session.
  const sheetUrl = page.url().replace(/\?.*$/, '');
  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await signIn(otherPage, 'gestionnaire-b@demo.test', ADMIN);
    const response = await otherPage.goto(sheetUrl);
    expect(response?.status()).toBe(403);
    await expect(otherPage.getByText('Josiane')).toHaveCount(0);
  } finally {
    await other.close();
  }
});
