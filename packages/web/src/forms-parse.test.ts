import { fieldName } from '@rf/api';
import { appointmentBookingInput, moveAppointmentInput } from '@rf/domain/appointments/appointments.schema';
import { bookForMeInput, bookingInput, moveBookingInput } from '@rf/domain/booking/booking.schema';
import { createActivityInput } from '@rf/domain/catalogue/publishing.schema';
import { reminderHoursInput, smsCapInput } from '@rf/domain/contact/sms-cap';
import { acceptInvitationWithAccountInput } from '@rf/domain/identity/auth.schema';
import { retentionSettingsSchema } from '@rf/domain/privacy/retention';
import { recordQualificationInput } from '@rf/domain/sharing/qualification';
import { loanStepInput, requestLoanInput, toolInput } from '@rf/domain/sharing/sharing.schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FORM_LEVEL, formIntent, parseForm } from './forms.ts';
import { parsePublishingForm } from './routes/activity-shared.server.ts';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

const SESSION = '0b8f5a52-6d7e-4b8e-9d3a-2f1c4e5a6b7c';
const KEY = '5e2a1c3d-4b6f-4a8e-9c7d-1f2e3a4b5c6d';
const TOKEN = 'a'.repeat(32);

describe('parseForm, on Conform', () => {
  it('reads repeated keys as a list, one value as a list of one, none as an empty list', () => {
    const schema = z.object({ days: z.array(z.string()) });
    expect(
      parseForm(
        schema,
        form([
          ['days', 'lundi'],
          ['days', 'mardi'],
        ]),
      ),
    ).toEqual({
      ok: true,
      data: { days: ['lundi', 'mardi'] },
    });
    expect(parseForm(schema, form([['days', 'lundi']]))).toEqual({ ok: true, data: { days: ['lundi'] } });
    expect(parseForm(schema, form([]))).toEqual({ ok: true, data: { days: [] } });
  });

  it('reads a ticked checkbox as true for a boolean, and an unticked one (absent) as not given', () => {
    const schema = z.object({ outOfService: z.boolean().default(false), news: z.boolean().optional() });
    expect(parseForm(schema, form([['outOfService', 'on']]))).toEqual({
      ok: true,
      data: { outOfService: true },
    });
    expect(parseForm(schema, form([]))).toEqual({ ok: true, data: { outOfService: false } });
  });

  it('reads nested names, and keys each refusal by the name of its field', () => {
    const schema = z.object({
      address: z.object({ city: z.string().min(1, 'validation.city_required') }),
      dates: z.array(z.iso.date('validation.date_invalid')),
    });
    const parsed = parseForm(
      schema,
      form([
        ['address.city', ''],
        ['dates[0]', '2026-12-06'],
        ['dates[1]', 'demain'],
      ]),
    );
    expect(parsed).toMatchObject({
      ok: false,
      formError: 'errors.invalid_input',
      fieldErrors: { 'address.city': 'validation.city_required', 'dates[1]': 'validation.date_invalid' },
    });
    // A procedure's refusal of the same fields is keyed the same way.
    expect(fieldName(['address', 'city'])).toBe('address.city');
    expect(fieldName(['dates', 1])).toBe('dates[1]');
    expect(fieldName([])).toBe(FORM_LEVEL);
  });

  it('keeps an empty field empty, so each schema says its own "required" message', () => {
    const parsed = parseForm(
      acceptInvitationWithAccountInput,
      form([
        ['token', TOKEN],
        ['displayName', ''],
        ['password', ''],
      ]),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors.displayName).toBe('validation.name_required');
    // What was typed comes back, passwords excepted.
    expect(parsed.values).toEqual({ token: TOKEN, displayName: '' });
  });

  it('puts an issue of the whole form under _form, and a message that is not a key as validation.invalid', () => {
    const schema = z
      .object({ from: z.string(), to: z.string() })
      .refine((r) => r.to > r.from, { message: 'validation.sharing.end_before_start' });
    expect(
      parseForm(
        schema,
        form([
          ['from', 'b'],
          ['to', 'a'],
        ]),
      ),
    ).toMatchObject({
      fieldErrors: { [FORM_LEVEL]: 'validation.sharing.end_before_start' },
    });
    expect(parseForm(z.object({ n: z.number() }), form([['n', 'douze']]))).toMatchObject({
      fieldErrors: { n: 'validation.invalid' },
    });
  });

  it('reads the intent a form was posted with, among the known ones only', () => {
    const intents = ['move', 'cancel'] as const;
    expect(formIntent(form([['intent', 'move']]), intents)).toBe('move');
    expect(formIntent(form([['intent', 'drop table']]), intents)).toBeNull();
    expect(formIntent(form([]), intents)).toBeNull();
  });
});

// A page's action parses the form, then hands the output to the procedure, which parses it again with the
// same schema: each schema must accept its own output, and give the same data back.
describe('the schemas of the pages accept their own output', () => {
  const cases: [string, z.ZodType, [string, string][]][] = [
    [
      'a booking (resident)',
      bookingInput,
      [
        ['sessionId', SESSION],
        ['idempotencyKey', KEY],
        ['firstName', '  Léa '],
        ['email', 'Lea@Example.org'],
        ['phone', ''],
        ['consent', 'on'],
        ['website', ''],
      ],
    ],
    [
      'a booking (prescriber, with news)',
      bookingInput,
      [
        ['sessionId', SESSION],
        ['mode', 'prescriber'],
        ['firstName', 'Léa'],
        ['phone', '06 12 34 56 78'],
        ['consent', 'on'],
        ['prescriberName', 'Sam'],
        ['prescriberOrganisation', 'France Services'],
        ['prescriberEmail', 'sam@fs.example.org'],
        ['prescriberNews', 'on'],
      ],
    ],
    [
      'a booking in one click',
      bookForMeInput,
      [
        ['sessionId', SESSION],
        ['intent', 'book-for-me'],
      ],
    ],
    [
      'a booking moved',
      moveBookingInput,
      [
        ['token', TOKEN],
        ['sessionId', SESSION],
        ['intent', 'move'],
      ],
    ],
    [
      'an appointment',
      appointmentBookingInput,
      [
        ['availabilityId', SESSION],
        ['startsAt', '2026-12-07T09:00:00+01:00'],
        ['modality', 'sur_place'],
        ['firstName', 'Léa'],
        ['email', 'lea@example.org'],
        ['consent', 'on'],
        ['motive', ''],
      ],
    ],
    [
      'an appointment moved',
      moveAppointmentInput,
      [
        ['token', TOKEN],
        ['slot', `${SESSION}|2026-12-07T09:00:00+01:00`],
      ],
    ],
    [
      'a loan asked for',
      requestLoanInput,
      [
        ['toolId', SESSION],
        ['borrowerPlaceId', KEY],
        ['from', '2026-12-07'],
        ['to', '2026-12-09'],
        ['notes', ''],
      ],
    ],
    [
      'a loan cancelled',
      loanStepInput,
      [
        ['loanId', SESSION],
        ['action', 'cancel'],
      ],
    ],
    [
      'a tool',
      toolInput,
      [
        ['placeId', SESSION],
        ['name', 'Scie'],
        ['usage', 'lendable'],
        ['deposit', '12,50'],
        ['outOfService', 'on'],
      ],
    ],
    [
      'an activity, paid, with two themes',
      createActivityInput,
      [
        ['placeId', SESSION],
        ['kind', 'workshop'],
        ['title', 'Découvrir sa tablette'],
        ['themes', 'diagnostic_numerique'],
        ['themes', 'maintenance_de_materiel'],
        ['feesKind', 'payant'],
        ['price', '12,50'],
        ['format', 'on_site'],
        ['minAttendance', ''],
      ],
    ],
    // The console's forms on parseForm (apps/admin), the same way.
    [
      'a tool with a training and a validity',
      toolInput,
      [
        ['placeId', SESSION],
        ['name', 'Découpeuse laser'],
        ['usage', 'on_site'],
        ['deposit', ''],
        ['requiredTrainingActivityId', KEY],
        ['qualificationValidityMonths', '12'],
      ],
    ],
    [
      'a reminder delay',
      reminderHoursInput,
      [
        ['placeId', SESSION],
        ['hours', '24'],
      ],
    ],
    [
      'an SMS cap, none',
      smsCapInput,
      [
        ['placeId', SESSION],
        ['cap', ''],
      ],
    ],
    [
      'the retention periods',
      retentionSettingsSchema,
      [
        ['attendedDays', '90'],
        ['cancelledDays', '30'],
        ['devMailboxDays', '7'],
        ['invitationDays', '30'],
        ['linkHours', '24'],
      ],
    ],
    [
      'a qualification',
      recordQualificationInput,
      [
        ['toolId', SESSION],
        ['email', 'lea@example.org'],
        ['grantedOn', '2026-12-01'],
        ['expiresOn', ''],
      ],
    ],
  ];

  it.each(cases)('%s', (_, schema, entries) => {
    const parsed = parseForm(schema, form(entries));
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.fieldErrors)}`);
    const again = schema.safeParse(parsed.data);
    expect(again.success ? again.data : again.error.issues).toEqual(parsed.data);
  });
});

describe('the publishing forms, on parseForm', () => {
  it('reads repeated checkboxes as lists, and shows an error on one box on its group', () => {
    const parsed = parsePublishingForm(
      createActivityInput,
      form([
        ['kind', 'workshop'],
        ['title', 'Atelier'],
        ['themes', 'diagnostic_numerique'],
        ['themes', 'pas_un_theme'],
        ['feesKind', 'gratuit'],
        ['format', 'on_site'],
      ]),
      { placeId: SESSION },
    );
    expect(parsed).toMatchObject({
      ok: false,
      fieldErrors: { themes: 'publishing.validation.theme_unknown' },
      lists: { themes: ['diagnostic_numerique', 'pas_un_theme'], weekdays: [] },
    });
  });

  it('says a price that is not one in its own words', () => {
    const parsed = parsePublishingForm(
      createActivityInput,
      form([
        ['kind', 'workshop'],
        ['title', 'Atelier'],
        ['themes', 'diagnostic_numerique'],
        ['feesKind', 'payant'],
        ['price', 'douze'],
        ['format', 'on_site'],
      ]),
      { placeId: SESSION },
    );
    expect(parsed).toMatchObject({
      ok: false,
      fieldErrors: { price: 'publishing.validation.price_invalid' },
    });
  });
});
