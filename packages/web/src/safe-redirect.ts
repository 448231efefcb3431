// Where a form or a link may send someone back to (`?retour=`, the language switch's `redirectTo`): a path
// on this site only, never another origin (an open redirect). Checking the string's prefix is not enough:
// browsers drop tabs and line breaks inside a URL and read `\` as `/`, so "/\t/evil.example" is
// "//evil.example" to them; and "/.//evil.example" is normalised to the path "//evil.example". So the value
// is parsed with the WHATWG URL parser (the browser's), against our own origin, and only what the parser
// made of it is returned.

/** Longer than any path of ours with its query: refused rather than parsed. */
export const MAX_RETURN_PATH_LENGTH = 2048;

/** An origin that is never served: the parsed value must stay on it (the result does not depend on it). */
const DEFAULT_BASE = 'https://return-path.invalid';

/**
 * C0 and C1 control characters (tab, CR, LF among them: browsers strip them), DEL, the Unicode line and
 * paragraph separators, and the backslash (browsers read it as a slash).
 */
const FORBIDDEN = /[\p{Cc}\u2028\u2029\\]/u;

/**
 * The normalised path, query and fragment of `value` when it is a path on the site of `origin` (any origin
 * of ours will do: only the path is returned), or null. Refused: anything but a string starting with a
 * single `/`, a scheme-relative or absolute URL, control characters or a backslash anywhere, values over
 * {@link MAX_RETURN_PATH_LENGTH} characters, and anything the parser resolves to another origin or to a
 * path starting with `//`.
 */
export function safeReturnPath(value: unknown, origin: string = DEFAULT_BASE): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_RETURN_PATH_LENGTH) return null;
  if (value[0] !== '/' || value[1] === '/' || FORBIDDEN.test(value)) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || url.username !== '' || url.password !== '') return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//x", "/a/..//x" and their %2e spellings come out of the parser as "//x": scheme-relative again.
  if (!path.startsWith('/') || path.startsWith('//') || FORBIDDEN.test(path)) return null;
  return path;
}

/**
 * The sign-in page, coming back to `returnPath` afterwards when it is a path of this site (for pages that
 * send there the address they were asked for: a request-derived value goes through {@link safeReturnPath}
 * here, and again when the sign-in page reads it).
 */
export function signInPath(returnPath: unknown): string {
  const back = safeReturnPath(returnPath);
  return back ? `/connexion?retour=${encodeURIComponent(back)}` : '/connexion';
}
