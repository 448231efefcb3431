// A short-lived, per-instance cache of the public figures (decision 048): the network's counts and the
// directory's facets read every public place, yet change only when a place, a label or a commune does; the
// catalogue's themes read every public activity, and change when an activity or a session does, or when
// the last upcoming session of a theme starts (the entry expires then).
// Each entry is keyed by `private.public_figures_fingerprint()` (migration 20261206122711): the database,
// a version that statement-level triggers bump in the writing transaction (so a reader sees the new version
// with the new data), and the day (labels are current between two dates). Checking it costs one tiny
// statement per request, read with the request's `begin` (`withSession`), so several instances stay right
// without talking to each other: the first request after a write, on any instance, recomputes. Entries also
// expire after `PUBLIC_FIGURES_TTL_MS`, for writes the triggers cannot see (a load with
// `session_replication_role = replica`).
//
// Only for figures that are the same whoever asks (what anyone may see): never cache through this what RLS
// shows one viewer and not another.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export const PUBLIC_FIGURES_TTL_MS = 60_000;
/**
 * Entries kept at most: the directory's and the catalogue's totals add one per search asked (decision 069;
 * the keys come from query strings, which a crawler walks through), so the oldest entry gives way to a new
 * one rather than the whole cache (the facets would go with it).
 */
const MAX_ENTRIES = 2_000;

interface Entry {
  /** The instant the value was computed for: it says nothing about earlier ones. */
  computedAt: number;
  expiresAt: number;
  value: unknown;
}

const entries = new Map<string, Entry>();
/** One transaction sees one fingerprint: read it once, however many figures the page asks for. */
const fingerprints = new WeakMap<Tx, Promise<string>>();

/** The fingerprint as a request's transaction reads it in its opening round trip (`withSession`). */
export const READ_PUBLIC_FIGURES_FINGERPRINT =
  'select private.public_figures_fingerprint() as public_figures_fingerprint';

/** Takes the fingerprint `tx` read in its opening (the row of `READ_PUBLIC_FIGURES_FINGERPRINT`), if any. */
export function notePublicFiguresFingerprint(tx: Tx, openingRow: Record<string, unknown> | undefined) {
  const fingerprint = openingRow?.public_figures_fingerprint;
  if (typeof fingerprint === 'string') fingerprints.set(tx, Promise.resolve(fingerprint));
}

/** What the public figures depend on, as the database says now (in this transaction). */
export function publicFiguresFingerprint(tx: Tx): Promise<string> {
  const known = fingerprints.get(tx);
  if (known) return known;
  const read = sql<{ fingerprint: string }>`select private.public_figures_fingerprint() as fingerprint`
    .execute(tx)
    .then(({ rows }) => rows[0]?.fingerprint ?? '');
  fingerprints.set(tx, read);
  return read;
}

/**
 * `compute(tx)`, or its value for the same name and fingerprint computed less than a minute ago by this
 * instance. Callers must not mutate the value they get (it is shared).
 */
export async function cachedPublicFigures<T>(
  tx: Tx,
  name: string,
  compute: (tx: Tx) => Promise<T>,
  options: {
    /** The instant the figures are asked for (ms); by default now. */
    at?: number;
    /** Until when (ms) figures that depend on time stay right, when sooner than the TTL. */
    validUntil?: (value: T) => number;
  } = {},
): Promise<T> {
  const at = options.at ?? Date.now();
  const key = `${await publicFiguresFingerprint(tx)}|${name}`;
  const hit = entries.get(key);
  if (hit && hit.computedAt <= at && at < hit.expiresAt) return hit.value as T;
  const value = await compute(tx);
  const expiresAt = Math.min(
    at + PUBLIC_FIGURES_TTL_MS,
    options.validUntil?.(value) ?? Number.POSITIVE_INFINITY,
  );
  keep(key, { computedAt: at, expiresAt, value });
  return value;
}

/**
 * The value kept under `name` for the database as this transaction sees it, or `undefined`: for a figure
 * computed inside a statement of the page (a total counted beside the page's rows), which then hands it to
 * `rememberPublicFigure`. Callers must not mutate the value they get (it is shared).
 */
export async function recallPublicFigure<T>(tx: Tx, name: string, at = Date.now()): Promise<T | undefined> {
  const hit = entries.get(`${await publicFiguresFingerprint(tx)}|${name}`);
  if (!hit || at < hit.computedAt || at >= hit.expiresAt) return undefined;
  return hit.value as T;
}

/**
 * Keeps `value`, read in this transaction after its fingerprint (`recallPublicFigure` reads it first): a
 * write committed in between is then seen by the value, never missed under a newer fingerprint.
 */
export async function rememberPublicFigure(tx: Tx, name: string, value: unknown, at = Date.now()) {
  keep(`${await publicFiguresFingerprint(tx)}|${name}`, {
    computedAt: at,
    expiresAt: at + PUBLIC_FIGURES_TTL_MS,
    value,
  });
}

function keep(key: string, entry: Entry) {
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) {
    // A Map iterates in insertion order: the first key is the oldest entry.
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }
  entries.set(key, entry);
}

/** Forgets every entry (tests). */
export function clearPublicFiguresCache() {
  entries.clear();
}
