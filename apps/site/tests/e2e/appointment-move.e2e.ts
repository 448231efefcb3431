import { mailSubjects } from '../../../../tests/e2e/database.ts';
import { documentationAddress, fromClient } from '../../../../tests/e2e/hostile-client.ts';
import { PHONE } from '../../../../tests/e2e/support.ts';
import { type APIResponse, expect, type Page, test } from '../../../../tests/e2e/test.ts';

// Issue 14, "Reach every resident": a resident on a phone, without JavaScript, books an appointment at
// Konk Ar Lab (demo data), then from the private link answers "Je viens" and moves it to another free
// slot of the place; the new time shows, and the move is confirmed by e-mail.

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Books any free slot (other runs may book on the same demo data) and returns the private link. */
async function bookAnySlot(page: Page, email: string): Promise<string> {
  await page.goto('/lieux/konk-ar-lab/rendez-vous');
  await page.getByRole('radio', { name: 'Sur place' }).check();
  await page.getByRole('button', { name: 'Voir les créneaux' }).click();
  const days = page.getByRole('region', { name: '2. Choisissez un jour' });
  await expect(days.getByRole('link').first()).toBeVisible();
  await days.getByRole('link').first().click();
  const times = page.getByRole('region', { name: /^3\. Choisissez une heure/ });
  await expect(times.getByRole('link').first()).toBeVisible();
  const timeCount = await times.getByRole('link').count();
  await times
    .getByRole('link')
    .nth(Math.floor(Math.random() * timeCount))
    .click();
  await page.getByRole('textbox', { name: /^Prénom/ }).fill('Soizic');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/J’accepte que le lieu garde/).check();
  await page.getByRole('button', { name: 'Je prends ce rendez-vous' }).click();
  await expect(heading1(page)).toHaveText('Rendez-vous confirmé');
  const link = await page.getByRole('link', { name: 'Voir ou annuler mon rendez-vous' }).getAttribute('href');
  expect(link).toMatch(/^\/rendez-vous\/[\w-]{40,}$/);
  return link ?? '';
}

test.describe('moving an appointment from its private link, on a phone, without JavaScript', () => {
  test.use({ ...PHONE, javaScriptEnabled: false });

  test('says "Je viens", then changes to another free slot of the place', async ({ page }) => {
    const email = `deplace-${Date.now()}@test.fr`;
    const link = await bookAnySlot(page, email);

    await page.goto(link);
    await expect(heading1(page)).toHaveText('Mon rendez-vous');
    const when = page.locator('time').first();
    const before = await when.getAttribute('datetime');

    // "Je viens": one button, answered at once.
    await page.getByRole('button', { name: 'Je viens' }).click();
    await expect(page.getByText('Merci : le lieu sait que vous venez.')).toBeVisible();

    // Sent without a choice, the form says what is missing.
    const change = page.getByRole('region', { name: 'Changer de créneau' });
    await change.getByRole('button', { name: 'Changer pour ce créneau' }).click();
    await expect(page.getByText('Choisissez un nouveau créneau.').first()).toBeVisible();

    // A slot among those offered (radio buttons of a plain form).
    const slots = page.getByRole('region', { name: 'Changer de créneau' }).getByRole('radio');
    await expect(slots.first()).toBeVisible();
    const count = await slots.count();
    await slots.nth(Math.floor(Math.random() * Math.min(count, 4))).check();
    await page
      .getByRole('region', { name: 'Changer de créneau' })
      .getByRole('button', { name: 'Changer pour ce créneau' })
      .click();

    await expect(page.getByText(/^C’est fait : votre rendez-vous est maintenant le /)).toBeVisible();
    const after = await page.locator('time').first().getAttribute('datetime');
    expect(after).not.toBe(before);
    // The answer was for the former time: asked again for the new one.
    await expect(page.getByRole('button', { name: 'Je viens' })).toBeVisible();
    // Confirmed, then moved: one e-mail each (the worker sends them; reminders may go too, when the
    // appointment is less than two days off).
    const told = async () => (await mailSubjects(email)).filter((s) => !s.startsWith('Rappel'));
    await expect
      .poll(told, { timeout: 20_000 })
      .toEqual([
        expect.stringMatching(/^Rendez-vous confirmé/),
        expect.stringMatching(/^Rendez-vous déplacé/),
      ]);
  });
});

test.describe('a script holding a private link', () => {
  test('moving an appointment back and forth 40 times is stopped, and the last accepted move is what stays', async ({
    page,
    request,
  }) => {
    const email = `va-et-vient-${Date.now()}@test.fr`;
    const link = await bookAnySlot(page, email);
    const html = await (await request.get(link)).text();
    const slots = [...html.matchAll(/name="slot"[^>]*value="([^"]+)"/g)].map((m) => m[1] as string);
    expect(slots.length).toBeGreaterThanOrEqual(2);

    const client = fromClient(documentationAddress(40));
    const responses: APIResponse[] = [];
    for (let i = 0; i < 40; i += 1) {
      responses.push(
        await request.post(link, {
          headers: client,
          form: { intent: 'move', slot: slots[i % 2] as string },
          maxRedirects: 0,
        }),
      );
    }
    const statuses = responses.map((r) => r.status());
    expect(statuses.every((status) => status < 500)).toBe(true);
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal).toBeGreaterThan(0);
    expect(Number(responses[firstRefusal]?.headers()['retry-after'])).toBeGreaterThan(0);
    // Once refused, every move is refused; what still answers 200 is a "move" to the slot the appointment
    // already holds, which changes nothing and counts nothing.
    const lastMoved = slots[(firstRefusal - 1) % 2] as string;
    statuses.slice(firstRefusal).forEach((status, n) => {
      if (status !== 429) expect(slots[(firstRefusal + n) % 2]).toBe(lastMoved);
    });

    // The appointment stands at the slot of the last move let through.
    const now = await (await request.get(link)).text();
    const kept = now.match(/<time[^>]*dateTime="([^"]+)"/i)?.[1];
    expect(lastMoved).toContain(new Date(kept ?? '').toISOString().slice(0, 16));
  });
});
