/**
 * Wall-clock time in a named time zone ↔ instants, with the platform's Intl data (no Temporal yet in
 * Node 24; decisions 013 and 015). People write local times (a session at 14:00, an availability on
 * Tuesdays 9:30–12:00, a loan from one day to another); the database keeps instants. No arithmetic on
 * instants across a change of offset: a 14:00 session stays 14:00 in Paris on either side of the October
 * or March change. The one module for it: the catalogue, appointments, sharing and reporting all use it.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
}

/** The wall clock's fields at `instant` in `timeZone`, as two-digit strings (`year` four): 24-hour clock. */
export function wallClockParts(instant: Date, timeZone: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** What a clock on the wall of the place shows at `instant`. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const parts = wallClockParts(instant, timeZone);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The zone's offset from UTC at `instant`, in minutes (Paris: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const local = toLocal(instant, timeZone);
  const asUtc = Date.parse(`${local.date}T00:00:00Z`) + local.minutes * 60_000;
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a local date and time stands for. Like Temporal's "compatible" disambiguation: a time that
 * happens twice (autumn, 2:30 in Paris) is the first one; a time that never happens (spring, 2:30) is
 * pushed forward by the gap (3:30), so a window that starts inside the gap starts when clocks resume.
 */
export function fromLocal(date: string, minutes: number, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // The offset just before and just after the wall time: they differ only around a change of offset.
  const before = offsetMinutes(new Date(wall - 24 * 3_600_000), timeZone);
  const after = offsetMinutes(new Date(wall + 24 * 3_600_000), timeZone);
  const withBefore = wall - before * 60_000;
  if (before === after) return new Date(withBefore);
  const withAfter = wall - after * 60_000;
  // The earliest reading that the zone really shows as this wall time.
  for (const candidate of [withBefore, withAfter].sort((a, b) => a - b)) {
    const local = toLocal(new Date(candidate), timeZone);
    if (local.date === date && local.minutes === minutes) return new Date(candidate);
  }
  // In the gap: the wall time read with the offset in force before the change lands after it.
  return new Date(withBefore);
}

/** 570 → `09:30` (minutes since midnight as a time of day). */
export function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `09:30` or `09:30:00` → 570. */
export function minutesOfTime(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
