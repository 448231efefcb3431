import type { Db } from '@rf/db';
import { openingRow } from '@rf/db/client';
import {
  listPublicationPlaces,
  listPublicationQuarters,
  listPublicationRows,
  notePublicationFingerprint,
  publicationFingerprint,
  READ_PUBLICATION_FINGERPRINT,
} from '@rf/db/reporting/publication.repository';
import type { Tx } from '@rf/db/rls';
import { withServiceRole } from '@rf/db/service';
import type { DashboardRange, DashboardScope } from '@rf/domain/reporting/dashboard';
import {
  type Publication,
  type PublicationPlace,
  type PublicationSourceRow,
  type PublishedDashboard,
  publishActivity,
  publishedDashboard,
  type QuarterPublication,
  rowsByQuarter,
} from '@rf/domain/reporting/publication';
import type { Services } from '../../services.server.ts';

// Two levels of cache, per process and per database (a `WeakMap` keyed by the pool), so several instances
// each keep their own and never need to talk to each other (decisions 038, 048, 064):
//
// 1. The publication as a whole, and what is built from it (published dashboards, the open-data rows),
//    under `private.publication_fingerprint()`: a counter that the writes which can change the publication
//    bump in their own transaction (migration 20261206205118). A request reads that one tiny statement; an
//    unchanged fingerprint means the same publication, so a share page or an observer's dashboard costs
//    no recomputation at all. The fingerprint is read before anything else, so an entry is never filed
//    under a version older than its data; suppressing happens after the transaction, so a miss does not hold
//    a connection while the CPU works. Entries also expire after `PUBLICATION_TTL_MS`, for writes the
//    triggers cannot see (a load with `session_replication_role = replica`, a restored backup).
// 2. Under it, each suppressed quarter under the fingerprint of what it depends on (decision 038):
//    suppressing a quarter of a 1,800-place network takes about a second and its figures cannot change
//    while its reports stay validated (decision 036), so when level 1 misses (one report validated), only
//    the quarters whose fingerprint moved are suppressed again.

export const PUBLICATION_TTL_MS = 60_000;
/** Things built from one publication kept at most (scopes × ranges of the links and dashboards opened). */
const MAX_DERIVED = 500;
/** Versions kept at once: a slow computation of an older version must not evict the newer one. */
const MAX_SNAPSHOTS = 2;

interface Snapshot {
  expiresAt: number;
  publication: Publication;
  /** Values computed from `publication` (dashboards by scope and range, open data), shared: never mutated. */
  derived: Map<string, unknown>;
}

interface DbCache {
  quarters: Map<string, { fingerprint: string; quarter: QuarterPublication }>;
  snapshots: Map<string, Snapshot>;
  /** Snapshots being built, by version: a request for one waits for it instead of building it again. */
  building: Map<string, Promise<Snapshot>>;
}

/**
 * What a transaction read: the version, and either this process's snapshot of it or what computing one
 * needs. Suppressing happens after the transaction (`snapshotOf`): seconds of CPU at network scale must not
 * hold a database connection open.
 */
export interface PublicationReading {
  db: Db;
  key: string;
  at: number;
  hit?: Snapshot;
  source?: {
    quarters: { quarter: string; fingerprint: string }[];
    places: PublicationPlace[];
    rows: PublicationSourceRow[];
    /** The quarters this process had already suppressed for their fingerprint, taken at read time. */
    reused: Map<string, QuarterPublication>;
  };
}

const caches = new WeakMap<Db, DbCache>();

function cacheOf(db: Db): DbCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { quarters: new Map(), snapshots: new Map(), building: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

function freshSnapshot(cache: DbCache, key: string, at: number): Snapshot | undefined {
  const hit = cache.snapshots.get(key);
  return hit && at < hit.expiresAt ? hit : undefined;
}

/**
 * Reads the publication's version in `tx` (a transaction of the service role: the exact counts are read
 * with it, never a viewer's) and, when this process has no snapshot of it, the fingerprints, the places and
 * the exact counts of the quarters whose fingerprint moved. The version is read first, so a snapshot is
 * never filed under a version older than its data.
 */
export async function readPublication(db: Db, tx: Tx): Promise<PublicationReading> {
  const cache = cacheOf(db);
  const key = await publicationFingerprint(tx);
  const at = Date.now();
  const hit = freshSnapshot(cache, key, at);
  if (hit) return { db, key, at, hit };
  const quarters = await listPublicationQuarters(tx);
  const reused = new Map<string, QuarterPublication>();
  const stale: string[] = [];
  for (const q of quarters) {
    const cached = cache.quarters.get(q.quarter);
    if (cached?.fingerprint === q.fingerprint) reused.set(q.quarter, cached.quarter);
    else stale.push(q.quarter);
  }
  const places = await listPublicationPlaces(tx);
  const rows = await listPublicationRows(tx, stale);
  return { db, key, at, source: { quarters, places, rows, reused } };
}

/**
 * The snapshot a reading gives: the one kept, the one another request is building for the same version, or
 * the publication suppressed from what was read. Suppressing takes seconds at network scale (a second or
 * two a quarter, decision 077): it is done one quarter at a time, letting the server answer other requests
 * in between, and once per version however many requests ask for it meanwhile.
 */
async function snapshotOf(reading: PublicationReading): Promise<Snapshot> {
  const cache = cacheOf(reading.db);
  const kept = reading.hit ?? freshSnapshot(cache, reading.key, reading.at);
  if (kept || !reading.source) return kept as Snapshot;
  const pending = cache.building.get(reading.key);
  if (pending) return pending;
  const building = buildSnapshot(cache, reading).finally(() => cache.building.delete(reading.key));
  cache.building.set(reading.key, building);
  return building;
}

async function buildSnapshot(cache: DbCache, reading: PublicationReading): Promise<Snapshot> {
  const { quarters, places, rows, reused } = reading.source as NonNullable<PublicationReading['source']>;
  // Only the quarters whose fingerprint moved were read, and are suppressed; the others are reused.
  const rowsOf = rowsByQuarter(rows);
  const current = new Set(quarters.map((q) => q.quarter));
  for (const key of cache.quarters.keys()) if (!current.has(key)) cache.quarters.delete(key);
  const published: QuarterPublication[] = [];
  for (const { quarter, fingerprint } of quarters) {
    const kept = reused.get(quarter);
    if (kept) {
      published.push(kept);
      continue;
    }
    await yieldToOtherRequests();
    // A validated quarter without any activity is published as all zeros.
    const made = publishActivity(places, rowsOf.get(quarter) ?? []).quarters[0] ?? {
      quarter,
      figures: new Map(),
    };
    cache.quarters.set(quarter, { fingerprint, quarter: made });
    published.push(made);
  }
  const snapshot: Snapshot = {
    expiresAt: reading.at + PUBLICATION_TTL_MS,
    publication: { places: new Map(places.map((p) => [p.placeId, p])), quarters: published },
    derived: new Map(),
  };
  cache.snapshots.delete(reading.key);
  cache.snapshots.set(reading.key, snapshot);
  for (const old of cache.snapshots.keys()) {
    if (cache.snapshots.size <= MAX_SNAPSHOTS) break;
    cache.snapshots.delete(old);
  }
  return snapshot;
}

/** Lets the event loop serve what waits (other requests, timers) before the next quarter's suppression. */
const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A transaction of the service role whose `begin` also reads the publication's version, so that
 * `readPublication` finds it without a round trip of its own (what a share page costs, decision 064).
 */
export function withPublicationVersion<T>(db: Db, purpose: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return withServiceRole(
    db,
    purpose,
    (tx) => {
      notePublicationFingerprint(tx, openingRow());
      return work(tx);
    },
    READ_PUBLICATION_FINGERPRINT,
  );
}

/** Reads in a transaction of the service role of its own, then builds (or finds) the snapshot. */
async function currentSnapshot(services: Services): Promise<Snapshot> {
  const reading = await withPublicationVersion(services.db, 'publication: exact counts', (tx) =>
    readPublication(services.db, tx),
  );
  return snapshotOf(reading);
}

/** `compute(publication)`, kept with the snapshot under `name`: callers must not mutate what they get. */
function derived<T>(snapshot: Snapshot, name: string, compute: (publication: Publication) => T): T {
  if (snapshot.derived.has(name)) return snapshot.derived.get(name) as T;
  const value = compute(snapshot.publication);
  if (snapshot.derived.size >= MAX_DERIVED) snapshot.derived.clear();
  snapshot.derived.set(name, value);
  return value;
}

/**
 * The one publication of activity (decision 038), read from the exact counts with the service role and
 * suppressed before it is returned: what observers, share links and open data are all built from. Shared
 * by every request of the same version: never mutate it.
 */
export async function loadPublication(services: Services): Promise<Publication> {
  return (await currentSnapshot(services)).publication;
}

/**
 * A value built from the publication alone (e.g. the open-data rows), computed once per version and
 * process under `name`. Shared: never mutate it.
 */
export async function fromPublication<T>(
  services: Services,
  name: string,
  compute: (publication: Publication) => T,
): Promise<T> {
  return derived(await currentSnapshot(services), name, compute);
}

/**
 * The published dashboard of a scope and range (`publishedDashboard`), computed once per version and process
 * for each scope and range; the title is the caller's (read per request: it is not a figure). With a
 * `reading` the caller made in its own transaction (`readPublication`), nothing more is read.
 */
export async function loadPublishedDashboard(
  services: Services,
  scope: DashboardScope,
  range: DashboardRange,
  title: string,
  reading?: PublicationReading,
): Promise<PublishedDashboard> {
  const snapshot = await (reading ? snapshotOf(reading) : currentSnapshot(services));
  const name = `dashboard|${JSON.stringify(scope)}|${range.from}|${range.to}`;
  return {
    ...derived(snapshot, name, (publication) => publishedDashboard(publication, scope, range, '')),
    title,
  };
}

/** Forgets this process's copies for one database (tests comparing with a fresh computation). */
export function clearPublicationCache(db: Db) {
  caches.delete(db);
}
