import fc from 'fast-check';
import { type APIRequestContext, expect, test } from '../../../../tests/e2e/test.ts';

// SPEC §5, hostile input over HTTP: every public form action of the site gets generated form posts, as a
// robot would send them (no browser, no JavaScript). Whatever comes in, the answer is a page (or a
// redirect), never a 5xx. The procedures behind the forms are fuzzed in depth, with the database checked
// for writes, in packages/api/src/fuzz.

/** Field names the site's forms use, so that generated posts reach the schemas and the procedures. */
const FIELDS = [
  'intent',
  'sessionId',
  'targetSessionId',
  'idempotencyKey',
  'mode',
  'firstName',
  'email',
  'phone',
  'consent',
  'prescriberName',
  'prescriberOrganisation',
  'prescriberEmail',
  'website',
  'password',
  'confirmation',
  'token',
  'locale',
  'redirectTo',
  'slot',
  'startsAt',
  'availabilityId',
  'message',
] as const;

const hostile = fc.constantFrom(
  "' or 1=1 --",
  '<script>alert(1)</script>',
  'a\u0000b',
  'x'.repeat(20_000),
  '../../etc/passwd',
  'on',
  'true',
  'book-for-me',
  'cancel',
  'move',
  '',
  'https://evil.example/',
  '//evil.example',
  '00000000-0000-4000-8000-000000000000',
);
const fieldValue = fc.oneof(hostile, fc.string(), fc.uuid(), fc.emailAddress(), fc.integer().map(String));
const form = fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 10 });

async function firstLink(request: APIRequestContext, page: string, pattern: RegExp): Promise<string> {
  const html = await (await request.get(page)).text();
  const found = html.match(pattern)?.[1];
  if (!found) throw new Error(`no link matching ${pattern} on ${page}`);
  return found;
}

test('every public form action answers hostile posts without a server error', async ({ request }) => {
  test.setTimeout(120_000);
  const session = await firstLink(request, '/ateliers', /href="(\/seances\/[0-9a-f-]{36})"/);
  const place = await firstLink(request, '/lieux', /href="(\/lieux\/[a-z0-9-]+)"/);
  const actions = [
    session,
    '/reservation/not-a-real-token',
    `${place}/rendez-vous`,
    '/rendez-vous/not-a-real-token',
    '/connexion',
    '/connexion/lien',
    '/connexion/lien-par-email',
    '/mot-de-passe/oubli',
    '/mot-de-passe/nouveau',
    '/invitation',
    '/langue',
    '/deconnexion',
  ];
  for (const path of actions) {
    await fc.assert(
      fc.asyncProperty(form, async (fields) => {
        const response = await request.post(path, { form: fields, maxRedirects: 0 });
        expect(response.status(), `${path} ${JSON.stringify(fields).slice(0, 300)}`).toBeLessThan(500);
      }),
      { numRuns: 15, seed: 20261123, endOnFailure: true },
    );
    // Not even a form: a JSON body, or nothing at all.
    for (const body of [{ data: '{"email":1}', headers: { 'content-type': 'application/json' } }, {}]) {
      const response = await request.post(path, { ...body, maxRedirects: 0 });
      expect(response.status(), `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
    }
  }
});
