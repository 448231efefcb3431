// Every page is rendered on the server and works without JavaScript: the scripts only hydrate it. React
// Router preloads them with `<link rel="modulepreload">`, which React hoists into `<head>` and the browser
// fetches at high priority, so on a slow mobile connection they share the bandwidth with the document and
// the first paint waits for them (decision 066). `fetchpriority="low"` lets the document go first; the
// modules still load in parallel, before the page needs them. All the preloads are in `<head>`.

const PRELOAD = Buffer.from('<link rel="modulepreload"');
const LOW_PRIORITY_PRELOAD = Buffer.from('<link rel="modulepreload" fetchpriority="low"');
const HEAD_END = Buffer.from('</head>');

/** The preloads of a page's head, rewritten byte for byte (the head is ASCII around them). */
function rewriteHead(head: Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = head.indexOf(PRELOAD); at !== -1; at = head.indexOf(PRELOAD, from)) {
    parts.push(head.subarray(from, at), LOW_PRIORITY_PRELOAD);
    from = at + PRELOAD.length;
  }
  if (from === 0) return head;
  parts.push(head.subarray(from));
  return Buffer.concat(parts);
}

/**
 * A whole page (public pages are rendered whole, decision 042): its head rewritten, its body copied as it is.
 * Bytes in, bytes out: the page is never decoded to a string and encoded again.
 */
export function lowPriorityPreloads(html: Buffer): Buffer<ArrayBuffer> {
  const end = html.indexOf(HEAD_END);
  if (end === -1) return Buffer.concat([rewriteHead(html)]);
  return Buffer.concat([rewriteHead(html.subarray(0, end)), html.subarray(end)]);
}

/**
 * A streamed page (personal pages): the head is rewritten as it passes, cut on `</head>` (ASCII, never
 * inside a multi-byte character); the body streams through untouched.
 */
export function lowPriorityPreloadsStream(): TransformStream<Uint8Array, Uint8Array> {
  let pending: Buffer = Buffer.alloc(0);
  let headDone = false;
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
      controller.enqueue(rewriteHead(joined.subarray(0, end)));
      controller.enqueue(joined.subarray(end));
    },
    flush(controller) {
      if (pending.length > 0) controller.enqueue(rewriteHead(pending));
    },
  });
}
