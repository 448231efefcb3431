import { mobile } from '../../../../tests/e2e/phone.ts';
import { expectNoAxeViolationWithoutScripts, PASSWORD, PHONE } from '../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// A resident on an old phone, without JavaScript, books a workshop from the home page, gets the
// confirmation (page and e-mail), opens the private link and cancels. Production builds on a throw-away
// database with the demo data (scripts/e2e.ts); e-mails land in the development mailbox.
const ADMIN = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';
const WORKSHOP = 'Créer et utiliser son adresse e-mail';
/** A workshop with several dates, to move a booking between them. */
const MOVABLE = 'Prendre en main son smartphone';

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('booking a workshop without an account, on a phone, without JavaScript', () => {
  test.use({ ...PHONE, javaScriptEnabled: false });

  test('finds a session, books, receives the e-mail, opens the private link and cancels', async ({
    page,
    browser,
  }) => {
    const email = `camille-${Date.now()}@exemple.fr`;

    // From the home page to the session.
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Prochains ateliers' })
      .getByRole('link', { name: WORKSHOP })
      .click();
    await expect(page).toHaveURL(/\/seances\/[0-9a-f-]{36}$/);
    await expect(heading1(page)).toHaveText(WORKSHOP);
    await expect(page.getByText(/Il reste \d+ places? sur 10\./)).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);

    // A form sent empty says what is missing, next to each field.
    await page.getByRole('button', { name: 'Je m’inscris' }).click();
    await expect(page.getByText('Indiquez votre prénom.').first()).toBeVisible();
    await expect(
      page.getByText('Indiquez une adresse e-mail ou un numéro de téléphone', { exact: false }).first(),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Prénom/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolationWithoutScripts(page);

    // Booking.
    await page.getByRole('textbox', { name: /^Prénom/ }).fill('Camille');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel(/J’accepte que le lieu garde/).check();
    await page.getByRole('button', { name: 'Je m’inscris' }).click();
    await expect(heading1(page)).toHaveText('C’est fait : vous êtes inscrit·e');
    await expect(page.getByText(`Un e-mail de confirmation part à ${email}.`)).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);
    const linkOnPage = await page
      .getByRole('link', { name: 'Voir ou annuler mon inscription' })
      .getAttribute('href');
    expect(linkOnPage).toMatch(/^\/reservation\/[\w-]{40,}$/);

    // The e-mail, read in the development mailbox by a network admin, carries the same private link.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await admin.goto(`${ADMIN}/connexion`);
    await admin.getByLabel('Adresse e-mail').fill('admin@demo.test');
    await admin.getByLabel('Mot de passe').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Se connecter' }).click();
    await admin.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    const mail = admin
      .getByRole('listitem')
      .filter({ hasText: email })
      .filter({
        has: admin.getByRole('heading', { name: `Inscription confirmée : ${WORKSHOP}` }),
      });
    // The job worker sends it moments after the booking: open the mailbox again until it is there.
    await expect(async () => {
      await admin.goto(`${ADMIN}/boite-mail`);
      await expect(mail).toHaveCount(1, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(mail).toContainText('atelier.ics');
    const mailText = (await mail.textContent()) ?? '';
    const linkInMail = new URL(linkOnPage ?? '', page.url()).toString();
    expect(mailText).toContain(`Pour voir ou annuler votre inscription, ouvrez ce lien :${linkInMail}`);
    await adminContext.close();

    // The private link: the booking, then cancelling it.
    await page.goto(linkInMail);
    await expect(heading1(page)).toHaveText('Mon inscription');
    await expect(page.getByRole('heading', { level: 2, name: WORKSHOP })).toBeVisible();
    await expect(page.getByText('Inscrit·e : une place vous attend')).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);
    await page.getByRole('button', { name: 'Oui, j’annule mon inscription' }).click();
    await expect(heading1(page)).toHaveText('Votre inscription est annulée');
    await expect(page.getByText('Annulée', { exact: true })).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);
  });

  test('asks before booking with a landline alone, which no SMS reaches, keeping what was typed', async ({
    page,
  }) => {
    const digits = String(Date.now()).slice(-6);
    const landline = `02 98 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Prochains ateliers' })
      .getByRole('link', { name: MOVABLE })
      .first()
      .click();
    await expect(heading1(page)).toHaveText(MOVABLE);
    await expect(page.getByText(/Seuls les portables reçoivent la confirmation et un rappel/)).toBeVisible();
    await page.getByRole('textbox', { name: /^Prénom/ }).fill('Jeanne');
    await page.getByLabel('Numéro de téléphone').fill(landline);
    await page.getByLabel(/J’accepte que le lieu garde/).check();
    await page.getByRole('button', { name: /^Je m’inscris/ }).click();

    // Not booked yet: the same form, as typed, says why nothing would reach her and offers to book anyway.
    await expect(heading1(page)).toHaveText(MOVABLE);
    await expect(page.getByRole('heading', { name: 'Ce numéro ne peut pas recevoir de SMS' })).toBeVisible();
    await expect(page.getByText(`Le ${landline} est un téléphone fixe`)).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Prénom/ })).toHaveValue('Jeanne');
    await expect(page.getByLabel('Numéro de téléphone')).toHaveValue(landline);
    await expect(page.getByLabel(/J’accepte que le lieu garde/)).toBeChecked();
    await expectNoAxeViolationWithoutScripts(page);

    await page.getByRole('button', { name: 'Réserver quand même avec ce numéro' }).click();
    await expect(heading1(page)).toHaveText(
      /^(C’est fait : vous êtes inscrit·e|Vous êtes sur la liste d’attente)$/,
    );
    await expect(page.getByText(/Ce numéro est un téléphone fixe : il ne reçoit pas de SMS/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Voir ou annuler mon inscription' })).toBeVisible();
  });

  test('moves a booking to another date from the private link', async ({ page }) => {
    const phone = mobile().typed;
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Prochains ateliers' })
      .getByRole('link', { name: MOVABLE })
      .first()
      .click();
    await expect(heading1(page)).toHaveText(MOVABLE);
    // The seats left sit in a polite live region (refreshed with JavaScript); the count is also JSON.
    const seats = page.getByTestId('seats-left');
    await expect(seats).toHaveAttribute('aria-live', 'polite');
    await expect(seats).toHaveText(/Il reste \d+ places? sur 8\./);
    const json = await page.request.get(`${new URL(page.url()).pathname}/places`);
    expect(json.status()).toBe(200);
    expect(await json.json()).toMatchObject({ capacity: 8, booking: 'open' });

    await page.getByRole('textbox', { name: /^Prénom/ }).fill('Gwen');
    await page.getByLabel('Numéro de téléphone').fill(phone);
    await page.getByLabel(/J’accepte que le lieu garde/).check();
    await page.getByRole('button', { name: 'Je m’inscris' }).click();
    await expect(heading1(page)).toHaveText('C’est fait : vous êtes inscrit·e');
    await page.getByRole('link', { name: 'Voir ou annuler mon inscription' }).click();
    await expect(heading1(page)).toHaveText('Mon inscription');
    const privateLink = page.url();
    const firstDate = await page.locator('dd time').first().getAttribute('datetime');

    // Sent without a choice, the form says what is missing next to the choices.
    const move = page.getByRole('region', { name: 'Changer de date' });
    await move.getByRole('button', { name: 'Changer pour cette date' }).click();
    await expect(page.getByText('Choisissez une nouvelle date.').first()).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);

    await page.getByRole('group', { name: 'Nouvelle date' }).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Changer pour cette date' }).click();
    await expect(page.getByText(/^C’est fait : vous êtes inscrit·e le /)).toBeVisible();
    await expect(page.getByText('Inscrit·e : une place vous attend')).toBeVisible();
    const newDate = await page.locator('dd time').first().getAttribute('datetime');
    expect(newDate).not.toBe(firstDate);
    await expectNoAxeViolationWithoutScripts(page);

    // The same private link now stands for the new date.
    await page.goto(privateLink);
    expect(await page.locator('dd time').first().getAttribute('datetime')).toBe(newDate);
  });

  test('a prescriber books for someone, saying who they are', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Prochains ateliers' })
      .getByRole('link', { name: MOVABLE })
      .first()
      .click();
    await page.getByRole('link', { name: /Vous inscrivez quelqu’un d’autre/ }).click();
    await expect(page).toHaveURL(/\?pour=autre$/);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Inscrire une personne que vous accompagnez' }),
    ).toBeVisible();

    // Sent empty: the prescriber's name and organisation are asked for too.
    await page.getByRole('button', { name: 'J’inscris cette personne' }).click();
    await expect(page.getByText('Indiquez votre nom.').first()).toBeVisible();
    await expect(page.getByText('Indiquez votre structure.').first()).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);

    await page.getByRole('textbox', { name: /^Votre nom/ }).fill('Sam Martin');
    await page.getByRole('textbox', { name: /^Votre structure/ }).fill('France Services de Concarneau');
    await page.getByRole('textbox', { name: /^Prénom de la personne/ }).fill('Josette');
    await page.getByLabel(/La personne est d’accord pour que le lieu/).check();
    // Josette has neither e-mail nor phone: the form says so, and asks for the prescriber's e-mail instead.
    await expect(page.getByText(/Sans e-mail ni téléphone de la personne/)).toBeVisible();
    await page.getByRole('button', { name: 'J’inscris cette personne' }).click();
    await expect(
      page.getByText('Indiquez l’e-mail ou le téléphone de la personne, ou votre propre e-mail').first(),
    ).toBeVisible();
    const prescriberEmail = `sam.martin.${Date.now()}@france-services.test`;
    await page.getByRole('textbox', { name: /^Votre adresse e-mail professionnelle/ }).fill(prescriberEmail);
    await page.getByLabel(/La personne est d’accord pour que je reçoive/).check();
    await page.getByLabel(/La personne est d’accord pour que le lieu/).check();
    await page.getByRole('button', { name: 'J’inscris cette personne' }).click();
    await expect(heading1(page)).toHaveText('C’est fait : vous êtes inscrit·e');
    await expect(page.getByText(`Un e-mail part à ${prescriberEmail}`)).toBeVisible();
    await expect(page.getByText(/La personne n’a donné ni e-mail ni téléphone/)).toBeVisible();
    await expectNoAxeViolationWithoutScripts(page);
    await page.getByRole('link', { name: 'Voir ou annuler mon inscription' }).click();
    await expect(page.getByText('Sam Martin, France Services de Concarneau')).toBeVisible();
  });

  test('an unknown session or private link says so plainly', async ({ page }) => {
    const session = await page.goto('/seances/00000000-0000-4000-8000-000000000000');
    expect(session?.status()).toBe(404);
    await expect(heading1(page)).toHaveText('Séance introuvable');
    const booking = await page.goto(`/reservation/${'x'.repeat(43)}`);
    expect(booking?.status()).toBe(404);
    await expect(heading1(page)).toHaveText('Inscription introuvable');
    await expectNoAxeViolationWithoutScripts(page);
  });
});
