// Opening hours in the OpenStreetMap `opening_hours` syntax (the national standard's `horaires`), read by the
// maintained `opening_hours` package, never by hand. Times are the network's wall-clock time (Paris).
import OpeningHours from 'opening_hours';
import { wallClockParts } from '../time/local-time.ts';
import { PARIS_TIME_ZONE } from '../time/paris.ts';

// Public holidays (PH) are those of metropolitan France; the package needs a place to know them.
const FRANCE = { lat: 46.6, lon: 2.4, address: { country_code: 'fr', state: 'Île-de-France' } };

export interface DayHours {
  /** 1 = Monday … 7 = Sunday (ISO). */
  isoDay: number;
  /** Intervals as `HH:MM`; `24:00` ends a day open until midnight. Empty: closed. */
  intervals: { from: string; to: string }[];
}

// Reading a value is the costly part (the package tokenizes and compiles it: most of a directory page's CPU
// when every card asks "open now?"), and places share a few hundred distinct values. Compiled values are
// kept, bounded: the oldest read goes first.
const COMPILED_LIMIT = 5_000;
const compiled = new Map<string, OpeningHours | null>();

function parse(value: string | null | undefined): OpeningHours | null {
  const key = value?.trim();
  if (!key) return null;
  const known = compiled.get(key);
  if (known !== undefined) {
    compiled.delete(key);
    compiled.set(key, known);
    return known;
  }
  let oh: OpeningHours | null;
  try {
    oh = new OpeningHours(key, FRANCE);
  } catch {
    oh = null;
  }
  if (compiled.size >= COMPILED_LIMIT) compiled.delete(compiled.keys().next().value as string);
  compiled.set(key, oh);
  return oh;
}

/** A Date whose local fields are the wall-clock time in Paris at `instant` (what the package evaluates). */
export function parisWallClock(instant: Date): Date {
  const parts = wallClockParts(instant, PARIS_TIME_ZONE);
  return new Date(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** Whether a value is valid `opening_hours` syntax. */
export function isValidOpeningHours(value: string): boolean {
  return parse(value) !== null;
}

/** Open at `instant` (Paris time)? `null` when the hours are missing or unreadable. */
export function isOpenAt(value: string | null | undefined, instant: Date): boolean | null {
  return openAt(instant)(value);
}

/**
 * "Open at `instant`?" for many places at once (a page of cards, a filter over thousands): the wall clock
 * is read once and each distinct value is evaluated once.
 */
export function openAt(instant: Date): (value: string | null | undefined) => boolean | null {
  const wallClock = parisWallClock(instant);
  const states = new Map<string, boolean | null>();
  return (value) => {
    const key = value?.trim();
    if (!key) return null;
    let state = states.get(key);
    if (state === undefined) {
      state = parse(key)?.getState(wallClock) ?? null;
      states.set(key, state);
    }
    return state;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * The hours of the week that contains `instant`, Monday to Sunday, split at midnight: what a person reads
 * as "lundi : 9 h – 12 h". `null` when the hours are missing or unreadable.
 */
export function weekHours(value: string | null | undefined, instant: Date): DayHours[] | null {
  const oh = parse(value);
  if (!oh) return null;
  const now = parisWallClock(instant);
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  const days: DayHours[] = [];
  for (let i = 0; i < 7; i++) {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
    const end = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i + 1);
    const intervals = oh.getOpenIntervals(start, end).map(([from, to]) => ({
      from: hhmm(from),
      to: to.getTime() >= end.getTime() ? '24:00' : hhmm(to),
    }));
    days.push({ isoDay: i + 1, intervals });
  }
  return days;
}
