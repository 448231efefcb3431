// Every page is rendered on the server and works without JavaScript: the scripts only hydrate it. React
// Router writes them as `<link rel="modulepreload">` tags (hoisted by React into `<head>`) and one inline
// `<script type="module" async="">` whose `import`s start at once. The browser then fetches them while it
// parses the page, and on a fast link they often arrive before the first paint, which Lighthouse's
// simulation then counts as holding the page's largest paint (decision 073). Both are written here in a
// form the browser leaves alone; `HYDRATE_AFTER_PAINT` (`../hydrate-after-paint.ts`), the page's last
// script, gives them back their meaning once the first frame is painted. Neither string can come from what
// a visitor wrote: React escapes quotes and `<` in text and attributes, and React Router escapes `<` in the
// data it inlines.

const REWRITES: readonly (readonly [Buffer, Buffer])[] = [
  [Buffer.from('<link rel="modulepreload"'), Buffer.from('<link rel="rf-modulepreload"')],
  [Buffer.from(' type="module" async=""'), Buffer.from(' type="rf-module" async=""')],
];
/** A chunk's last bytes that could begin a pattern cut by the chunk's end. */
const LONGEST = Math.max(...REWRITES.map(([from]) => from.length));

/** Where the earliest pattern starts in `bytes` from `from`, and which one. */
function nextMatch(bytes: Buffer, from: number): { at: number; rewrite: readonly [Buffer, Buffer] } | null {
  let best: { at: number; rewrite: readonly [Buffer, Buffer] } | null = null;
  for (const rewrite of REWRITES) {
    const at = bytes.indexOf(rewrite[0], from);
    if (at !== -1 && (best === null || at < best.at)) best = { at, rewrite };
  }
  return best;
}

/** `bytes` with every pattern replaced, and where the last replacement (or the start) ended. */
function rewrite(bytes: Buffer): { parts: Buffer[]; end: number } {
  const parts: Buffer[] = [];
  let from = 0;
  for (let match = nextMatch(bytes, 0); match; match = nextMatch(bytes, from)) {
    parts.push(bytes.subarray(from, match.at), match.rewrite[1]);
    from = match.at + match.rewrite[0].length;
  }
  return { parts, end: from };
}

/**
 * A whole page (public pages are rendered whole, decision 042). Bytes in, bytes out: the page is never
 * decoded to a string and encoded again.
 */
export function hydrateAfterPaint(html: Buffer): Buffer<ArrayBuffer> {
  const { parts, end } = rewrite(html);
  return Buffer.concat([...parts, html.subarray(end)]);
}

/**
 * A streamed page (personal pages): each chunk is rewritten as it passes, holding back the few bytes at its
 * end that could begin a pattern the next chunk completes (patterns are ASCII: never cut a character).
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
      const keep = Math.max(end, joined.length - (LONGEST - 1));
      for (const part of parts) controller.enqueue(part);
      if (keep > end) controller.enqueue(joined.subarray(end, keep));
      pending = Buffer.from(joined.subarray(keep));
    },
    flush(controller) {
      if (pending.length > 0) controller.enqueue(pending);
    },
  });
}
