// data·inclusion's quality signals on a place's page (issue 17, decision 060): readable without JavaScript,
// axe-clean; a manager fixes a blocking signal with the field it links to, and the score goes up.
import { expectNoAxeViolation, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../../tests/e2e/test.ts';

const scoreOf = async (page: Page) =>
  Number(
    (
      await page
        .locator('#data-inclusion')
        .getByText(/Complétude pour data·inclusion/)
        .textContent()
    )?.match(/(\d+)\s%/)?.[1],
  );

async function openKonk(page: Page) {
  await signIn(page, 'gestionnaire@demo.test');
  await page.getByRole('link', { name: /^Modifier la fiche de Konk Ar Lab/ }).click();
  const section = page.locator('#data-inclusion');
  await expect(
    section.getByRole('heading', { level: 2, name: 'Qualité des données (data·inclusion)' }),
  ).toBeVisible();
  return section;
}

test('a manager reads the data·inclusion signals of their place without JavaScript and fixes one', async ({
  browser,
}) => {
  // Without JavaScript (axe needs it: it runs in the page with JavaScript below).
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const section = await openKonk(plain);
  const before = await scoreOf(plain);
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(100);
  await expect(section).toContainText(/\d+ services? publiés?/);
  // The demo's Konk Ar Lab has no public phone or e-mail: blocking, with a link to the phone field.
  const blocking = section.getByRole('region', { name: /Bloquant/ });
  await expect(blocking.getByRole('listitem').filter({ hasText: 'Ni téléphone ni courriel' })).toBeVisible();
  await expect(blocking.getByRole('link', { name: 'Corriger : Téléphone' })).toHaveAttribute(
    'href',
    '#phone',
  );
  // No SIRET: a warning, linked to its field.
  const warnings = section.getByRole('region', { name: /À améliorer/ });
  await expect(warnings.getByRole('listitem').filter({ hasText: 'Pas de numéro SIRET.' })).toBeVisible();
  await expect(
    warnings.getByRole('link', { name: 'Corriger : SIRET ou RNA de la structure' }),
  ).toHaveAttribute('href', '#pivot');

  // With JavaScript: axe-clean; fix the blocking signal, it goes and the score goes up.
  const page = await (await browser.newContext()).newPage();
  const live = await openKonk(page);
  await expectNoAxeViolation(page);
  await page.getByLabel('Téléphone', { exact: true }).fill('02 98 50 00 00');
  await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
  await expect(page.getByText('Fiche enregistrée.')).toBeVisible();
  await expect(live).not.toContainText('Ni téléphone ni courriel');
  expect(await scoreOf(page)).toBeGreaterThan(before);
  await expectNoAxeViolation(page);

  // Leave the demo place as it was for the other tests.
  await page.getByLabel('Téléphone', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
  await expect(page.getByText('Fiche enregistrée.')).toBeVisible();
  await expect(live).toContainText('Ni téléphone ni courriel');
});
