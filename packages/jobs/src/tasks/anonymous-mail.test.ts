import type { AppointmentView } from '@rf/db/appointments/appointment-engine.repository';
import type { BookingView } from '@rf/db/booking/booking-engine.repository';
import { type MessageKey, translator } from '@rf/i18n';
import { describe, expect, it } from 'vitest';
import { appointmentInvite, appointmentMailParams } from './appointment-parts.ts';
import { bookingMailParams } from './booking-parts.ts';

// The e-mails a form without an account sets off (session bookings, appointments, their reminders and
// cancellations), written as the tasks write them, for a first name typed to turn them into spam: the only
// words of the form they repeat are the letters of that first name, at most 40 of them.

const deps = {
  t: translator('fr'),
  siteUrl: 'https://site.example',
  linkKey: new Uint8Array(32).fill(7),
  mailer: {
    sender: { name: 'Réseau Fabriques', address: 'ne-pas-repondre@site.example' },
    send: () => Promise.resolve(),
  },
};

/** Free text of the forms other than the first name: it stays in the console, never in an e-mail. */
const OTHER_FREE_TEXT = 'Organisation https://spam.example Gagnez';

const booking = (firstName: string): BookingView => ({
  id: '0f0c1e9a-0000-4000-8000-000000000001',
  status: 'confirmed',
  arrival: 1,
  firstName,
  email: 'resident@example.org',
  phone: null,
  prescriberName: `Prescripteur ${OTHER_FREE_TEXT}`,
  prescriberOrganisation: OTHER_FREE_TEXT,
  prescriberEmail: 'prescripteur@example.org',
  idempotencyKey: '0f0c1e9a-0000-4000-8000-0000000000aa',
  courseBookingId: null,
  course: false,
  sessionId: '0f0c1e9a-0000-4000-8000-000000000002',
  activityId: '0f0c1e9a-0000-4000-8000-000000000003',
  sessionCancelled: false,
  sessionCancellationReason: null,
  title: 'Prendre en main son smartphone',
  placeName: 'Konk Ar Lab',
  address: '1 rue du Port',
  postalCode: '29900',
  commune: 'Concarneau',
  startsAt: '2026-12-01T13:00:00.000Z',
  endsAt: '2026-12-01T15:00:00.000Z',
  cancellationCutoffMinutes: 120,
  attendance: null,
  comingConfirmedAt: null,
  locale: 'fr',
  waitingBefore: 0,
});

const appointment = (firstName: string): AppointmentView => ({
  id: '0f0c1e9a-0000-4000-8000-000000000004',
  placeId: '0f0c1e9a-0000-4000-8000-000000000005',
  availabilityId: null,
  status: 'booked',
  firstName,
  email: 'resident@example.org',
  phone: null,
  prescriberName: `Prescripteur ${OTHER_FREE_TEXT}`,
  modality: 'sur_place',
  motive: `Motif ${OTHER_FREE_TEXT}`,
  startsAt: '2026-12-01T13:00:00.000Z',
  endsAt: '2026-12-01T13:30:00.000Z',
  placeName: 'Konk Ar Lab',
  placeSlug: 'konk-ar-lab',
  placePhone: null,
  address: '1 rue du Port',
  postalCode: '29900',
  commune: 'Concarneau',
  locationNote: null,
  mediateurName: 'Alex',
  noticeMinutes: 60,
  idempotencyKey: '0f0c1e9a-0000-4000-8000-0000000000bb',
  locale: 'fr',
  comingConfirmedAt: null,
  cancellationReason: null,
});

interface Rendered {
  template: string;
  subject: string;
  text: string;
  ics?: string;
}

/** Every e-mail of a booking or an appointment, as the tasks compose it (subject, text, calendar file). */
function everyMail(firstName: string): Rendered[] {
  const { t } = deps;
  const signature = `\n\n${t('mail.signature')}`;
  const bookingParams = bookingMailParams(deps, booking(firstName), booking(firstName).idempotencyKey ?? '');
  const bookingTemplates = [
    'confirmed',
    'waitlisted',
    'promoted',
    'cancelled',
    'moved_waitlisted',
    'session_cancelled',
  ] as const;
  const bookingMails = bookingTemplates.map((template) => {
    const params = { ...bookingParams, reason: t('mail.booking.no_reason') };
    return {
      template: `booking.${template}`,
      subject: t(`mail.booking.${template}.subject`, params),
      text: `${t(`mail.booking.${template}.body`, params)}${signature}`,
    };
  });
  const reminder = {
    template: 'reminder',
    subject: t('mail.reminder.subject', bookingParams),
    text: `${t('mail.reminder.body', bookingParams)}${signature}`,
  };
  const view = appointment(firstName);
  const appointmentParams = appointmentMailParams(deps, view, view.idempotencyKey ?? '');
  const appointmentMails = (['confirmed', 'moved', 'cancelled', 'reminder'] as const).map((kind) => ({
    template: `appointment.${kind}`,
    subject: t(`mail.appointment.${kind}.subject` as MessageKey, appointmentParams),
    text: `${t(`mail.appointment.${kind}.body` as MessageKey, appointmentParams)}${signature}`,
    ics: appointmentInvite(deps, view, view.email ?? '', appointmentParams, {
      cancelled: kind === 'cancelled',
      sequence: 1,
    }).content,
  }));
  return [...bookingMails, reminder, ...appointmentMails];
}

const greeting = (text: string) => text.split('\n')[0];

describe('e-mails set off by a form without an account', () => {
  it('greet a real first name as typed', () => {
    for (const mail of everyMail('Zoë-Anne')) {
      expect(greeting(mail.text), mail.template).toBe('Bonjour Zoë-Anne,');
    }
  });

  it('carry no markup from the first name', () => {
    for (const mail of everyMail('<a href="https://evil.example">Gagnez</a><script>alert(1)</script>')) {
      expect(greeting(mail.text), mail.template).toBe('Bonjour a href https evil example Gagnez a scrip,');
      expect(mail.text).not.toMatch(/[<>"]/);
    }
  });

  it('carry no link from the first name', () => {
    for (const mail of everyMail('Camille http://evil.example/gagnez?x=1 www.evil.example')) {
      expect(greeting(mail.text), mail.template).toBe('Bonjour Camille http evil example gagnez x www e,');
      expect(mail.text).not.toContain('evil.example');
      // The only links are ours.
      for (const link of mail.text.match(/https?:\/\/\S+/g) ?? []) {
        expect(new URL(link).origin, mail.template).toBe('https://site.example');
      }
    }
  });

  it('carry no line break, header or extra paragraph from the first name, nor in the subject', () => {
    const name = 'Camille\r\nBcc: victim@example.org\r\n\r\nCliquez ici\u2028\u0000\u001b[31m';
    for (const mail of everyMail(name)) {
      expect(greeting(mail.text), mail.template).toBe('Bonjour Camille Bcc victim example org Cliquez i,');
      expect(mail.text).not.toMatch(/[\r\u2028]/);
      for (const control of ['\u0000', '\u001b']) expect(mail.text).not.toContain(control);
      expect(mail.text).not.toContain('victim@');
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.subject).not.toContain('Camille');
    }
  });

  it('cut a 500-character first name at 40 characters', () => {
    for (const mail of everyMail(`Dominique${'x'.repeat(491)}`)) {
      expect(greeting(mail.text), mail.template).toBe(`Bonjour Dominique${'x'.repeat(31)},`);
    }
  });

  it('greet without a name when nothing of one is left', () => {
    for (const mail of everyMail('0899 123 456 !!!')) {
      expect(greeting(mail.text), mail.template).toBe('Bonjour à vous,');
    }
  });

  it('never repeat the other free text of the forms (prescriber, organisation, motive), nor the name in the calendar file', () => {
    for (const mail of everyMail('Camille')) {
      expect(`${mail.subject}\n${mail.text}\n${mail.ics ?? ''}`).not.toMatch(
        /spam\.example|Prescripteur|Motif|Organisation/,
      );
      expect(mail.ics ?? '').not.toContain('Camille');
    }
  });
});
