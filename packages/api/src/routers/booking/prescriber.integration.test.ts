import type { SmtpTestServer } from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../../caller.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Decision 041: a prescriber who books for a resident, and gives their e-mail with the resident's consent,
// hears the same news as the resident, then whether the person came. A resident with no contact at all can
// be booked that way: the prescriber is the one told.
let h: ApiHarness;
let placeId: string;
let activityId: string;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const caller = (ip: string) =>
  callerFor(h.services, {
    request: new Request('http://localhost:3000/'),
    responseHeaders: new Headers(),
    clientAddress: ip,
  });
type ParsedMail = SmtpTestServer['messages'][number];
const to = (mail: ParsedMail) => (mail.to && 'text' in mail.to ? mail.to.text : '');
const forSomeone = (
  sessionId: string,
  fields: {
    firstName: string;
    email?: string;
    phone?: string;
    prescriberEmail?: string;
    prescriberNews?: true | 'on';
  },
) => ({
  sessionId,
  mode: 'prescriber' as const,
  prescriberName: 'Sam Martin',
  prescriberOrganisation: 'France Services Concarneau',
  consent: true as const,
  ...fields,
});
async function flush() {
  await h.drainJobs();
  await sql`update private.jobs set run_at = now() where status = 'queued' and run_at > now()
    and task in ('booking-sms', 'prescriber-mail')`.execute(h.db.db);
  await h.drainJobs();
}

beforeAll(async () => {
  h = await startApiHarness();
  placeId =
    (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
        values ('fabrique-prescripteurs', 'Fabrique des Halles', '{FABLAB}', '2 rue des Halles', '29900', '29039',
          'published') returning id`.execute(h.db.db)
    ).rows[0]?.id ?? '';
  activityId =
    (
      await sql<{ id: string }>`insert into public.activities (place_id, title, themes, status)
        values (${placeId}, 'Créer son adresse e-mail', '{prendre_en_main_du_materiel}', 'published')
        returning id`.execute(h.db.db)
    ).rows[0]?.id ?? '';
});
afterAll(() => h.stop());

async function session(capacity: number): Promise<string> {
  const { rows } = await sql<{ id: string }>`insert into public.sessions (activity_id, place_id, starts_at,
      ends_at, capacity) values (${activityId}, ${placeId}, ${inHours(72)}, ${inHours(74)}, ${capacity})
      returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

describe('prescribers kept informed', () => {
  it('tells the prescriber of the confirmation and, after the session, whether the person came — once', async () => {
    const sessionId = await session(5);
    const booked = await (await caller('10.11.0.1')).booking.book(
      forSomeone(sessionId, {
        firstName: 'Yvette',
        phone: '06 12 00 11 22',
        prescriberEmail: 'Sam.Martin@France-Services.test',
        prescriberNews: true,
      }),
    );
    expect(booked.status).toBe('confirmed');
    expect(booked.prescriberEmail).toBe('sam.martin@france-services.test');
    expect(booked.noContact).toBe(false);
    await flush();
    const confirmation = await h.smtp.waitFor((m) => to(m) === 'sam.martin@france-services.test');
    expect(confirmation.subject).toBe('Inscription confirmée pour Yvette : Créer son adresse e-mail');
    expect(confirmation.text).toContain('Bonjour Sam Martin');
    expect(confirmation.text).toContain(`/reservation/${booked.token}`);
    // The organisation typed in the form stays in the console.
    expect(confirmation.text).not.toContain('France Services Concarneau');

    // The session took place; the place marks the person present.
    const { rows } = await sql<{ id: string }>`select id from public.bookings
      where session_id = ${sessionId}`.execute(h.db.db);
    const bookingId = rows[0]?.id as string;
    await sql`update public.sessions set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour'
      where id = ${sessionId}`.execute(h.db.db);
    await sql`update public.bookings set attendance = 'seen' where id = ${bookingId}`.execute(h.db.db);
    // Corrected straight away: the mark told is the one the place settled on.
    await sql`update public.bookings set attendance = 'noshow' where id = ${bookingId}`.execute(h.db.db);
    const queued = await sql<{ run_at: Date }>`select run_at from private.jobs
      where job_key = ${`prescriber-attendance:${bookingId}`}`.execute(h.db.db);
    expect(queued.rows).toHaveLength(1);
    expect(new Date(queued.rows[0]?.run_at as Date).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    await flush();
    const attendance = await h.smtp.waitFor(
      (m) => to(m) === 'sam.martin@france-services.test' && (m.subject ?? '').startsWith('Yvette à'),
    );
    expect(attendance.text).toContain('Yvette n’est pas venu·e à la séance.');

    // A later correction tells nothing more.
    await sql`update public.bookings set attendance = 'seen' where id = ${bookingId}`.execute(h.db.db);
    await flush();
    expect(
      h.smtp.messages.filter(
        (m) => to(m) === 'sam.martin@france-services.test' && (m.subject ?? '').startsWith('Yvette à'),
      ),
    ).toHaveLength(1);
  });

  it('books a resident with no contact when the prescriber gives their e-mail, and says so', async () => {
    const sessionId = await session(1);
    await (await caller('10.11.0.2')).booking.book({
      sessionId,
      firstName: 'Alice',
      email: 'alice@test.fr',
      consent: true,
    });
    const booked = await (await caller('10.11.0.3')).booking.book(
      forSomeone(sessionId, {
        firstName: 'Marcel',
        prescriberEmail: 'ccas@concarneau.test',
        prescriberNews: 'on',
      }),
    );
    expect(booked.status).toBe('waitlisted');
    expect(booked.noContact).toBe(true);
    await flush();
    const waiting = await h.smtp.waitFor((m) => to(m) === 'ccas@concarneau.test');
    expect(waiting.subject).toBe('Marcel est sur la liste d’attente : Créer son adresse e-mail');
    expect(waiting.text).toContain('pensez à la prévenir vous-même');

    // Alice cancels: Marcel takes the seat, and the prescriber is told.
    const alice = await sql<{ idempotency_key: string }>`select idempotency_key from public.bookings
      where session_id = ${sessionId} and email = 'alice@test.fr'`.execute(h.db.db);
    expect(alice.rows).toHaveLength(1);
    await sql`select * from private.cancel_booking((select manage_token_hash from public.bookings
      where session_id = ${sessionId} and email = 'alice@test.fr'))`.execute(h.db.db);
    await flush();
    const promoted = await h.smtp.waitFor(
      (m) => to(m) === 'ccas@concarneau.test' && (m.subject ?? '').startsWith('Une place s’est libérée'),
    );
    expect(promoted.subject).toBe('Une place s’est libérée pour Marcel : Créer son adresse e-mail');
  });

  it('refuses a prescriber e-mail without the resident’s consent, and a booking nobody would hear of', async () => {
    const sessionId = await session(5);
    const api = await caller('10.11.0.4');
    await expect(
      api.booking.book(forSomeone(sessionId, { firstName: 'Jean', prescriberEmail: 'agent@mairie.test' })),
    ).rejects.toThrow('validation.prescriber_news_consent_required');
    await expect(api.booking.book(forSomeone(sessionId, { firstName: 'Jean' }))).rejects.toThrow(
      'validation.contact_or_prescriber_email_required',
    );
    await expect(
      api.booking.book(
        forSomeone(sessionId, { firstName: 'Jean', prescriberNews: true, phone: '0612003344' }),
      ),
    ).rejects.toThrow('validation.prescriber_email_required');
    // Booking for oneself, a prescriber e-mail is not taken.
    const own = await api.booking.book({
      sessionId,
      firstName: 'Jean',
      email: 'jean@test.fr',
      prescriberEmail: 'agent@mairie.test',
      prescriberNews: true,
      consent: true,
    });
    expect(own.prescriberEmail).toBeNull();
    const stored = await sql<{ prescriber_email: string | null }>`select prescriber_email from public.bookings
      where session_id = ${sessionId}`.execute(h.db.db);
    expect(stored.rows).toEqual([{ prescriber_email: null }]);
    // The database holds the rule too.
    await expect(
      sql`update public.bookings set prescriber_name = 'X', prescriber_email = 'x@y.test',
        prescriber_consent_at = null where session_id = ${sessionId}`.execute(h.db.db),
    ).rejects.toThrow(/bookings_prescriber_email_consent/);
  });

  it('stops a script from flooding one inbox through the prescriber field', async () => {
    const sessionId = await session(100);
    const victim = 'victime@example.test';
    let refused: unknown = null;
    for (let i = 0; i < 21 && !refused; i++) {
      try {
        await (await caller(`10.12.${i}.1`)).booking.book(
          forSomeone(sessionId, {
            firstName: `Personne ${i}`,
            phone: `06 12 55 ${String(10 + i).padStart(2, '0')} 00`,
            prescriberEmail: victim,
            prescriberNews: true,
          }),
        );
      } catch (error) {
        refused = error;
      }
    }
    expect(String(refused)).toContain('too_many_bookings');
    const count = await sql<{ n: number }>`select count(*)::int as n from public.bookings
      where prescriber_email = ${victim}`.execute(h.db.db);
    expect(count.rows[0]?.n).toBe(20);
  });
});
