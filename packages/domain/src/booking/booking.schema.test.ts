import { describe, expect, it } from 'vitest';
import { bookingInput } from './booking.schema.ts';

const sessionId = '7f1c2f5e-8a4b-4c1d-9e2f-3a4b5c6d7e8f';
const issues = (value: unknown) => {
  const result = bookingInput.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('booking form', () => {
  it('accepts a first name, a phone number and consent, as a form sends them', () => {
    const parsed = bookingInput.parse({
      sessionId,
      firstName: '  Camille ',
      email: '',
      phone: '06 12 34 56 78',
      consent: 'on',
      prescriberName: '',
      website: '',
    });
    expect(parsed).toMatchObject({ firstName: 'Camille', phone: '+33612345678', consent: true });
    expect(parsed.email).toBeUndefined();
    expect(parsed.prescriberName).toBeUndefined();
  });

  it('normalises the e-mail address', () => {
    expect(bookingInput.parse({ sessionId, firstName: 'A', email: ' A@B.FR ', consent: true }).email).toBe(
      'a@b.fr',
    );
  });

  it('needs an e-mail address or a phone number', () => {
    expect(issues({ sessionId, firstName: 'A', consent: 'on' })).toEqual([
      'contact:validation.contact_required',
    ]);
  });

  it('needs a first name and consent, and says so with catalogue keys', () => {
    expect(issues({ sessionId, firstName: ' ', email: 'a@b.fr' })).toEqual([
      'firstName:validation.first_name_required',
      'consent:validation.consent_required',
    ]);
    expect(issues({ sessionId, firstName: '' })).toEqual([
      'firstName:validation.first_name_required',
      'consent:validation.consent_required',
      'contact:validation.contact_required',
    ]);
  });

  it('explains a wrong e-mail address or phone number next to its field', () => {
    expect(issues({ sessionId, firstName: 'A', email: 'pas-un-email', phone: '12', consent: 'on' })).toEqual([
      'email:validation.email_invalid',
      'phone:validation.phone_invalid',
    ]);
  });

  it('takes a prescriber booking for someone, with their organisation', () => {
    const parsed = bookingInput.parse({
      sessionId,
      firstName: 'Jeanne',
      phone: '0612345678',
      consent: 'on',
      prescriberName: 'Samia, travailleuse sociale',
      prescriberOrganisation: 'CCAS de Concarneau',
    });
    expect(parsed.prescriberOrganisation).toBe('CCAS de Concarneau');
    expect(
      issues({
        sessionId,
        firstName: 'J',
        phone: '0612345678',
        consent: 'on',
        prescriberOrganisation: 'CCAS',
      }),
    ).toEqual(['prescriberName:validation.prescriber_name_required']);
  });

  it('refuses a form whose hidden honeypot field was filled', () => {
    expect(
      issues({
        sessionId,
        firstName: 'Bot',
        email: 'bot@spam.example',
        consent: 'on',
        website: 'http://spam',
      }),
    ).toEqual(['website:validation.honeypot']);
  });

  it('parses its own output again, as the page action hands it to the procedure', () => {
    for (const form of [
      { sessionId, firstName: 'A', email: 'a@b.fr', consent: 'on' },
      {
        sessionId,
        mode: 'prescriber',
        firstName: 'A',
        consent: 'on',
        prescriberName: 'Sam',
        prescriberOrganisation: 'CCAS',
        prescriberEmail: 'sam@ccas.fr',
        prescriberNews: 'on',
      },
    ]) {
      const once = bookingInput.parse(form);
      expect(bookingInput.parse(once)).toEqual(once);
    }
  });

  it('takes a prescriber e-mail only with the resident’s consent, and then no resident contact is needed', () => {
    const prescriber = {
      sessionId,
      mode: 'prescriber',
      firstName: 'A',
      consent: 'on',
      prescriberName: 'Sam',
      prescriberOrganisation: 'CCAS',
    };
    expect(issues({ ...prescriber, prescriberEmail: 'sam@ccas.fr' })).toEqual([
      'prescriberNews:validation.prescriber_news_consent_required',
    ]);
    expect(issues({ ...prescriber, prescriberEmail: 'sam@ccas.fr', prescriberNews: 'on' })).toEqual([]);
    expect(issues(prescriber)).toEqual(['contact:validation.contact_or_prescriber_email_required']);
    expect(issues({ ...prescriber, phone: '0612345678', prescriberNews: 'on' })).toEqual([
      'prescriberEmail:validation.prescriber_email_required',
    ]);
  });
});
