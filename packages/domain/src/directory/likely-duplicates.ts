// Likely duplicates in an import (issue 17, decision 063). The ANCT library (`@gouvfr-anct/lieux-de-
// mediation-numerique` 2.3.0, decision 053) has no deduplication function (its models validate one place;
// the national dedup runs in the ANCT's data pipelines, not in the package), so this is the minimum, pure
// and unit-tested: a line about to create a place is flagged against the live places of its commune when the
// names are alike (trigram similarity, accents and case ignored, as the directory search does), or the
// addresses are the same, or the points are within 100 metres. The import still creates it: the network
// admin decides, and merges afterwards if it was one (decision 012).

export type DuplicateReason = 'name' | 'address' | 'distance';

export interface DuplicateCandidate {
  id: string;
  name: string;
  address: string | null;
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface DuplicateProbe {
  name: string;
  address: string;
  communeCode: string;
  latitude: number | null;
  longitude: number | null;
}

/** Names at least this alike (trigram similarity, 0–1) are likely the same place. */
export const NAME_SIMILARITY = 0.5;
/** Points closer than this (metres) are likely the same place. */
export const DUPLICATE_DISTANCE_M = 100;

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// Address words that vary between producers for the same street.
const ADDRESS_WORDS: Record<string, string> = {
  r: 'rue',
  av: 'avenue',
  bd: 'boulevard',
  pl: 'place',
  che: 'chemin',
};
const normaliseAddress = (text: string) =>
  normalise(text)
    .split(' ')
    .map((w) => ADDRESS_WORDS[w] ?? w)
    .join(' ');

/** pg_trgm's trigrams of a text: each word padded with two spaces before and one after. */
function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalise(text).split(' ').filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** pg_trgm's `similarity`: shared trigrams over all trigrams of both texts. */
export function nameSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const g of ta) if (tb.has(g)) shared += 1;
  return shared / (ta.size + tb.size - shared);
}

/** Great-circle distance in metres. */
export function distanceMetres(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Why `candidate` is likely the place `probe` describes; empty when it is not. */
export function duplicateReasons(probe: DuplicateProbe, candidate: DuplicateCandidate): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  const sameCommune = candidate.communeCode === probe.communeCode;
  if (sameCommune && nameSimilarity(probe.name, candidate.name) >= NAME_SIMILARITY) reasons.push('name');
  if (
    sameCommune &&
    candidate.address &&
    normaliseAddress(candidate.address) === normaliseAddress(probe.address)
  )
    reasons.push('address');
  if (
    probe.latitude !== null &&
    probe.longitude !== null &&
    candidate.latitude !== null &&
    candidate.longitude !== null &&
    distanceMetres(
      { latitude: probe.latitude, longitude: probe.longitude },
      { latitude: candidate.latitude, longitude: candidate.longitude },
    ) <= DUPLICATE_DISTANCE_M
  )
    reasons.push('distance');
  return reasons;
}

/** The likeliest duplicates of `probe` among `candidates` (most reasons first, then most alike name), at most `max`. */
export function likelyDuplicates(
  probe: DuplicateProbe,
  candidates: readonly DuplicateCandidate[],
  max = 3,
): { id: string; name: string; reasons: DuplicateReason[] }[] {
  return candidates
    .map((c) => ({ c, reasons: duplicateReasons(probe, c), score: nameSimilarity(probe.name, c.name) }))
    .filter((x) => x.reasons.length > 0)
    .sort(
      (a, b) => b.reasons.length - a.reasons.length || b.score - a.score || a.c.name.localeCompare(b.c.name),
    )
    .slice(0, max)
    .map(({ c, reasons }) => ({ id: c.id, name: c.name, reasons }));
}
