// What the end-to-end tests of both apps share: the demo accounts' password, signing in through the sign-in
// form as a person does, and the accessibility check every page must pass (axe, WCAG 2.1 A and AA).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The password of every demo account (`DEMO_PASSWORD` of the demo data, packages/db/src/seed/demo.ts). */
export const PASSWORD = 'demo-fabriques-2026';

/**
 * Signs in through the form of the app at `origin` (the test's own app when empty) and waits to be let in.
 * A page from a context of its own has no base address: give it the app's origin.
 */
export async function signIn(page: Page, email: string, origin = ''): Promise<void> {
  await page.goto(`${origin}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

export async function expectNoAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

/** A resident's phone, as the no-JavaScript tests open pages. */
export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

/**
 * Axe runs as a script, which a page without JavaScript cannot run: the very document the resident saw
 * (its scripts removed) is served again to a page of its own that runs axe on it.
 */
export async function expectNoAxeViolationWithoutScripts(page: Page): Promise<void> {
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const context = await page
    .context()
    .browser()
    ?.newContext({ ...PHONE, locale: 'fr-FR', javaScriptEnabled: true });
  if (!context) throw new Error('no browser');
  try {
    const audited = await context.newPage();
    await audited.route(
      (candidate) => candidate.href === url,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await audited.goto(url);
    await expectNoAxeViolation(audited);
  } finally {
    await context.close();
  }
}
