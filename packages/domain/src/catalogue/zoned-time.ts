/**
 * Wall-clock time in a named time zone ⇄ instants, with the platform's time-zone database (Intl): no
 * library, and no arithmetic on instants across a change of offset — a 14:00 session stays 14:00 in Paris
 * whether it falls before or after the October or March change.
 */

/** The network is in France: sessions are planned in Paris time. */
export const PLANNING_TIME_ZONE = 'Europe/Paris';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock time at `instant` in `timeZone`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at `instant` (+60 in Paris in winter, +120 in summer). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall-clock time happens in `timeZone`. A time that does not exist (02:30 on the March
 * change) is read with the offset before the change (so 03:30); an ambiguous one (02:30 on the October
 * change) is the first of the two.
 */
export function zonedTimeToInstant(clock: WallClock, timeZone: string): Date {
  const naive = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const before = offsetMinutes(new Date(naive - 86_400_000 / 2), timeZone);
  const after = offsetMinutes(new Date(naive + 86_400_000 / 2), timeZone);
  // Try the larger offset first: it gives the earlier instant, the first of an ambiguous pair.
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    const candidate = new Date(naive - offset * 60_000);
    const back = wallClockAt(candidate, timeZone);
    if (back.hour === clock.hour && back.minute === clock.minute && back.day === clock.day) return candidate;
  }
  return new Date(naive - before * 60_000);
}
