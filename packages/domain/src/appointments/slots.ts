import { addDays, fromLocal, isoWeekday, minutesOfTime, toLocal } from '../time/local-time.ts';

/**
 * Bookable appointment slots, pure: from médiateurs' availabilities (local, recurring) to instants, minus
 * what is already booked. The database checks a booking again (`private.book_appointment`) and its
 * exclusion constraint is the last word; this decides what the pages offer.
 */

export const appointmentModalities = ['sur_place', 'telephone', 'domicile', 'visio'] as const;
export type AppointmentModality = (typeof appointmentModalities)[number];
export const slotLengths = [30, 45, 60] as const;
export type WhoMayBook = 'agents' | 'agents_and_prescribers' | 'everyone';

export interface Availability {
  id: string;
  placeId: string;
  mediateurId: string;
  /** YYYY-MM-DD, local to the place. */
  firstDay: string;
  lastDay: string | null;
  /** ISO weekdays, 1 = Monday. */
  weekdays: readonly number[];
  /** HH:MM (or HH:MM:SS), local. */
  startTime: string;
  endTime: string;
  timeZone: string;
  slotMinutes: number;
  modalities: readonly AppointmentModality[];
  bufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  whoMayBook: WhoMayBook;
  isActive: boolean;
}

/** A booked appointment of a médiateur (at any place): only when, never who. */
export interface BusyInterval {
  mediateurId: string;
  startsAt: string;
  endsAt: string;
}

export interface Slot {
  availabilityId: string;
  placeId: string;
  mediateurId: string;
  startsAt: string;
  endsAt: string;
  modalities: readonly AppointmentModality[];
  /** Local date of the start, for grouping by day. */
  day: string;
}

const MINUTE = 60_000;

/**
 * Every slot of one availability whose start lies in [from, to), ignoring bookings: from the local start
 * time, one slot every `slotMinutes + bufferMinutes`, as long as the slot ends by the local end time (a
 * last slot that would run past it is not offered). Steps are real minutes from the window's start, so a
 * window crossing a change of time keeps slots of their real length.
 */
export function availabilitySlots(availability: Availability, from: Date, to: Date): Slot[] {
  if (!availability.isActive) return [];
  const tz = availability.timeZone;
  const slots: Slot[] = [];
  const step = (availability.slotMinutes + availability.bufferMinutes) * MINUTE;
  const length = availability.slotMinutes * MINUTE;
  // One day of margin on each side: local days and UTC days differ by the offset.
  let day = addDays(toLocal(from, tz).date, -1);
  const lastLocalDay = addDays(toLocal(to, tz).date, 1);
  for (; day <= lastLocalDay; day = addDays(day, 1)) {
    if (day < availability.firstDay) continue;
    if (availability.lastDay !== null && day > availability.lastDay) break;
    if (!availability.weekdays.includes(isoWeekday(day))) continue;
    const windowStart = fromLocal(day, minutesOfTime(availability.startTime), tz).getTime();
    const windowEnd = fromLocal(day, minutesOfTime(availability.endTime), tz).getTime();
    for (let start = windowStart; start + length <= windowEnd; start += step) {
      if (start < from.getTime() || start >= to.getTime()) continue;
      slots.push({
        availabilityId: availability.id,
        placeId: availability.placeId,
        mediateurId: availability.mediateurId,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + length).toISOString(),
        modalities: availability.modalities,
        day,
      });
    }
  }
  return slots;
}

/** The earliest start a person may book now: `minNoticeMinutes` ahead. */
export function earliestStart(availability: Pick<Availability, 'minNoticeMinutes'>, now: Date): Date {
  return new Date(now.getTime() + availability.minNoticeMinutes * MINUTE);
}

/** The latest start offered: `horizonDays` ahead of now. */
export function latestStart(availability: Pick<Availability, 'horizonDays'>, now: Date): Date {
  return new Date(now.getTime() + availability.horizonDays * 86_400_000);
}

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) =>
  aStart < bEnd && bStart < aEnd;

/** Whether a booked appointment keeps this slot: it overlaps the slot widened by the buffer on each side. */
export function isBusy(
  slot: Pick<Slot, 'mediateurId' | 'startsAt' | 'endsAt'>,
  bufferMinutes: number,
  busy: readonly BusyInterval[],
): boolean {
  const start = Date.parse(slot.startsAt) - bufferMinutes * MINUTE;
  const end = Date.parse(slot.endsAt) + bufferMinutes * MINUTE;
  return busy.some(
    (b) =>
      b.mediateurId === slot.mediateurId &&
      overlaps(start, end, Date.parse(b.startsAt), Date.parse(b.endsAt)),
  );
}

export interface SlotQuery {
  /** Every active availability of the médiateurs concerned, at any place, in priority order (oldest first). */
  availabilities: readonly Availability[];
  /** Their booked appointments. */
  busy: readonly BusyInterval[];
  now: Date;
  /** Only slots of this place (the others still take part: a médiateur is at one place at a time). */
  placeId?: string;
  modality?: AppointmentModality;
  /** Only slots starting before this instant (a page shows the next N days). */
  until?: Date;
  /** Include availabilities only agents may book (the place's own team booking for someone). */
  includeAgentsOnly?: boolean;
}

/**
 * The slots a person may book now: each availability's slots between its minimum notice and its horizon,
 * without those a booked appointment (with buffer) keeps, and without the slots of a later availability
 * that overlap an earlier availability's slot of the same médiateur (two availabilities written over each
 * other offer one médiateur once). Sorted by start.
 */
export function bookableSlots(query: SlotQuery): Slot[] {
  const { now } = query;
  const taken = new Map<string, { start: number; end: number }[]>();
  const offered: Slot[] = [];
  for (const availability of query.availabilities) {
    if (!availability.isActive) continue;
    const from = earliestStart(availability, now);
    let to = latestStart(availability, now);
    if (query.until && query.until < to) to = query.until;
    if (from >= to) continue;
    const held = taken.get(availability.mediateurId) ?? [];
    taken.set(availability.mediateurId, held);
    for (const slot of availabilitySlots(availability, from, to)) {
      if (isBusy(slot, availability.bufferMinutes, query.busy)) continue;
      const start = Date.parse(slot.startsAt);
      const end = Date.parse(slot.endsAt);
      if (held.some((h) => overlaps(start, end, h.start, h.end))) continue;
      held.push({ start, end });
      if (query.placeId && slot.placeId !== query.placeId) continue;
      if (availability.whoMayBook === 'agents' && !query.includeAgentsOnly) continue;
      if (query.modality && !slot.modalities.includes(query.modality)) continue;
      offered.push(slot);
    }
  }
  return offered.sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.availabilityId.localeCompare(b.availabilityId),
  );
}

/** Slots grouped by their local day, in order. */
export function groupByDay(slots: readonly Slot[]): { day: string; slots: Slot[] }[] {
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const list = days.get(slot.day) ?? [];
    list.push(slot);
    days.set(slot.day, list);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({ day, slots: list }));
}

/**
 * Whether this exact slot may be booked now (the API asks before calling the database, which asks again
 * under a lock): it is one of the offered slots, with the chosen modality.
 */
export function isOfferedSlot(
  query: Omit<SlotQuery, 'modality' | 'until'>,
  wanted: { availabilityId: string; startsAt: string; modality: AppointmentModality },
): boolean {
  const start = Date.parse(wanted.startsAt);
  return bookableSlots({ ...query, modality: wanted.modality }).some(
    (slot) => slot.availabilityId === wanted.availabilityId && Date.parse(slot.startsAt) === start,
  );
}
