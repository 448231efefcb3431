import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// The open-data page and its activity file, as anyone gets them: static text and links, so the page is
// checked without JavaScript too (axe itself needs JavaScript, hence its own test).

async function openThePage(page: Page) {
  await page.goto('/donnees');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Données ouvertes');
  await expect(page.getByRole('heading', { level: 2, name: 'Le secret statistique' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'secret_statistique' })).toBeVisible();
}

test.describe('open data', () => {
  test('the page is accessible', async ({ page }) => {
    await openThePage(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the page explains the secrecy and links the activity file, which keeps it', async ({ page }) => {
      await openThePage(page);
      const link = page.getByRole('link', { name: 'L’activité par trimestre (CSV)' });
      const response = await page.request.get((await link.getAttribute('href')) ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/csv');
      const lines = (await response.text()).split('\r\n').filter((l) => l !== '');
      expect(lines[0]).toBe(
        'trimestre,niveau,code_departement,departement,id_lieu,lieu,dimension,modalite,participants,secret_statistique',
      );
      // The demo validated a quarter of Konk Ar Lab: the file has figures.
      expect(lines.length).toBeGreaterThan(1);
      // The last two columns never contain a comma: read them from the end of each line.
      for (const line of lines.slice(1)) {
        const [participants, secret] = line.split(',').slice(-2);
        if (secret === 'oui') expect(participants).toBe('');
        else expect(Number(participants)).toBeGreaterThanOrEqual(5);
      }
    });
  });
});
