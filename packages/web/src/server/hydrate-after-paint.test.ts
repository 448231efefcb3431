import { describe, expect, it } from 'vitest';
import { lowPriorityPreloads, lowPriorityPreloadsStream } from './low-priority-preloads.ts';

const HEAD =
  '<!DOCTYPE html><html lang="fr"><head><link rel="modulepreload" href="/assets/a.js"/>' +
  '<link rel="modulepreload" href="/assets/é.js"/><title>Accueil</title></head>';
const BODY = '<body><p>&lt;link rel=&quot;modulepreload&quot;</p><main>Ateliers — été</main></body></html>';
const EXPECTED =
  '<!DOCTYPE html><html lang="fr"><head><link rel="modulepreload" fetchpriority="low" href="/assets/a.js"/>' +
  '<link rel="modulepreload" fetchpriority="low" href="/assets/é.js"/><title>Accueil</title></head>' +
  BODY;

async function throughStream(chunks: Uint8Array[]): Promise<string> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(source.pipeThrough(lowPriorityPreloadsStream())).text();
}

describe('hydration scripts preloaded at low priority (decision 066)', () => {
  it('rewrites every preload of a whole page, and nothing a visitor wrote', () => {
    expect(lowPriorityPreloads(Buffer.from(HEAD + BODY)).toString('utf8')).toBe(EXPECTED);
    expect(lowPriorityPreloads(Buffer.from('<p>ok</p>')).toString('utf8')).toBe('<p>ok</p>');
  });

  it('gives the same page when it streams, whatever the chunks (cut inside `</head>` or a character)', async () => {
    const bytes = new TextEncoder().encode(HEAD + BODY);
    for (const size of [1, 3, 7, 64, bytes.length]) {
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
      expect(await throughStream(chunks), `chunks of ${size}`).toBe(EXPECTED);
    }
  });

  it('passes a page without a head through', async () => {
    expect(await throughStream([new TextEncoder().encode('<p>ok</p>')])).toBe('<p>ok</p>');
  });
});
