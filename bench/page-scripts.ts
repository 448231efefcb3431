// The JavaScript a page's HTML makes the browser load with it: `<script src>`, the module preloads (which the
// server holds as `rf-modulepreload` until the first paint, decision 073) and the inline scripts' `import`s.

export function scriptsOf(html: string): Set<string> {
  const urls = new Set<string>();
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) urls.add(src as string);
  for (const [tag] of html.matchAll(/<link[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="(?:rf-)?modulepreload"/.test(tag)) urls.add(href);
  }
  for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const [, src] of (body ?? '').matchAll(/import\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g)) {
      urls.add(src as string);
    }
  }
  return urls;
}
