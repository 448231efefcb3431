import { describe, expect, it } from 'vitest';
import { moveAppointmentInput, slotChoice } from './appointments.schema.ts';
import { appointmentMoveSlots } from './move.ts';
import { appointmentMoveRefusal, canSayComing } from './rules.ts';
import type { Availability } from './slots.ts';

const availability: Availability = {
  id: '00000000-0000-4000-8000-000000000001',
  placeId: 'place',
  mediateurId: 'm1',
  firstDay: '2026-12-01',
  lastDay: null,
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  startTime: '09:00',
  endTime: '11:00',
  timeZone: 'Europe/Paris',
  slotMinutes: 30,
  modalities: ['sur_place'],
  bufferMinutes: 0,
  minNoticeMinutes: 60,
  horizonDays: 3,
  whoMayBook: 'everyone',
  isActive: true,
};
const now = new Date('2026-12-07T06:00:00Z'); // 07:00 in Paris
const mine = { mediateurId: 'm1', startsAt: '2026-12-07T08:00:00.000Z', endsAt: '2026-12-07T08:30:00.000Z' };
const appointment = {
  placeId: 'place',
  availabilityId: availability.id,
  modality: 'sur_place' as const,
  prescriberName: null,
  startsAt: mine.startsAt,
};

describe('moving an appointment', () => {
  it('offers the place’s free slots, not its own, nor those another booking keeps', () => {
    const taken = {
      mediateurId: 'm1',
      startsAt: '2026-12-07T09:00:00.000Z',
      endsAt: '2026-12-07T09:30:00.000Z',
    };
    const slots = appointmentMoveSlots(
      { availabilities: [availability], busy: [taken], now },
      appointment,
      3,
    );
    expect(slots.map((s) => s.startsAt)).toEqual([
      '2026-12-07T08:30:00.000Z',
      '2026-12-07T09:30:00.000Z',
      '2026-12-08T08:00:00.000Z',
    ]);
  });

  it('offers no slot of another modality, nor prescribers’ slots to a resident', () => {
    const other = { ...appointment, modality: 'visio' as const };
    expect(appointmentMoveSlots({ availabilities: [availability], busy: [], now }, other, 5)).toEqual([]);
    const prescribers = { ...availability, whoMayBook: 'agents_and_prescribers' as const };
    expect(appointmentMoveSlots({ availabilities: [prescribers], busy: [], now }, appointment, 5)).toEqual(
      [],
    );
    const byPrescriber = { ...appointment, prescriberName: 'Agent France Services' };
    expect(
      appointmentMoveSlots({ availabilities: [prescribers], busy: [], now }, byPrescriber, 5),
    ).toHaveLength(5);
  });

  it('is refused after the cut-off, like cancelling; "Je viens" only before the start', () => {
    const booked = { status: 'booked' as const, startsAt: mine.startsAt, noticeMinutes: 60 };
    expect(appointmentMoveRefusal(booked, new Date('2026-12-07T06:59:00Z'))).toBeNull();
    expect(appointmentMoveRefusal(booked, new Date('2026-12-07T07:00:00Z'))).toBe('cancellation_closed');
    expect(appointmentMoveRefusal({ ...booked, status: 'cancelled' }, now)).toBe('not_found');
    expect(canSayComing(booked, new Date('2026-12-07T07:59:00Z'))).toBe(true);
    expect(canSayComing(booked, new Date('2026-12-07T08:00:00Z'))).toBe(false);
  });

  it('reads the slot chosen in the form', () => {
    const token = 'a'.repeat(43);
    const slot = { availabilityId: availability.id, startsAt: '2026-12-07T08:30:00.000Z' };
    expect(moveAppointmentInput.parse({ token, slot: slotChoice(slot) })).toEqual({ token, ...slot });
    const empty = moveAppointmentInput.safeParse({ token });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('validation.appointment.move_slot_required');
  });
});
