import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import { type Browser, expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// A quarter's report from draft to validation, as the two people doing it: Konk Ar Lab's manager
// (the demo opened the current quarter's draft) and the network admin.

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

/** "4e trimestre 2026": the quarter of today in Paris, or the one before (`back` = 1). */
function quarterLabel(back = 0): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  const index = year * 4 + Math.floor((month - 1) / 3) - back;
  const quarter = (index % 4) + 1;
  return `${quarter === 1 ? '1er' : `${quarter}e`} trimestre ${Math.floor(index / 4)}`;
}

test('a manager completes and submits the quarter’s report; the admin sends it back, then validates it', async ({
  browser,
}) => {
  const quarter = quarterLabel();
  const viewLink = `Voir le bilan « ${quarter} » de Konk Ar Lab`;

  // The manager finds the current quarter among the place's reports and opens it.
  const manager = await signedIn(browser, 'gestionnaire@demo.test');
  await manager.getByRole('link', { name: 'Bilans', exact: true }).click();
  await expect(manager.getByRole('heading', { level: 1, name: 'Bilans d’activité' })).toBeVisible();
  await expectNoAxeViolation(manager);
  await manager.getByRole('link', { name: viewLink }).first().click();
  await expect(
    manager.getByRole('heading', { level: 1, name: `Bilan « ${quarter} » — Konk Ar Lab` }),
  ).toBeVisible();

  // Figures computed from the place's activity records, themes included.
  const activity = manager.getByRole('table', { name: 'Activité' });
  const recordsRow = activity.getByRole('row', { name: /^Activités enregistrées/ });
  await expect(recordsRow.getByRole('cell').first()).toHaveText(/^[1-9]\d*$/);
  await expect(
    manager.getByRole('table', { name: 'Participants par thème' }).getByRole('row', {
      name: /Intelligence artificielle/,
    }),
  ).toBeVisible();
  await expectNoAxeViolation(manager);

  // A correction needs its justification: the error is given next to the field.
  await manager.getByLabel('Valeur corrigée : Participants', { exact: true }).fill('40');
  await manager
    .getByLabel(/^Récit du trimestre/)
    .fill('Un trimestre d’ateliers sur l’intelligence artificielle.');
  await manager.getByRole('button', { name: 'Envoyer le bilan pour validation' }).click();
  await expect(
    manager.getByLabel('Justification : Participants', { exact: true }),
  ).toHaveAccessibleDescription(/Expliquez pourquoi vous corrigez ce chiffre/);
  await manager
    .getByLabel('Justification : Participants', { exact: true })
    .fill('Un atelier du 3 octobre n’a pas été saisi.');
  await manager.getByRole('button', { name: 'Envoyer le bilan pour validation' }).click();
  await expect(manager.getByText('Bilan envoyé à l’équipe du réseau.')).toBeVisible();
  await expect(manager.getByText(/Envoyé par Gwenn Coordinatrice le/)).toBeVisible();
  await expect(manager.getByRole('button', { name: 'Envoyer le bilan pour validation' })).toHaveCount(0);
  const reportUrl = manager.url().replace(/\?.*$/, '');

  // The admin finds it in the review queue and sends it back; a comment is required.
  const admin = await signedIn(browser, 'admin@demo.test');
  await admin.goto('/rapports');
  const queue = admin.getByRole('region', { name: 'À valider' });
  await queue.getByRole('link', { name: viewLink }).click();
  await expect(admin.getByRole('row', { name: /^Participants 40 \(corrigé/ })).toBeVisible();
  await admin.getByRole('button', { name: 'Renvoyer pour correction' }).click();
  await expect(admin.getByLabel(/^Commentaire pour le lieu/)).toHaveAccessibleDescription(
    /Dites ce qu’il faut corriger/,
  );
  await admin.getByLabel(/^Commentaire pour le lieu/).fill('Précisez les publics touchés dans le récit.');
  await admin.getByRole('button', { name: 'Renvoyer pour correction' }).click();
  await expect(admin.getByText('Bilan renvoyé au lieu avec votre commentaire.')).toBeVisible();
  await expectNoAxeViolation(admin);

  // The manager reads the comment, fixes the narrative and submits again.
  await manager.goto(reportUrl);
  await expect(manager.getByText('Précisez les publics touchés dans le récit.').first()).toBeVisible();
  await expect(manager.getByText(/Renvoyé pour correction par Ada Réseau le/)).toBeVisible();
  await manager
    .getByLabel(/^Récit du trimestre/)
    .fill(
      'Un trimestre d’ateliers sur l’intelligence artificielle, surtout pour des retraités et des actifs.',
    );
  await manager.getByRole('button', { name: 'Envoyer le bilan pour validation' }).click();
  await expect(manager.getByText('Bilan envoyé à l’équipe du réseau.')).toBeVisible();

  // The admin validates: the report is locked, with who and when, and its history.
  await admin.goto(reportUrl);
  await admin.getByRole('button', { name: 'Valider le bilan' }).click();
  await expect(admin.getByText('Bilan validé. Il est maintenant verrouillé.')).toBeVisible();
  await expect(admin.getByText(/Validé par Ada Réseau le .*verrouillé/)).toBeVisible();
  const history = admin.getByRole('region', { name: 'Historique' });
  await expect(history.getByRole('listitem')).toContainText([
    'Gwenn Coordinatrice a envoyé le bilan.',
    'Ada Réseau a renvoyé le bilan pour correction.',
    'Gwenn Coordinatrice a envoyé le bilan.',
    'Ada Réseau a validé le bilan.',
  ]);
  await expectNoAxeViolation(admin);

  // Locked for the manager too: read-only, no form left.
  await manager.goto(reportUrl);
  await expect(manager.getByText(/Ce bilan est verrouillé/)).toBeVisible();
  await expect(manager.getByRole('button', { name: 'Enregistrer le brouillon' })).toHaveCount(0);
  await expect(manager.getByText(/surtout pour des retraités et des actifs/)).toBeVisible();
  await expectNoAxeViolation(manager);

  // The admin reopens the period, saying why: the report goes back to the place, editable again (036).
  await admin.goto(reportUrl);
  await admin.getByRole('button', { name: 'Rouvrir la période' }).click();
  await expect(admin.getByText('Dites pourquoi vous rouvrez la période.').first()).toBeVisible();
  await admin.getByLabel('Motif de la réouverture').fill('Un atelier du trimestre manque.');
  await admin.getByRole('button', { name: 'Rouvrir la période' }).click();
  await expect(
    admin.getByText('Période rouverte : le bilan est renvoyé au lieu avec votre motif.'),
  ).toBeVisible();
  await expectNoAxeViolation(admin);
  await manager.goto(reportUrl);
  await expect(manager.getByText('Un atelier du trimestre manque.').first()).toBeVisible();
  await expect(manager.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeVisible();
});

test('without JavaScript, a manager opens the previous quarter’s report and saves a draft', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill('gestionnaire-b@demo.test');
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));

  const quarter = quarterLabel(1);
  await page.goto('/rapports');
  await page.getByRole('button', { name: `Ouvrir le bilan « ${quarter} » de La Machinerie` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Bilan « ${quarter} » — La Machinerie` }),
  ).toBeVisible();
  await expect(page.getByText(/Ce bilan est en cours de rédaction/)).toBeVisible();

  // A figure that is not a number is refused next to its field; what was typed stays.
  await page.getByLabel('Valeur corrigée : Activités enregistrées', { exact: true }).fill('douze');
  await page.getByLabel('Justification : Activités enregistrées', { exact: true }).fill('Fiches papier');
  await page.getByLabel(/^Récit du trimestre/).fill('Premier bilan de La Machinerie.');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(
    page.getByLabel('Valeur corrigée : Activités enregistrées', { exact: true }),
  ).toHaveAccessibleDescription(/Indiquez un nombre positif/);
  await expect(page.getByLabel(/^Récit du trimestre/)).toHaveValue('Premier bilan de La Machinerie.');

  await page.getByLabel('Valeur corrigée : Activités enregistrées', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Bilan enregistré.')).toBeVisible();
  await expect(page.getByLabel('Valeur corrigée : Activités enregistrées', { exact: true })).toHaveValue(
    '12',
  );
  await expect(page.getByLabel('Justification : Activités enregistrées', { exact: true })).toHaveValue(
    'Fiches papier',
  );
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText(
    'Bastien Coordinateur a modifié : le récit, les corrections.',
  );
});
