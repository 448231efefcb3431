import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';
import { callerAs, createHomeFixtures, type HomeFixtures } from './home.fixtures.ts';

let h: ApiHarness;
let f: HomeFixtures;

beforeAll(async () => {
  h = await startApiHarness();
  f = await createHomeFixtures(h);
});
afterAll(() => h.stop());

describe('home.space', () => {
  it('shows a resident their own next bookings and no place', async () => {
    const space = await (await callerAs(h, 'resident')).home.space();
    expect(space).toMatchObject({ homeRole: 'resident', displayName: 'habitante', places: [] });
    expect(space.bookings).toEqual([
      {
        id: expect.any(String),
        status: 'confirmed',
        title: 'Initiation à la découpe laser',
        placeName: 'Konk Ar Lab',
        startsAt: expect.any(String),
        // Three days ahead, a day's cut-off: still cancellable; the workshop has no other date.
        canCancel: true,
        canMove: false,
        courseFollower: false,
      },
    ]);
  });

  it('shows a member their place’s next sessions, drafts included, with booking counts', async () => {
    const space = await (await callerAs(h, 'memberA')).home.space();
    expect(space.homeRole).toBe('member');
    expect(space.bookings).toEqual([]);
    expect(space.places).toEqual([
      {
        id: f.places.A,
        name: 'Konk Ar Lab',
        role: 'member',
        upcomingSessions: [
          {
            id: f.sessions.laser,
            title: 'Initiation à la découpe laser',
            published: true,
            startsAt: expect.any(String),
            capacity: 3,
            confirmed: 2,
            waitlisted: 0,
            attendancePending: false,
          },
          {
            id: f.sessions.laserDraft,
            title: 'Atelier réparation (en préparation)',
            published: false,
            startsAt: expect.any(String),
            capacity: 8,
            confirmed: 1,
            waitlisted: 0,
            attendancePending: false,
          },
        ],
      },
    ]);
  });

  it('tells nothing of another place: the member of A sees no session of B', async () => {
    const json = JSON.stringify(await (await callerAs(h, 'memberA')).home.space());
    expect(json).not.toContain('La Machinerie');
    expect(json).not.toContain(f.sessions.smartphone);
    // Counts only: never who booked.
    expect(json).not.toContain('Claire');
  });

  it('needs a session', async () => {
    const error = await (await callerAs(h, 'anon')).home.space().catch((e: unknown) => e);
    expect(describeError(error).code).toBe('unauthenticated');
  });
});
