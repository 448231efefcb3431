import { describe, expect, it } from 'vitest';
import { hydrateAfterPaint, hydrateAfterPaintStream } from './hydrate-after-paint.ts';

const PAGE =
  '<!DOCTYPE html><html lang="fr"><head><link rel="modulepreload" href="/assets/a.js"/>' +
  '<link rel="modulepreload" href="/assets/é.js"/><title>Accueil</title></head>' +
  '<body><p>&lt;link rel=&quot;modulepreload&quot; type=&quot;module&quot; async=&quot;&quot;</p>' +
  '<main>Ateliers — été</main><script>window.x = 1</script>' +
  '<script nonce="n0" type="module" async="">import "/assets/a.js";</script></body></html>';
const EXPECTED =
  '<!DOCTYPE html><html lang="fr"><head><link rel="rf-modulepreload" href="/assets/a.js"/>' +
  '<link rel="rf-modulepreload" href="/assets/é.js"/><title>Accueil</title></head>' +
  '<body><p>&lt;link rel=&quot;modulepreload&quot; type=&quot;module&quot; async=&quot;&quot;</p>' +
  '<main>Ateliers — été</main><script>window.x = 1</script>' +
  '<script nonce="n0" type="rf-module" async="">import "/assets/a.js";</script></body></html>';

async function throughStream(chunks: Uint8Array[]): Promise<string> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(source.pipeThrough(hydrateAfterPaintStream())).text();
}

describe('hydration scripts held until after the first paint (decision 073)', () => {
  it('holds every preload and the module script of a whole page, and nothing a visitor wrote', () => {
    expect(hydrateAfterPaint(Buffer.from(PAGE)).toString('utf8')).toBe(EXPECTED);
    expect(hydrateAfterPaint(Buffer.from('<p>ok</p>')).toString('utf8')).toBe('<p>ok</p>');
  });

  it('gives the same page when it streams, whatever the chunks (cut inside a tag or a character)', async () => {
    const bytes = new TextEncoder().encode(PAGE);
    for (const size of [1, 3, 7, 25, 64, bytes.length]) {
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
      expect(await throughStream(chunks), `chunks of ${size}`).toBe(EXPECTED);
    }
  });

  it('sends each chunk on at once unless it ends with the beginning of a pattern', async () => {
    const sent: string[] = [];
    const writer = new WritableStream<Uint8Array>({
      write(chunk) {
        sent.push(new TextDecoder().decode(chunk));
      },
    });
    const stream = hydrateAfterPaintStream();
    const piping = stream.readable.pipeTo(writer);
    const input = stream.writable.getWriter();
    const encode = (text: string) => new TextEncoder().encode(text);
    await input.write(encode('<main>page</main><script>last()</script>'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.join('')).toBe('<main>page</main><script>last()</script>');
    await input.write(encode('<p>more</p><link rel="module'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.join('')).toBe('<main>page</main><script>last()</script><p>more</p>');
    await input.write(encode('preload" href="/a.js"/>'));
    await input.close();
    await piping;
    expect(sent.join('')).toBe(
      '<main>page</main><script>last()</script><p>more</p><link rel="rf-modulepreload" href="/a.js"/>',
    );
  });

  it('passes a page without scripts through', async () => {
    expect(await throughStream([new TextEncoder().encode('<p>ok</p>')])).toBe('<p>ok</p>');
  });
});
