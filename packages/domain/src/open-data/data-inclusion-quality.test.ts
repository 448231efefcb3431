import { describe, expect, it } from 'vitest';
import {
  type DataInclusionPlace,
  type DataInclusionService,
  type DataInclusionStructure,
  toDataInclusion,
} from './data-inclusion.ts';
import {
  DATA_INCLUSION_DESCRIPTION_MIN,
  DATA_INCLUSION_QUALITY_CHECKS,
  DATA_INCLUSION_QUALITY_LEVELS,
  type DataInclusionQualityCheckCode,
  dataInclusionQuality,
  notPublishedQuality,
  serviceOriginOf,
} from './data-inclusion-quality.ts';

const NOW = new Date('2026-12-06T10:00:00Z');
const LONG = 'Un lieu où l’on apprend à se servir du numérique, pas à pas. '.repeat(5);

const structure = (over: Partial<DataInclusionStructure> = {}): DataInclusionStructure => ({
  source: 'reseau-fabriques',
  id: 'reseau-fabriques--11111111-1111-4111-8111-111111111111',
  nom: 'Konk Ar Lab',
  date_maj: '2026-11-30',
  siret: '12345678900011',
  adresse: '2 rue du Port',
  complement_adresse: null,
  code_postal: '29900',
  commune: 'Concarneau',
  code_insee: '29039',
  latitude: 47.87,
  longitude: -3.91,
  telephone: '+33298000000',
  courriel: 'contact@konk.example.org',
  site_web: 'https://konk.example.org/',
  horaires_accueil: 'Mo-Fr 09:00-18:00',
  accessibilite_lieu: 'https://acceslibre.beta.gouv.fr/app/29-concarneau/a/tiers-lieu/erp/konk/',
  reseaux_porteurs: ['fabrique-de-territoire'],
  lien_source: 'https://fabriques.example.org/lieux/konk-ar-lab',
  description: LONG,
  ...over,
});

const service = (over: Partial<DataInclusionService> = {}): DataInclusionService => ({
  source: 'reseau-fabriques',
  id: 'reseau-fabriques--activite-22222222-2222-4222-8222-222222222222',
  structure_id: structure().id,
  nom: 'Initiation à la découpe laser',
  description: LONG,
  date_maj: '2026-12-01',
  type: 'formation',
  thematiques: ['numerique--maitriser-les-fondamentaux-du-numerique'],
  publics: ['seniors'],
  frais: 'payant',
  frais_precisions: '10 € par personne',
  modes_accueil: ['en-presentiel'],
  modes_mobilisation: ['utiliser-lien-mobilisation'],
  mobilisable_par: ['usagers', 'professionnels'],
  lien_mobilisation: 'https://fabriques.example.org/seances/3',
  lien_source: 'https://fabriques.example.org/seances/3',
  telephone: null,
  courriel: null,
  adresse: null,
  complement_adresse: null,
  code_postal: null,
  commune: null,
  code_insee: null,
  latitude: null,
  longitude: null,
  ...over,
});

const quality = (
  s: Partial<DataInclusionStructure> = {},
  services: DataInclusionService[] = [service()],
  entered = {},
) => dataInclusionQuality({ structure: structure(s), services, entered, now: NOW });

const codes = (q: ReturnType<typeof quality>) => q.signals.map((x) => x.code);
const only = (q: ReturnType<typeof quality>, code: DataInclusionQualityCheckCode) =>
  q.signals.filter((x) => x.code === code);

describe('the table of checks', () => {
  it('has one row per code, each with a known level and scope', () => {
    const all = DATA_INCLUSION_QUALITY_CHECKS.map((c) => c.code);
    expect(new Set(all).size).toBe(all.length);
    for (const check of DATA_INCLUSION_QUALITY_CHECKS) {
      expect(DATA_INCLUSION_QUALITY_LEVELS).toContain(check.level);
      expect(['structure', 'service', 'offer']).toContain(check.scope);
    }
  });

  it('is all met by a complete record: no signal, a score of 100', () => {
    const q = quality();
    expect(q.signals).toEqual([]);
    expect(q.score).toBe(100);
    expect(q.checks).toBe(DATA_INCLUSION_QUALITY_CHECKS.length);
    expect(q.published).toBe(true);
  });
});

describe('each check', () => {
  const cases: [
    DataInclusionQualityCheckCode,
    Partial<DataInclusionStructure>,
    'blocking' | 'warning' | 'hint',
  ][] = [
    ['contact', { telephone: null, courriel: null }, 'blocking'],
    ['code_insee', { code_insee: null }, 'blocking'],
    ['siret', { siret: null }, 'warning'],
    ['opening_hours', { horaires_accueil: null }, 'warning'],
    ['coordinates', { latitude: null, longitude: null }, 'warning'],
    ['description', { description: null }, 'warning'],
    ['stale', { date_maj: '2026-06-05' }, 'warning'],
    ['website', { site_web: null }, 'hint'],
    ['accessibility', { accessibilite_lieu: null }, 'hint'],
  ];

  it.each(cases)('%s: fails alone, at its level, about the place', (code, over, level) => {
    const q = quality(over);
    expect(q.signals).toEqual([
      {
        code,
        level,
        subject: { kind: 'place' },
        detail: null,
        field: DATA_INCLUSION_QUALITY_CHECKS.find((c) => c.code === code)?.field ?? null,
      },
    ]);
    expect(q.score).toBe(Math.round((100 * (DATA_INCLUSION_QUALITY_CHECKS.length - 1)) / 13));
  });

  it('contact: one of phone or e-mail is enough', () => {
    expect(codes(quality({ telephone: null }))).toEqual([]);
    expect(codes(quality({ courriel: null }))).toEqual([]);
    const invalid = quality({ telephone: null, courriel: null }, [service()], {
      courriel: 'pas-un-courriel',
    });
    expect(only(invalid, 'contact')).toMatchObject([{ level: 'blocking', detail: 'invalid' }]);
  });

  it('coordinates: both are needed', () => {
    expect(codes(quality({ latitude: null }))).toEqual(['coordinates']);
  });

  it('tells a value never given from one the export could not write', () => {
    const q = quality(
      { siret: null, horaires_accueil: null, site_web: null, accessibilite_lieu: null },
      [service()],
      {
        siret: '123 456',
        horaires_accueil: 'le matin',
        site_web: 'konk point org',
        accessibilite_lieu: '   ',
      },
    );
    expect(q.signals.map((s) => [s.code, s.detail])).toEqual([
      ['siret', 'invalid'],
      ['opening_hours', 'invalid'],
      ['website', 'invalid'],
      ['accessibility', null],
    ]);
  });

  it('description: short under 200 characters, fine from 200', () => {
    const short = quality({ description: 'Fab lab.' });
    expect(short.signals).toMatchObject([{ code: 'description', detail: 'short', level: 'warning' }]);
    expect(codes(quality({ description: 'é'.repeat(DATA_INCLUSION_DESCRIPTION_MIN) }))).toEqual([]);
    expect(codes(quality({ description: 'é'.repeat(DATA_INCLUSION_DESCRIPTION_MIN - 1) }))).toEqual([
      'description',
    ]);
  });

  it('stale: older than six months on the Paris calendar day', () => {
    // 6 December 2026 → fresh from 6 June 2026.
    expect(codes(quality({ date_maj: '2026-06-06' }))).toEqual([]);
    expect(codes(quality({ date_maj: '2026-06-05' }))).toEqual(['stale']);
  });

  it('no_service: a place with nothing bookable; service checks do not apply then', () => {
    const q = quality({}, []);
    expect(q.signals).toEqual([
      { code: 'no_service', level: 'warning', subject: { kind: 'place' }, detail: null, field: null },
    ]);
    const serviceChecks = DATA_INCLUSION_QUALITY_CHECKS.filter((c) => c.scope === 'service').length;
    expect(q.checks).toBe(DATA_INCLUSION_QUALITY_CHECKS.length - serviceChecks);
    expect(q.score).toBe(Math.round((100 * (q.checks - 1)) / q.checks));
  });

  it('service checks: one signal per service, about that service, with its origin', () => {
    const tool = service({
      id: 'reseau-fabriques--outil-44444444-4444-4444-8444-444444444444',
      nom: 'Découpeuse laser',
      type: 'aide-materielle',
      description: 'Découpeuse laser, prêtée aux équipes.',
      thematiques: null,
      publics: [],
    });
    const q = quality({}, [service(), tool]);
    expect(q.signals).toEqual(
      (['service_description', 'service_thematiques', 'service_publics'] as const).map((code) => ({
        code,
        level: 'warning',
        subject: {
          kind: 'service',
          id: tool.id,
          name: 'Découpeuse laser',
          type: 'aide-materielle',
          origin: { kind: 'tool', id: '44444444-4444-4444-8444-444444444444' },
        },
        detail: code === 'service_description' ? 'short' : null,
        field: null,
      })),
    );
    // Three service checks each met by half the services: 10 + 3 × ½ out of 13.
    expect(q.score).toBe(Math.round((100 * 11.5) / 13));
    expect(codes(quality({}, [service({ thematiques: [] })]))).toEqual(['service_thematiques']);
  });
});

describe('the signals and the score', () => {
  it('list blocking signals first, then warnings, then hints, in the table’s order within a level', () => {
    const q = quality({ site_web: null, siret: null, code_insee: null, telephone: null, courriel: null }, [
      service({ description: 'Court.' }),
    ]);
    expect(q.signals.map((s) => [s.level, s.code])).toEqual([
      ['blocking', 'contact'],
      ['blocking', 'code_insee'],
      ['warning', 'siret'],
      ['warning', 'service_description'],
      ['hint', 'website'],
    ]);
  });

  it('is 0 with a single not_published signal when nothing is sent', () => {
    expect(notPublishedQuality()).toEqual({
      published: false,
      score: 0,
      checks: 0,
      services: 0,
      signals: [
        { code: 'not_published', level: 'blocking', subject: { kind: 'place' }, detail: null, field: null },
      ],
    });
  });

  it('reads the services’ origin from their ids', () => {
    expect(serviceOriginOf('reseau-fabriques--activite-abc')).toEqual({ kind: 'activity', id: 'abc' });
    expect(serviceOriginOf('reseau-fabriques--outil-def')).toEqual({ kind: 'tool', id: 'def' });
    expect(serviceOriginOf('reseau-fabriques--rendez-vous-ghi')).toEqual({ kind: 'appointments' });
    expect(serviceOriginOf('autre--x')).toEqual({ kind: 'other' });
  });

  it('checks what the exporter writes: unreadable hours and a bad SIRET are left out, then signalled', () => {
    const place: DataInclusionPlace = {
      id: '11111111-1111-4111-8111-111111111111',
      slug: 'konk-ar-lab',
      name: 'Konk Ar Lab',
      dateMaj: '2026-11-30',
      pivot: '1234',
      address: '2 rue du Port',
      addressComplement: null,
      postalCode: '29900',
      commune: 'Concarneau',
      communeCode: '29039',
      latitude: 47.87,
      longitude: -3.91,
      phone: null,
      email: 'contact@konk.example.org',
      website: null,
      openingHours: 'tous les jours',
      accesLibreUrl: null,
      summary: 'Fab lab de la baie',
      description: null,
      labelCodes: [],
      nationalProgrammes: [],
      kinds: [],
      services: [],
      publics: [],
      fees: [],
    };
    const exported = toDataInclusion(
      { places: [place], activities: [], appointments: [], tools: [] },
      {
        siteUrl: 'https://fabriques.example.org',
        texts: {
          appointmentName: 'Rendez-vous',
          appointmentDescription: (p) => p,
          toolDescription: (t) => t,
          price: (e) => e,
          deposit: (e) => e,
        },
      },
    );
    const [s] = exported.structures;
    if (!s) throw new Error('no structure');
    const q = dataInclusionQuality({
      structure: s,
      services: exported.services,
      entered: { siret: place.pivot, horaires_accueil: place.openingHours },
      now: NOW,
    });
    expect(q.signals.map((x) => [x.code, x.detail])).toEqual([
      ['siret', 'invalid'],
      ['opening_hours', 'invalid'],
      ['description', 'short'],
      ['no_service', null],
      ['website', null],
      ['accessibility', null],
    ]);
  });
});
