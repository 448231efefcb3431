import { describe, expect, it } from 'vitest';
import { coordinationActivityInput } from './coordination.ts';
import {
  activityRecordInput,
  activityRecordToForm,
  activityRecordUpdateInput,
  durationBetween,
  prefillFromAppointment,
  prefillFromSession,
  prefillIsComplete,
  typeLieuForModality,
} from './records.ts';

const PLACE = '0b8f2c7e-4a1d-4c55-9d7b-2f4f7a3c1e10';
const SESSION = '6f1b1a52-0a55-4a4f-8f0e-1d7c3e2b9a01';
const APPOINTMENT = '9e2c7b10-3f4d-4e8a-b1c2-5a6d7e8f9012';

const collective = {
  placeId: PLACE,
  type: 'collectif',
  date: '2026-10-06',
  durationMinutes: 120,
  themes: ['email'],
  titreAtelier: 'Prendre en main son smartphone',
  participantsTotal: 6,
  dejaAccompagne: 2,
};

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
}

describe('activityRecordInput', () => {
  it('accepts a collective record whose breakdowns add up to the total', () => {
    const parsed = activityRecordInput.parse({
      ...collective,
      countsByGenre: { feminin: 4, masculin: 2 },
      countsByTrancheAge: { soixante_soixante_neuf: 3, soixante_dix_plus: 2, non_communique: 1 },
    });
    expect(parsed.countsByGenre).toEqual({ feminin: 4, masculin: 2 });
    expect(parsed.countsByStatutSocial).toBeNull();
    expect(parsed.typeLieu).toBe('lieu_activite');
  });

  it('refuses a breakdown that does not add up to the total, next to that breakdown', () => {
    const result = activityRecordInput.safeParse({
      ...collective,
      countsByGenre: { feminin: 4, masculin: 1 },
    });
    expect(issues(result)).toEqual([['countsByGenre', 'validation.activity_record.counts_sum']]);
  });

  it('refuses an unknown code, a negative or fractional count', () => {
    expect(activityRecordInput.safeParse({ ...collective, countsByGenre: { autre: 6 } }).success).toBe(false);
    expect(
      activityRecordInput.safeParse({ ...collective, countsByGenre: { feminin: 7, masculin: -1 } }).success,
    ).toBe(false);
    expect(
      activityRecordInput.safeParse({ ...collective, countsByGenre: { feminin: 5.5, masculin: 0.5 } })
        .success,
    ).toBe(false);
  });

  it('needs at least one theme from the vocabulary', () => {
    expect(issues(activityRecordInput.safeParse({ ...collective, themes: [] }))).toEqual([
      ['themes', 'validation.activity_record.themes_required'],
    ]);
    expect(activityRecordInput.safeParse({ ...collective, themes: ['cuisine'] }).success).toBe(false);
  });

  it('refuses more people already supported than participants', () => {
    expect(issues(activityRecordInput.safeParse({ ...collective, dejaAccompagne: 7 }))).toEqual([
      ['dejaAccompagne', 'validation.activity_record.deja_accompagne_too_many'],
    ]);
  });

  it('makes an individual record count one person and drops the workshop fields', () => {
    const parsed = activityRecordInput.parse({
      ...collective,
      type: 'individuel',
      niveau: 'debutant',
      autonomie: 'autonome',
      countsByGenre: { feminin: 1 },
    });
    expect(parsed).toMatchObject({
      participantsTotal: 1,
      titreAtelier: null,
      niveau: null,
      dejaAccompagne: 1,
    });
    expect(parsed.autonomie).toBe('autonome');
  });

  it('drops individual fields from a collective record', () => {
    const parsed = activityRecordInput.parse({
      ...collective,
      autonomie: 'autonome',
      orienteVersStructure: true,
      structureDeRedirection: 'aide_sociale',
    });
    expect(parsed).toMatchObject({
      autonomie: null,
      orienteVersStructure: null,
      structureDeRedirection: null,
    });
  });

  it('asks where the person was sent when they were redirected', () => {
    const base = { ...collective, type: 'individuel', orienteVersStructure: true };
    expect(issues(activityRecordInput.safeParse(base))).toEqual([
      ['structureDeRedirection', 'validation.activity_record.redirection_required'],
    ]);
    expect(activityRecordInput.safeParse({ ...base, structureDeRedirection: 'aide_sociale' }).success).toBe(
      true,
    );
  });

  it('keeps a session for collective records and an appointment for individual ones', () => {
    expect(activityRecordInput.safeParse({ ...collective, sessionId: SESSION }).success).toBe(true);
    expect(issues(activityRecordInput.safeParse({ ...collective, appointmentId: APPOINTMENT }))).toEqual([
      ['type', 'validation.activity_record.appointment_is_individual'],
    ]);
  });

  it('refuses a duration out of range and a malformed date', () => {
    expect(issues(activityRecordInput.safeParse({ ...collective, durationMinutes: 0 }))).toEqual([
      ['durationMinutes', 'validation.activity_record.duration_invalid'],
    ]);
    expect(
      issues(activityRecordUpdateInput.safeParse({ ...collective, id: SESSION, date: '06/10/2026' })),
    ).toEqual([['date', 'validation.activity_record.date_invalid']]);
  });
});

describe('pre-fill', () => {
  const session = {
    id: SESSION,
    placeId: PLACE,
    // 18:30 UTC on 30 September is 20:30 in Paris: still the 30th; 23:00 UTC would be 1 October.
    startsAt: '2026-09-30T22:30:00Z',
    endsAt: '2026-10-01T00:00:00Z',
    title: 'Débuter avec sa tablette',
    themes: ['prendre_en_main_du_materiel', 'not_a_theme'],
    level: 'debutant' as const,
    format: 'on_site' as const,
    seen: 5,
    seenBefore: 2,
  };

  it('writes a collective record from a session with attendance', () => {
    const record = prefillFromSession(session);
    expect(record).toMatchObject({
      type: 'collectif',
      sessionId: SESSION,
      date: '2026-10-01',
      durationMinutes: 90,
      typeLieu: 'lieu_activite',
      themes: ['prendre_en_main_du_materiel'],
      titreAtelier: 'Débuter avec sa tablette',
      niveau: 'debutant',
      participantsTotal: 5,
      dejaAccompagne: 2,
    });
    expect(prefillIsComplete(record)).toBe(true);
  });

  it('says a workshop without a theme needs the form', () => {
    expect(prefillIsComplete(prefillFromSession({ ...session, themes: [] }))).toBe(false);
    expect(prefillFromSession({ ...session, format: 'remote' }).typeLieu).toBe('a_distance');
  });

  it('writes an individual record from a seen appointment, the place type from its modality', () => {
    const record = prefillFromAppointment({
      id: APPOINTMENT,
      placeId: PLACE,
      startsAt: '2026-10-05T12:00:00Z',
      endsAt: '2026-10-05T12:45:00Z',
      modality: 'telephone',
      themes: ['argent_impots'],
      seenBefore: true,
    });
    expect(record).toMatchObject({
      type: 'individuel',
      appointmentId: APPOINTMENT,
      date: '2026-10-05',
      durationMinutes: 45,
      typeLieu: 'a_distance',
      participantsTotal: 1,
      dejaAccompagne: 1,
    });
    expect(prefillIsComplete(record)).toBe(true);
  });

  it('maps every modality and bounds durations', () => {
    expect(typeLieuForModality('sur_place')).toBe('lieu_activite');
    expect(typeLieuForModality('domicile')).toBe('domicile');
    expect(typeLieuForModality('visio')).toBe('a_distance');
    expect(durationBetween('2026-10-05T00:00:00Z', '2026-10-07T00:00:00Z')).toBe(1440);
  });
});

describe('the console form, as Conform hands it over', () => {
  // `parseForm` (packages/web) turns `countsByGenre.feminin` into a nested object and numbers' text into
  // numbers; a breakdown's numbers and the yes-or-no choices stay text, which the schema reads.
  it('reads the numbers of a workshop per code, blank or 0 as none, and a blank "came before" as 0', () => {
    const parsed = activityRecordInput.parse({
      placeId: PLACE,
      sessionId: '',
      appointmentId: '',
      type: 'collectif',
      date: '2026-10-06',
      durationMinutes: 90,
      themes: ['email', 'reseaux_sociaux'],
      participantsTotal: 4,
      dejaAccompagne: '',
      orienteVersStructure: '',
      countsByGenre: { feminin: '3', masculin: ' 1 ', non_communique: '' },
      countsByTrancheAge: { moins_12: '0' },
      countsByStatutSocial: {},
    });
    expect(parsed.themes).toEqual(['email', 'reseaux_sociaux']);
    expect(parsed.countsByGenre).toEqual({ feminin: 3, masculin: 1 });
    expect(parsed.countsByTrancheAge).toBeNull();
    expect(parsed.dejaAccompagne).toBe(0);
    expect(activityRecordInput.parse(parsed)).toEqual(parsed);
  });

  it('refuses a number that is not one next to its code, and reads the yes-or-no choice', () => {
    const result = activityRecordInput.safeParse({
      ...collective,
      countsByGenre: { feminin: 'trois' },
    });
    expect(issues(result)).toEqual([['countsByGenre.feminin', 'validation.activity_record.count_invalid']]);
    const individual = activityRecordInput.parse({
      ...collective,
      type: 'individuel',
      orienteVersStructure: 'true',
      structureDeRedirection: 'aide_sociale',
      countsByGenre: { feminin: '1' },
    });
    expect(individual).toMatchObject({
      participantsTotal: 1,
      orienteVersStructure: true,
      countsByGenre: { feminin: 1 },
    });
    expect(
      activityRecordInput.parse({ ...collective, orienteVersStructure: 'false' }).orienteVersStructure,
    ).toBe(null);
  });
});

describe('coordinationActivityInput', () => {
  it('keeps the subtype of the chosen kind only', () => {
    const parsed = coordinationActivityInput.parse({
      placeId: PLACE,
      kind: 'evenement',
      typeAnimation: 'comite',
      typeEvenement: 'grand_public',
      naturePartenariat: '',
      date: '2026-10-10',
      durationMinutes: '',
      participants: 120,
      title: 'Fête du numérique',
      notes: '',
    });
    expect(parsed).toMatchObject({ typeAnimation: null, typeEvenement: 'grand_public', participants: 120 });
  });

  it('requires the subtype of the kind and a title', () => {
    const result = coordinationActivityInput.safeParse({
      placeId: PLACE,
      kind: 'partenariat',
      date: '2026-10-10',
      title: ' ',
    });
    expect(issues(result)).toEqual([['title', 'validation.coordination.title_required']]);
    const noSubtype = coordinationActivityInput.safeParse({
      placeId: PLACE,
      kind: 'partenariat',
      naturePartenariat: '',
      date: '2026-10-10',
      title: 'Élus',
    });
    expect(issues(noSubtype)).toEqual([['naturePartenariat', 'validation.coordination.subtype_required']]);
  });
});

describe('activityRecordToForm', () => {
  it('names the numbers of a workshop as the record does, and the person of an individual record as one choice each', () => {
    const workshop = activityRecordToForm(
      activityRecordInput.parse({ ...collective, countsByGenre: { feminin: 4, masculin: 2 } }),
    );
    expect(workshop.values).toMatchObject({
      participantsTotal: '6',
      dejaAccompagne: '2',
      'countsByGenre.feminin': '4',
      'countsByGenre.masculin': '2',
    });
    const person = activityRecordToForm(
      activityRecordInput.parse({
        ...collective,
        type: 'individuel',
        appointmentId: APPOINTMENT,
        orienteVersStructure: true,
        structureDeRedirection: 'administration',
        dejaAccompagne: 1,
        countsByStatutSocial: { retraite: 1 },
      }),
    );
    expect(person.values).toMatchObject({
      orienteVersStructure: 'true',
      dejaAccompagneIndividuel: 'true',
      statutSocial: 'retraite',
    });
    expect(person.values).not.toHaveProperty('participantsTotal');
  });
});
