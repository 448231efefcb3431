import { fileURLToPath } from 'node:url';
import { fromClient, postHuge, residentMiB } from '../../../../../tests/e2e/hostile-client.ts';
import { PASSWORD, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, test } from '../../../../../tests/e2e/test.ts';

// The console attacked over HTTP as a hostile script would, against its production server (scripts/e2e.ts):
// a 200 MB body on an upload form, cross-site posts (login CSRF included), open redirects; and in the same run
// the legitimate journey still passes: a manager uploads a photo. Decision 030.
const FACADE = fileURLToPath(new URL('./fixtures/facade.jpg', import.meta.url));

test('a 200 MB body on an upload form is refused at once, and the server’s memory stays flat', async ({
  baseURL,
}) => {
  const pid = Number(process.env.E2E_ADMIN_PID);
  // The places import takes a file: the larger limit (21 MiB), still far below 200 MB.
  const target = `${baseURL}/lieux/import`;
  const headers = { ...fromClient('198.18.40.1'), 'content-type': 'multipart/form-data; boundary=x' };
  const post = (chunked: boolean) => postHuge(target, 200, { chunked, headers });
  // Warmed up first (the first requests load the route modules), then measured across five refusals.
  await post(false);
  await post(true);
  const before = residentMiB(pid);
  for (const chunked of [false, true, false, true, false]) {
    const answer = await post(chunked);
    // 413, or the connection cut before that answer could be read (a reset): refused either way.
    expect([413, 0]).toContain(answer.status);
    // Refused long before the client could push 200 MB.
    expect(answer.sent).toBeLessThan(100 * 1024 * 1024);
  }
  // Each refusal may read up to the import's 21 MiB limit first, and the resident size does not shrink at
  // once (five refusals: up to ~105 MiB before a collection); holding one 200 MB body would be far above.
  expect(residentMiB(pid) - before).toBeLessThan(120);
  // Still serving.
  expect((await fetch(`${baseURL}/connexion`)).status).toBe(200);
});

test('forms posted from another site are refused, sign-in included (login CSRF)', async ({
  request,
  baseURL,
}) => {
  const evil = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
  const signInPost = await request.post('/connexion', {
    headers: evil,
    form: { email: 'admin@demo.test', password: PASSWORD },
    maxRedirects: 0,
  });
  expect(signInPost.status()).toBe(403);
  expect(await signInPost.text()).toContain('depuis un autre site');
  expect(signInPost.headers()['set-cookie']).toBeUndefined();

  // The same post from the console itself signs in.
  const own = await request.post('/connexion', {
    headers: { origin: new URL(baseURL ?? '').origin, 'sec-fetch-site': 'same-origin' },
    form: { email: 'admin@demo.test', password: PASSWORD },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(302);
});

test('a manager still uploads a photo of their place', async ({ page }) => {
  const alt = `Atelier vu de la rue ${Date.now()}`;
  await signIn(page, 'gestionnaire@demo.test');
  await page.getByRole('link', { name: /^Modifier la fiche de Konk Ar Lab/ }).click();
  await page.locator('#photo').setInputFiles(FACADE);
  await page.getByLabel(/^Description de la photo/).fill(alt);
  await page.getByRole('button', { name: 'Ajouter la photo' }).click();
  await expect(page.getByText('Photo ajoutée.')).toBeVisible();
  await expect(page.getByRole('img', { name: alt })).toBeVisible();
});
