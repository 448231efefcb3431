import { expectNoAxeViolation, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, test } from '../../../../../tests/e2e/test.ts';

test('a network admin records a funding agreement and a disbursement, and finds them in the journal', async ({
  page,
  browser,
}) => {
  // The network team's whole day in one story (funding, labels, moderation): longer than the default.
  test.setTimeout(120_000);
  // A fabrique of our own, so that the run does not depend on the demo's agreements.
  const word = `Quinconce${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}`;
  const name = `Fabrique ${word}`;
  await signIn(page, 'admin@demo.test');

  // A wave of the AMI, created as a draft, then opened.
  const wave = `Vague ${word}`;
  await page.getByRole('link', { name: 'Vagues', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vagues de l’AMI' })).toBeVisible();
  await page.getByLabel(/^Nom de la vague/).fill(wave);
  await page.getByLabel(/^Ouverture/).fill('2026-01-01');
  await page.getByLabel(/^Clôture prévue/).fill('2025-12-01');
  await page.getByRole('button', { name: 'Créer la vague' }).click();
  await expect(page.getByLabel(/^Clôture prévue/)).toHaveAccessibleDescription(
    /La clôture ne peut pas précéder l’ouverture/,
  );
  await page.getByLabel(/^Clôture prévue/).fill('');
  await page.getByRole('button', { name: 'Créer la vague' }).click();
  await expect(page.getByText('La vague est enregistrée.')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(wave) })).toContainText('Brouillon');
  await page.getByRole('button', { name: `Ouvrir la vague ${wave}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(wave) })).toContainText('Ouverte');
  await expectNoAxeViolation(page);

  await page.goto('/lieux');
  await page.getByLabel('Nom du lieu').fill(name);
  await page.getByLabel(/^Adresse/).fill('3 rue Vauban');
  await page.getByLabel('Code postal').fill('29900');
  await page.getByLabel('Code INSEE de la commune').fill('29039');
  await page.getByRole('button', { name: 'Créer le lieu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Gérer ${name}` })).toBeVisible();
  const placePath = new URL(page.url()).pathname;
  await page.getByRole('combobox', { name: /^Label/ }).selectOption({ label: 'Fabrique de territoire' });
  await page.locator('#grantedOn').fill('2026-01-01');
  await page.getByRole('combobox', { name: /^Vague/ }).selectOption({ label: wave });
  await page.getByRole('button', { name: 'Attribuer le label' }).click();
  await expect(page.getByText('Modification enregistrée.')).toBeVisible();

  // The funding page lists it among the fabriques, without an agreement yet.
  await page.getByRole('link', { name: 'Financements', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Financements des fabriques' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Aucune convention');
  await expectNoAxeViolation(page);

  // A yearly amount above 50,000 € is refused next to that year, with the rule in words; a bonus too,
  // since this place is not a Fabrique numérique.
  await page.getByRole('link', { name: 'Enregistrer une convention' }).click();
  await page.getByRole('combobox', { name: /^Fabrique/ }).selectOption({ label: name });
  await page.getByRole('combobox', { name: 'Vague de l’AMI' }).selectOption({ label: wave });
  await page.getByLabel('Référence de la convention').fill(`CONV-${word}`);
  await page.getByLabel(/^Début de la convention/).fill('2026-01-01');
  await page.getByRole('combobox', { name: /^Durée/ }).selectOption('3');
  await page.getByLabel('Année 1', { exact: true }).fill('60 000');
  await page.getByLabel('Année 2', { exact: true }).fill('30 000');
  await page.getByLabel(/^Année 3/).fill('20 000');
  await page.getByLabel(/^Bonus Fabrique numérique/).fill('10 000');
  await page.getByLabel('Cofinanceur 1', { exact: true }).fill('Région Bretagne');
  await page.getByLabel('Montant du cofinanceur 1 en euros').fill('15 000');
  await page.getByLabel('Cofinanceur 2', { exact: true }).fill('Département');
  await page.getByLabel('Montant du cofinanceur 2 en euros').fill('beaucoup');
  await page.getByRole('button', { name: 'Enregistrer la convention' }).click();
  // Each refused field says why next to itself (named as the procedure's input: `yearlyAmountsCents[0]`,
  // `coFunders[1].amountCents`), and the summary links to it.
  await expect(page.getByLabel('Montant du cofinanceur 2 en euros')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Montant du cofinanceur 2 en euros')).toHaveAccessibleDescription(
    /Indiquez un montant en euros/,
  );
  await expect(page.getByLabel('Montant du cofinanceur 2 en euros')).toHaveValue('beaucoup');
  await page.getByLabel('Cofinanceur 2', { exact: true }).fill('');
  await page.getByLabel('Montant du cofinanceur 2 en euros').fill('');
  await page.getByRole('button', { name: 'Enregistrer la convention' }).click();
  await expect(page.getByLabel('Année 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Année 1', { exact: true })).toHaveAccessibleDescription(
    /Au plus 50 000 € par an/,
  );
  await expect(page.getByRole('link', { name: /Au plus 50 000 € par an/ })).toHaveAttribute('href', '#year1');
  await expect(page.getByLabel('Année 2', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Année 1', { exact: true })).toHaveValue('60 000');
  await expectNoAxeViolation(page);
  await page.getByLabel('Année 1', { exact: true }).fill('50 000');
  await page.getByRole('button', { name: 'Enregistrer la convention' }).click();
  await expect(page.getByLabel(/^Bonus Fabrique numérique/)).toHaveAccessibleDescription(
    /réservé aux Fabriques numériques de territoire/,
  );
  await page.getByLabel(/^Bonus Fabrique numérique/).fill('');
  await page.getByRole('button', { name: 'Enregistrer la convention' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Financement de ${name}` })).toBeVisible();
  await expect(page.getByText('La convention est enregistrée.')).toBeVisible();
  await expect(page.getByText('Région Bretagne (15 000 €)')).toBeVisible();
  await expect(page.getByText('Reste à prévoir : 100 000 €')).toBeVisible();
  await expectNoAxeViolation(page);

  // A disbursement beyond the agreement is refused; one within it is planned, then marked paid.
  await page.getByLabel(/^Date prévue/).fill('2026-02-01');
  await page.getByLabel(/^Montant en euros/).fill('100 001');
  await page.getByRole('button', { name: 'Enregistrer le versement' }).click();
  await expect(page.getByLabel(/^Montant en euros/)).toHaveAccessibleDescription(
    /dépasse ce que la convention accorde/,
  );
  await page.getByLabel(/^Montant en euros/).fill('50 000');
  await page.getByRole('button', { name: 'Enregistrer le versement' }).click();
  await expect(page.getByText('Le versement est enregistré.')).toBeVisible();
  await expect(page.getByText('Reste à prévoir : 50 000 €')).toBeVisible();
  await page.getByLabel(/^Versé le \(versement prévu le/).fill('2026-02-03');
  await page.getByRole('button', { name: 'Marquer comme versé' }).click();
  // The agreement's own table (the yearly table below shows the same amount as paid that year).
  await expect(
    page
      .getByRole('table', { name: /^Versements de la convention/ })
      .getByRole('row', { name: /50\s000\s€/ }),
  ).toContainText('Versé');
  await expectNoAxeViolation(page);

  // The export has the agreement, its wave and what was paid.
  const csv = await (await page.request.get('/financements/export.csv')).text();
  const line = csv.split('\r\n').find((l) => l.startsWith(name));
  expect(line?.split(';').slice(0, 10)).toEqual([
    name,
    `CONV-${word}`,
    wave,
    '2026-01-01',
    '3',
    '50000',
    '30000',
    '20000',
    '0',
    '100000',
  ]);
  expect(line).toContain(';Projet;50000;0;');

  // The journal shows who recorded the disbursement, for this fabrique.
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await page.getByLabel('Lieu', { exact: true }).fill(word);
  await page.getByRole('combobox', { name: 'Donnée' }).selectOption({ label: 'Versements' });
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('table')).toContainText('2 événement(s)');
  const rows = page.getByRole('row').filter({ hasText: name });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Modification' })).toContainText('status : planned → paid');
  await expectNoAxeViolation(page);

  // The agreement is signed by an amendment; its amounts no longer change once money was paid.
  await page.goto(placePath.replace('/lieux/', '/financements/'));
  await page.getByRole('link', { name: `Modifier la convention CONV-${word}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Modifier une convention de ${name}` }),
  ).toBeVisible();
  await expect(page.getByText('Des versements ont déjà été faits')).toBeVisible();
  await expectNoAxeViolation(page);
  await page.getByLabel('Année 2', { exact: true }).fill('35 000');
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(page.getByText('Cette convention ne peut plus être modifiée ainsi')).toBeVisible();
  await page.getByLabel('Année 2', { exact: true }).fill('30 000');
  await page.getByRole('combobox', { name: 'État de la convention' }).selectOption({ label: 'Signée' });
  await page.getByLabel(/^Signée le/).fill('2025-12-20');
  await page.getByLabel('Notes').fill('Avenant n°1 : signature');
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(page.getByText('La convention est modifiée.')).toBeVisible();
  await expect(page.getByText('Avenant n°1 : signature')).toBeVisible();

  // A planned disbursement is deleted; then the agreement is closed, with its reason.
  await page.getByLabel(/^Date prévue/).fill('2027-02-01');
  await page.getByLabel(/^Montant en euros/).fill('10 000');
  await page.getByRole('button', { name: 'Enregistrer le versement' }).click();
  await expect(page.getByText('Reste à prévoir : 40 000 €')).toBeVisible();
  await page.getByRole('button', { name: /^Supprimer le versement prévu le 1 février 2027/ }).click();
  await expect(page.getByText('Le versement prévu est supprimé.')).toBeVisible();
  await expect(page.getByText('Reste à prévoir : 50 000 €')).toBeVisible();
  await page.getByRole('button', { name: 'Clôturer la convention' }).click();
  await expect(page.getByLabel(/^Raison de la clôture/)).toHaveAccessibleDescription(/raison de la clôture/);
  await page.getByLabel(/^Date de clôture/).fill('2026-06-30');
  await page.getByLabel(/^Raison de la clôture/).fill('Fin anticipée du projet');
  await page.getByRole('button', { name: 'Clôturer la convention' }).click();
  await expect(page.getByText('La convention est clôturée.')).toBeVisible();
  await expect(page.getByText(/Clôturée le 30 juin 2026 : Fin anticipée du projet/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer le versement' })).toHaveCount(0);

  // The money paid stands next to the year's activity, and the labels' history says who labelled it.
  await expect(
    page.getByRole('table', { name: /par année/ }).getByRole('row', { name: /2026/ }),
  ).toContainText('50 000 €');
  await expect(page.getByRole('table', { name: `Labels de ${name}` })).toContainText(
    'Fabrique de territoire',
  );
  await expect(page.getByRole('table', { name: /Décisions de labellisation/ })).toContainText(
    'Attribution du label Fabrique de territoire à partir du 1 janvier 2026',
  );
  await expectNoAxeViolation(page);
  const years = await (await page.request.get('/financements/indicateurs.csv')).text();
  expect(years.split('\r\n').find((l) => l.startsWith(name))).toMatch(
    new RegExp(`^${name};2026;50000;0;0;0;;`),
  );

  // Moderation: the place hidden with a reason is listed, then restored.
  await page.goto(placePath);
  await page.getByLabel(/^Raison du masquage/).fill('Doublon à vérifier');
  await page.getByRole('button', { name: 'Masquer le lieu' }).click();
  // Hidden once the page offers to restore it: leaving before that could load the list before the write.
  await expect(page.getByRole('button', { name: 'Rétablir le lieu' })).toBeVisible();
  await page.getByRole('link', { name: 'Modération', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modération des contenus' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Doublon à vérifier');
  await expectNoAxeViolation(page);
  await page.getByRole('button', { name: `Restaurer ${name}` }).click();
  await expect(page.getByText('Le contenu est de nouveau visible.')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);

  // A workshop is hidden with a reason: gone from the public catalogue, its manager reads why.
  const workshop = 'Repair café numérique';
  const site = process.env.E2E_SITE_URL ?? 'http://localhost:3100';
  await page.goto(`${site}/ateliers?q=Repair`);
  await expect(page.getByText(workshop).first()).toBeVisible();
  await page.goto('/moderation');
  await page
    .getByRole('navigation', { name: 'Types de contenus' })
    .getByRole('link', { name: 'Ateliers' })
    .click();
  await page.getByLabel('Rechercher un atelier par son titre').fill('repair');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('button', { name: `Masquer ${workshop}` }).click();
  await expect(page.getByLabel(`Raison du masquage de « ${workshop} »`)).toHaveAccessibleDescription(
    /Indiquez la raison du masquage/,
  );
  await page.getByLabel(`Raison du masquage de « ${workshop} »`).fill('Annonce commerciale signalée');
  await page.getByRole('button', { name: `Masquer ${workshop}` }).click();
  await expect(page.getByText('Le contenu est masqué au public.')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(workshop) })).toContainText(
    'Annonce commerciale signalée',
  );
  await expectNoAxeViolation(page);
  await page.goto(`${site}/ateliers?q=Repair`);
  await expect(page.getByText(workshop)).toHaveCount(0);

  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, 'gestionnaire@demo.test');
  await expect(manager.getByRole('heading', { name: 'Contenus masqués par la modération' })).toBeVisible();
  await expect(manager.getByText(`« ${workshop} » (Konk Ar Lab`)).toContainText(
    'Annonce commerciale signalée',
  );
  await expectNoAxeViolation(manager);

  await page.goto('/moderation');
  await page.getByRole('button', { name: `Restaurer ${workshop}` }).click();
  await expect(page.getByText('Le contenu est de nouveau visible.')).toBeVisible();
  await manager.reload();
  await expect(manager.getByRole('heading', { name: 'Contenus masqués par la modération' })).toHaveCount(0);
});

test('a place manager sees neither the funding pages nor the journal', async ({ page }) => {
  await signIn(page, 'gestionnaire@demo.test');
  await expect(page.getByRole('link', { name: 'Financements', exact: true })).toHaveCount(0);
  expect((await page.goto('/journal'))?.status()).toBe(403);
  expect((await page.goto('/financements/nouvelle'))?.status()).toBe(403);
});
