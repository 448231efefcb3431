// Every page is rendered on the server and works without JavaScript: the scripts only hydrate it. React
// Router preloads them with `<link rel="modulepreload">`, which React hoists into `<head>` and the browser
// fetches at high priority, so on a slow mobile connection they share the bandwidth with the document and
// the first paint waits for them (decision 066). `fetchpriority="low"` lets the document go first; the
// modules still load in parallel, before the page needs them. All the preloads are in `<head>`.

const PRELOAD = '<link rel="modulepreload"';
const LOW_PRIORITY_PRELOAD = '<link rel="modulepreload" fetchpriority="low"';

/** A whole page (public pages are rendered whole, decision 042): one string replacement. */
export function lowPriorityPreloads(html: string): string {
  return html.replaceAll(PRELOAD, LOW_PRIORITY_PRELOAD);
}

const HEAD_END = Buffer.from('</head>');

/**
 * A streamed page (personal pages): the head is rewritten as it passes, cut on `</head>` (ASCII, never
 * inside a multi-byte character); the body streams through untouched.
 */
export function lowPriorityPreloadsStream(): TransformStream<Uint8Array, Uint8Array> {
  let pending: Buffer = Buffer.alloc(0);
  let headDone = false;
  const rewrite = (head: Buffer) => new TextEncoder().encode(lowPriorityPreloads(head.toString('utf8')));
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (headDone) {
        controller.enqueue(chunk);
        return;
      }
      const joined = Buffer.concat([pending, chunk]);
      const end = joined.indexOf(HEAD_END);
      if (end === -1) {
        pending = joined;
        return;
      }
      headDone = true;
      pending = Buffer.alloc(0);
      controller.enqueue(rewrite(joined.subarray(0, end)));
      controller.enqueue(joined.subarray(end));
    },
    flush(controller) {
      if (pending.length > 0) controller.enqueue(rewrite(pending));
    },
  });
}
