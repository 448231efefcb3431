// Every page is rendered on the server and works without JavaScript: the scripts only hydrate it. React
// Router writes them as `<link rel="modulepreload">` tags (hoisted by React into `<head>`) and one inline
// `<script type="module" async="">` whose `import`s start at once. The browser then fetches them while it
// parses the page, and on a fast link they often arrive before the first paint, which Lighthouse's
// simulation then counts as holding the page's largest paint (decision 073). Both are written here in a
// form the browser leaves alone; `HYDRATE_AFTER_PAINT` (`../hydrate-after-paint.ts`), the page's last
// script, gives them back their meaning once the first contentful paint is shown. Neither string can come from what
// a visitor wrote: React escapes quotes and `<` in text and attributes, and React Router escapes `<` in the
// data it inlines.

const PRELOAD = [
  Buffer.from('<link rel="modulepreload"'),
  Buffer.from('<link rel="rf-modulepreload"'),
] as const;
const MODULE_SCRIPT = [
  Buffer.from(' type="module" async=""'),
  Buffer.from(' type="rf-module" async=""'),
] as const;
const HEAD_END = Buffer.from('</head>');
/** What is held, and how; no two patterns can overlap. */
const REWRITES: readonly (readonly [Buffer, Buffer])[] = [PRELOAD, MODULE_SCRIPT];
const LONGEST = Math.max(...REWRITES.map(([from]) => from.length));

/**
 * How many of a chunk's last bytes could begin a pattern that the next chunk completes: only those wait for
 * it, so a streamed page's bytes are never held back for nothing (its last script would not run).
 */
function unfinishedPattern(bytes: Buffer): number {
  for (let length = Math.min(bytes.length, LONGEST - 1); length > 0; length -= 1) {
    const tail = bytes.subarray(bytes.length - length);
    if (REWRITES.some(([pattern]) => pattern.subarray(0, length).equals(tail))) return length;
  }
  return 0;
}

/**
 * `bytes` with every pattern replaced, and where the last replacement (or the start) ended. Each pattern's
 * next place is searched for again only once it has been replaced.
 */
function rewrite(bytes: Buffer): { parts: Buffer[]; end: number } {
  const parts: Buffer[] = [];
  const next = REWRITES.map(([pattern]) => bytes.indexOf(pattern));
  let from = 0;
  for (;;) {
    let which = -1;
    for (let i = 0; i < next.length; i += 1) {
      const at = next[i] as number;
      if (at !== -1 && (which === -1 || at < (next[which] as number))) which = i;
    }
    if (which === -1) return { parts, end: from };
    const [pattern, replacement] = REWRITES[which] as readonly [Buffer, Buffer];
    const at = next[which] as number;
    parts.push(bytes.subarray(from, at), replacement);
    from = at + pattern.length;
    next[which] = bytes.indexOf(pattern, from);
  }
}

/**
 * A whole page (public pages are rendered whole, decision 042). Bytes in, bytes out: the page is never
 * decoded to a string and encoded again.
 */
export function hydrateAfterPaint(html: Buffer): Buffer<ArrayBuffer> {
  const parts: Buffer[] = [];
  let from = 0;
  // React hoists every preload into the head, and React Router writes one module script: the rest of the
  // page is not searched again (a search that finds nothing reads to the end of the page).
  const headEnd = html.indexOf(HEAD_END);
  const head = headEnd === -1 ? html : html.subarray(0, headEnd);
  for (let at = head.indexOf(PRELOAD[0]); at !== -1; at = head.indexOf(PRELOAD[0], from)) {
    parts.push(html.subarray(from, at), PRELOAD[1]);
    from = at + PRELOAD[0].length;
  }
  const script = html.indexOf(MODULE_SCRIPT[0], from);
  if (script !== -1) {
    parts.push(html.subarray(from, script), MODULE_SCRIPT[1]);
    from = script + MODULE_SCRIPT[0].length;
  }
  parts.push(html.subarray(from));
  return Buffer.concat(parts);
}

/**
 * A streamed page (personal pages): each chunk is rewritten as it passes, holding back only the bytes at its
 * end that begin a pattern the next chunk may complete (patterns are ASCII: never cut a character).
 */
export function hydrateAfterPaintStream(): TransformStream<Uint8Array, Uint8Array> {
  let pending: Buffer = Buffer.alloc(0);
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      const joined =
        pending.length === 0
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : Buffer.concat([pending, chunk]);
      const { parts, end } = rewrite(joined);
      const keep = Math.max(end, joined.length - unfinishedPattern(joined));
      for (const part of parts) controller.enqueue(part);
      if (keep > end) controller.enqueue(joined.subarray(end, keep));
      pending = Buffer.from(joined.subarray(keep));
    },
    flush(controller) {
      if (pending.length > 0) controller.enqueue(pending);
    },
  });
}
