import { describe, expect, it } from 'vitest';
import { fromLocal, toLocal } from '../time/local-time.ts';
import { type Availability, availabilitySlots, bookableSlots, groupByDay, isOfferedSlot } from './slots.ts';

const base: Availability = {
  id: 'a1',
  placeId: 'konk',
  mediateurId: 'mael',
  firstDay: '2026-01-01',
  lastDay: null,
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  startTime: '09:30',
  endTime: '12:00',
  timeZone: 'Europe/Paris',
  slotMinutes: 30,
  modalities: ['sur_place', 'telephone'],
  bufferMinutes: 0,
  minNoticeMinutes: 0,
  horizonDays: 365,
  whoMayBook: 'everyone',
  isActive: true,
};
const availability = (patch: Partial<Availability>): Availability => ({ ...base, ...patch });
const starts = (slots: { startsAt: string }[]) => slots.map((s) => s.startsAt);
/** The slots of one local day. */
const dayOf = (a: Availability, day: string) =>
  availabilitySlots(a, new Date(`${day}T00:00:00+14:00`), new Date(`${day}T23:59:59-12:00`)).filter(
    (s) => s.day === day,
  );

describe('local time in Paris', () => {
  it('reads winter and summer times with their own offsets', () => {
    expect(fromLocal('2026-01-15', 9 * 60 + 30, 'Europe/Paris').toISOString()).toBe(
      '2026-01-15T08:30:00.000Z',
    );
    expect(fromLocal('2026-07-15', 9 * 60 + 30, 'Europe/Paris').toISOString()).toBe(
      '2026-07-15T07:30:00.000Z',
    );
    expect(toLocal(new Date('2026-07-15T07:30:00Z'), 'Europe/Paris')).toEqual({
      date: '2026-07-15',
      minutes: 570,
    });
  });

  it('pushes a time that does not exist (spring, 2:30) to when clocks resume, and reads a repeated one as the first', () => {
    expect(fromLocal('2026-03-29', 150, 'Europe/Paris').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(fromLocal('2026-10-25', 150, 'Europe/Paris').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('slots of an availability', () => {
  it('steps by the slot length and stops when the next slot would end after the end time', () => {
    const slots = dayOf(availability({ slotMinutes: 45 }), '2026-01-15');
    // 9:30, 10:15, 11:00; 11:45 would end at 12:30, past noon.
    expect(starts(slots)).toEqual([
      '2026-01-15T08:30:00.000Z',
      '2026-01-15T09:15:00.000Z',
      '2026-01-15T10:00:00.000Z',
    ]);
    expect(slots[0]?.endsAt).toBe('2026-01-15T09:15:00.000Z');
  });

  it('leaves the buffer between two slots', () => {
    const slots = dayOf(availability({ slotMinutes: 30, bufferMinutes: 15 }), '2026-01-15');
    // 9:30–10:00, 10:15–10:45, 11:00–11:30; 11:45 would end at 12:15.
    expect(starts(slots)).toEqual([
      '2026-01-15T08:30:00.000Z',
      '2026-01-15T09:15:00.000Z',
      '2026-01-15T10:00:00.000Z',
    ]);
  });

  it('offers a 60-minute slot only when it fits whole', () => {
    expect(starts(dayOf(availability({ slotMinutes: 60 }), '2026-01-15'))).toEqual([
      '2026-01-15T08:30:00.000Z',
      '2026-01-15T09:30:00.000Z',
    ]);
    expect(dayOf(availability({ slotMinutes: 60, startTime: '11:30' }), '2026-01-15')).toEqual([]);
  });

  it('keeps local times on both sides of the spring and autumn changes of time', () => {
    const everyDay = availability({ slotMinutes: 60, startTime: '09:00', endTime: '11:00' });
    expect(starts(dayOf(everyDay, '2026-03-28'))).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-28T09:00:00.000Z',
    ]);
    expect(starts(dayOf(everyDay, '2026-03-29'))).toEqual([
      '2026-03-29T07:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
    ]);
    expect(starts(dayOf(everyDay, '2026-10-25'))).toEqual([
      '2026-10-25T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
    ]);
  });

  it('gives slots of their real length through the night clocks go forward', () => {
    // 1:00–4:00 local on 29 March 2026 lasts two real hours (2:00 does not happen).
    const night = availability({ slotMinutes: 60, startTime: '01:00', endTime: '04:00' });
    const slots = dayOf(night, '2026-03-29');
    expect(slots.map((s) => [s.startsAt, s.endsAt])).toEqual([
      ['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z'],
      ['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z'],
    ]);
  });

  it('follows weekdays and the first and last day', () => {
    const tuesdaysInJanuary = availability({ weekdays: [2], firstDay: '2026-01-06', lastDay: '2026-01-13' });
    const slots = availabilitySlots(
      tuesdaysInJanuary,
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-02-01T00:00:00Z'),
    );
    expect([...new Set(slots.map((s) => s.day))]).toEqual(['2026-01-06', '2026-01-13']);
  });

  it('offers nothing for an inactive availability', () => {
    expect(dayOf(availability({ isActive: false }), '2026-01-15')).toEqual([]);
  });
});

describe('bookable slots now', () => {
  const now = new Date('2026-01-15T08:00:00Z'); // 9:00 in Paris, on a Thursday

  it('respects the minimum notice from now', () => {
    const slots = bookableSlots({
      availabilities: [availability({ minNoticeMinutes: 90, lastDay: '2026-01-15' })],
      busy: [],
      now,
    });
    // 9:00 + 1h30 = 10:30: the 9:30 and 10:00 slots are too soon.
    expect(starts(slots)).toEqual([
      '2026-01-15T09:30:00.000Z',
      '2026-01-15T10:00:00.000Z',
      '2026-01-15T10:30:00.000Z',
    ]);
  });

  it('stops at the horizon', () => {
    const slots = bookableSlots({
      availabilities: [
        availability({ horizonDays: 2, slotMinutes: 60, startTime: '10:00', endTime: '11:00' }),
      ],
      busy: [],
      now,
    });
    expect([...new Set(slots.map((s) => s.day))]).toEqual(['2026-01-15', '2026-01-16']);
  });

  it('removes the slots a booked appointment keeps, with the buffer around it', () => {
    const slots = bookableSlots({
      availabilities: [availability({ lastDay: '2026-01-15', bufferMinutes: 15, slotMinutes: 30 })],
      busy: [{ mediateurId: 'mael', startsAt: '2026-01-15T09:15:00Z', endsAt: '2026-01-15T09:45:00Z' }],
      now,
    });
    // Slots 9:30, 10:15, 11:00 local: 10:15 is taken; 9:30 (ends 10:00, +15 = 10:15) and 11:00 stay.
    expect(starts(slots)).toEqual(['2026-01-15T08:30:00.000Z', '2026-01-15T10:00:00.000Z']);
  });

  it('ignores other médiateurs’ appointments', () => {
    const slots = bookableSlots({
      availabilities: [availability({ lastDay: '2026-01-15' })],
      busy: [
        { mediateurId: 'someone-else', startsAt: '2026-01-15T08:30:00Z', endsAt: '2026-01-15T09:00:00Z' },
      ],
      now,
    });
    expect(slots).toHaveLength(5);
  });

  it('offers a médiateur once where two of their availabilities overlap, even at another place', () => {
    const morning = availability({ id: 'a1', lastDay: '2026-01-15', slotMinutes: 60 });
    const elsewhere = availability({
      id: 'a2',
      placeId: 'other',
      lastDay: '2026-01-15',
      startTime: '10:30',
      endTime: '13:00',
      slotMinutes: 60,
    });
    const atKonk = bookableSlots({ availabilities: [elsewhere, morning], busy: [], now, placeId: 'konk' });
    // The older availability elsewhere (10:30–11:30, 11:30–12:30) wins over 10:30–11:30 here: 9:30 is left.
    expect(starts(atKonk)).toEqual(['2026-01-15T08:30:00.000Z']);
    const all = bookableSlots({ availabilities: [elsewhere, morning], busy: [], now });
    expect(all.map((s) => s.availabilityId)).toEqual(['a1', 'a2', 'a2']);
  });

  it('filters by modality and hides agents-only availabilities from the public', () => {
    const phoneOnly = availability({ id: 'p', modalities: ['telephone'], lastDay: '2026-01-15' });
    const team = availability({ id: 't', mediateurId: 'gwenn', whoMayBook: 'agents', lastDay: '2026-01-15' });
    expect(bookableSlots({ availabilities: [phoneOnly], busy: [], now, modality: 'domicile' })).toEqual([]);
    expect(
      bookableSlots({ availabilities: [phoneOnly, team], busy: [], now }).every(
        (s) => s.availabilityId === 'p',
      ),
    ).toBe(true);
    expect(bookableSlots({ availabilities: [team], busy: [], now, includeAgentsOnly: true })).toHaveLength(5);
  });

  it('groups by local day, and recognises an offered slot', () => {
    const a = availability({ slotMinutes: 60, startTime: '10:00', endTime: '11:00', horizonDays: 3 });
    const days = groupByDay(bookableSlots({ availabilities: [a], busy: [], now }));
    expect(days.map((d) => d.day)).toEqual(['2026-01-15', '2026-01-16', '2026-01-17']);
    const query = { availabilities: [a], busy: [], now };
    expect(
      isOfferedSlot(query, { availabilityId: 'a1', startsAt: '2026-01-16T09:00:00Z', modality: 'telephone' }),
    ).toBe(true);
    expect(
      isOfferedSlot(query, { availabilityId: 'a1', startsAt: '2026-01-16T09:15:00Z', modality: 'telephone' }),
    ).toBe(false);
    expect(
      isOfferedSlot(query, { availabilityId: 'a1', startsAt: '2026-01-16T09:00:00Z', modality: 'visio' }),
    ).toBe(false);
  });
});
