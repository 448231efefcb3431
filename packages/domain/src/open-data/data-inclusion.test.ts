import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../reporting/csv.ts';
import { THEMATIQUES } from '../vocabulary/activity-records.ts';
import {
  DATA_INCLUSION_PUBLICS,
  DATA_INCLUSION_RESEAUX_PORTEURS,
  DATA_INCLUSION_THEMATIQUES,
} from '../vocabulary/data-inclusion-referentials.ts';
import { PUBLICS_SPECIFIQUEMENT_ADRESSES, SERVICES } from '../vocabulary/places.ts';
import {
  DATA_INCLUSION_SERVICE_COLUMNS,
  DATA_INCLUSION_STRUCTURE_COLUMNS,
  type DataInclusionActivity,
  type DataInclusionContext,
  type DataInclusionPlace,
  fraisOfPlace,
  PUBLICS_BY_PUBLIC,
  RESEAUX_BY_LABEL,
  RESEAUX_BY_PROGRAMME,
  RESEAUX_BY_TYPOLOGIE,
  reseauxPorteursOf,
  servicesToCsv,
  structuresToCsv,
  THEMATIQUES_BY_SERVICE,
  THEMATIQUES_BY_THEME,
  toDataInclusion,
} from './data-inclusion.ts';
import { DATA_INCLUSION_SERVICE_SCHEMA, DATA_INCLUSION_STRUCTURE_SCHEMA } from './data-inclusion-schemas.ts';

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validStructure = ajv.compile(DATA_INCLUSION_STRUCTURE_SCHEMA);
const validService = ajv.compile(DATA_INCLUSION_SERVICE_SCHEMA);

const context: DataInclusionContext = {
  siteUrl: 'https://fabriques.example.org/',
  texts: {
    appointmentName: 'Rendez-vous numérique',
    appointmentDescription: (place) => `Un rendez-vous à ${place}.`,
    toolDescription: (tool) => `${tool}, prêté aux équipes.`,
    price: (euros) => `${euros} € par personne`,
    deposit: (euros) => `caution de ${euros} €`,
  },
};

const place = (over: Partial<DataInclusionPlace> = {}): DataInclusionPlace => ({
  id: '11111111-1111-4111-8111-111111111111',
  slug: 'konk-ar-lab',
  name: 'Konk Ar Lab.',
  dateMaj: '2026-11-30',
  pivot: '12345678900011',
  address: '2 rue du Port',
  addressComplement: null,
  postalCode: '29900',
  commune: 'Concarneau',
  communeCode: '29039',
  latitude: 47.87,
  longitude: -3.91,
  phone: '+33298000000',
  email: 'contact@konk.example.org',
  website: 'https://konk.example.org',
  openingHours: 'Mo-Fr 09:00-18:00',
  accesLibreUrl: null,
  summary: 'Fab lab de la baie',
  description: null,
  labelCodes: ['fabrique_territoire'],
  nationalProgrammes: ['Conseillers numériques'],
  kinds: ['FABLAB', 'FABRIQUE'],
  services: ['Aide aux démarches administratives'],
  publics: [],
  fees: ['Gratuit'],
  ...over,
});

const activity = (over: Partial<DataInclusionActivity> = {}): DataInclusionActivity => ({
  id: '22222222-2222-4222-8222-222222222222',
  placeId: place().id,
  kind: 'training',
  title: 'Initiation à la découpe laser',
  description: 'Prendre en main la découpeuse laser en sécurité.',
  themes: ['creer_avec_le_numerique', 'aide_aux_demarches_administratives'],
  publics: ['Seniors'],
  fees: 'payant',
  priceCents: 1050,
  format: 'hybrid',
  nextSessionId: '33333333-3333-4333-8333-333333333333',
  updatedAt: '2026-12-01 10:00:00+00',
  ...over,
});

const offer = (over: Partial<Parameters<typeof toDataInclusion>[0]> = {}) =>
  toDataInclusion(
    {
      places: [place()],
      activities: [activity()],
      appointments: [
        {
          placeId: place().id,
          modalities: ['sur_place', 'visio'],
          whoMayBook: ['everyone'],
          updatedAt: '2026-12-02 08:00:00+00',
        },
      ],
      tools: [
        {
          id: '44444444-4444-4444-8444-444444444444',
          placeId: place().id,
          name: 'Découpeuse laser',
          description: null,
          depositCents: 5000,
          updatedAt: '2026-12-03 08:00:00+00',
        },
      ],
      ...over,
    },
    context,
  );

describe('mapping tables', () => {
  it('point only to codes of the referentials', () => {
    const thematiques = new Set<string>(DATA_INCLUSION_THEMATIQUES);
    const reseaux = new Set<string>(DATA_INCLUSION_RESEAUX_PORTEURS);
    const publics = new Set<string>(DATA_INCLUSION_PUBLICS);
    for (const list of [...Object.values(THEMATIQUES_BY_THEME), ...Object.values(THEMATIQUES_BY_SERVICE)]) {
      for (const code of list) expect(thematiques.has(code), code).toBe(true);
    }
    for (const code of [
      ...Object.values(RESEAUX_BY_LABEL),
      ...Object.values(RESEAUX_BY_PROGRAMME),
      ...Object.values(RESEAUX_BY_TYPOLOGIE),
    ]) {
      expect(reseaux.has(code as string), code).toBe(true);
    }
    for (const code of Object.values(PUBLICS_BY_PUBLIC)) expect(publics.has(code), code).toBe(true);
  });

  it('cover every theme, place service and public of ours', () => {
    expect(Object.keys(THEMATIQUES_BY_THEME).sort()).toEqual([...THEMATIQUES].sort());
    expect(Object.keys(THEMATIQUES_BY_SERVICE).sort()).toEqual([...SERVICES].sort());
    expect(Object.keys(PUBLICS_BY_PUBLIC).sort()).toEqual([...PUBLICS_SPECIFIQUEMENT_ADRESSES].sort());
  });
});

describe('reseaux_porteurs', () => {
  it('come from labels, national programmes and typology, once each, sorted', () => {
    expect(
      reseauxPorteursOf({
        labelCodes: [
          'fabrique_numerique_territoire',
          'fabrique_territoire',
          'france_services',
          'micro_folie',
        ],
        nationalProgrammes: ['Conseillers numériques', 'France Services', 'Certification PIX'],
        kinds: ['EPN', 'TIERS_LIEUX'],
      }),
    ).toEqual([
      'conseillers-numeriques',
      'espaces-publics-numeriques',
      'fabrique-de-territoire',
      'france-service',
    ]);
  });

  it('are null on a structure carried by no known network', () => {
    const { structures } = offer({
      places: [place({ labelCodes: ['micro_folie'], nationalProgrammes: [], kinds: ['TIERS_LIEUX'] })],
    });
    expect(structures[0]?.reseaux_porteurs).toBeNull();
  });
});

describe('frais', () => {
  it('of an activity are its fees, its price in the details', () => {
    const { services } = offer();
    const workshop = services.find((s) => s.id.includes('activite-'));
    expect(workshop?.frais).toBe('payant');
    expect(workshop?.frais_precisions).toBe('10,50 € par personne');
    const free = offer({ activities: [activity({ fees: 'gratuit', priceCents: null })] }).services.find((s) =>
      s.id.includes('activite-'),
    );
    expect(free?.frais).toBe('gratuit');
    expect(free?.frais_precisions).toBeNull();
  });

  it('of a place: free when any of it is, paid when only paid, unknown when unsaid', () => {
    expect(fraisOfPlace(['Gratuit sous condition', 'Payant'])).toBe('gratuit');
    expect(fraisOfPlace(['Payant'])).toBe('payant');
    expect(fraisOfPlace([])).toBeNull();
  });
});

describe('records', () => {
  it('validate against the vendored JSON Schemas of data·inclusion v1', () => {
    const { structures, services } = offer();
    for (const s of structures) expect(validStructure(s), JSON.stringify(validStructure.errors)).toBe(true);
    for (const s of services) expect(validService(s), JSON.stringify(validService.errors)).toBe(true);
    expect(services.map((s) => s.type).sort()).toEqual(['accompagnement', 'aide-materielle', 'formation']);
  });

  it('link to our pages: the place, the next session, the appointments, the tool', () => {
    const { structures, services } = offer();
    expect(structures[0]?.lien_source).toBe('https://fabriques.example.org/lieux/konk-ar-lab');
    expect(services.map((s) => s.lien_mobilisation).sort()).toEqual([
      'https://fabriques.example.org/lieux/konk-ar-lab/rendez-vous',
      'https://fabriques.example.org/outils/44444444-4444-4444-8444-444444444444',
      'https://fabriques.example.org/seances/33333333-3333-4333-8333-333333333333',
    ]);
    for (const s of services) {
      expect(s.structure_id).toBe(structures[0]?.id);
      expect(s.id.startsWith('reseau-fabriques--')).toBe(true);
    }
  });

  it('write the structure as the schema wants it', () => {
    const [s] = offer().structures;
    expect(s).toMatchObject({
      source: 'reseau-fabriques',
      id: 'reseau-fabriques--11111111-1111-4111-8111-111111111111',
      nom: 'Konk Ar Lab',
      siret: '12345678900011',
      code_insee: '29039',
      horaires_accueil: 'Mo-Fr 09:00-18:00',
      reseaux_porteurs: ['conseillers-numeriques', 'fabrique-de-territoire'],
      description: 'Fab lab de la baie',
      date_maj: '2026-11-30',
    });
    const odd = offer({
      places: [place({ pivot: '00000000000000x', openingHours: 'whenever', website: 'konk.example.org' })],
    }).structures[0];
    expect(odd?.siret).toBeNull();
    expect(odd?.horaires_accueil).toBeNull();
    expect(odd?.site_web).toBeNull();
  });

  it('say who may take a service up, and how it is received', () => {
    const { services } = offer();
    const byKind = (part: string) => services.find((s) => s.id.includes(part));
    expect(byKind('activite-')?.mobilisable_par).toEqual(['usagers', 'professionnels']);
    expect(byKind('activite-')?.modes_accueil).toEqual(['a-distance', 'en-presentiel']);
    expect(byKind('activite-')?.publics).toEqual(['seniors']);
    expect(byKind('rendez-vous-')?.modes_accueil).toEqual(['a-distance', 'en-presentiel']);
    expect(byKind('rendez-vous-')?.publics).toEqual(['tous-publics']);
    expect(byKind('outil-')?.mobilisable_par).toEqual(['professionnels']);
    const prescribers = offer({
      appointments: [
        {
          placeId: place().id,
          modalities: ['telephone'],
          whoMayBook: ['agents_and_prescribers'],
          updatedAt: '2026-12-02',
        },
      ],
    }).services.find((s) => s.id.includes('rendez-vous-'));
    expect(prescribers?.mobilisable_par).toEqual(['professionnels']);
    expect(prescribers?.modes_accueil).toEqual(['a-distance']);
    // At a distance: no street address, the commune stays.
    expect(prescribers?.adresse).toBeNull();
    expect(prescribers?.commune).toBe('Concarneau');
  });

  it('carry no personal data', () => {
    const { structures, services } = offer();
    const text = JSON.stringify({ structures, services });
    for (const record of services) {
      expect(record).not.toHaveProperty('contact_nom_prenom');
    }
    // Only the fields of the schema are written; none of them names a person.
    const schemaFields = (schema: { properties: object }) => new Set(Object.keys(schema.properties));
    for (const s of structures) {
      for (const key of Object.keys(s))
        expect(schemaFields(DATA_INCLUSION_STRUCTURE_SCHEMA).has(key)).toBe(true);
    }
    for (const s of services) {
      for (const key of Object.keys(s))
        expect(schemaFields(DATA_INCLUSION_SERVICE_SCHEMA).has(key)).toBe(true);
    }
    expect(text).not.toMatch(/facilitator|mediateur|booking/i);
  });

  it('leave out an offer whose place is not public', () => {
    const { services } = offer({ places: [] });
    expect(services).toEqual([]);
  });
});

describe('CSV', () => {
  it('has the columns in order, lists joined by |', () => {
    const { structures, services } = offer();
    const rowsOf = (text: string) => {
      const read = readCsv(text);
      if (!read.ok) throw new Error(read.error);
      return read.records.map((r) => r.fields);
    };
    const [header, first] = rowsOf(structuresToCsv(structures));
    expect(header).toEqual([...DATA_INCLUSION_STRUCTURE_COLUMNS]);
    expect(first?.[DATA_INCLUSION_STRUCTURE_COLUMNS.indexOf('reseaux_porteurs')]).toBe(
      'conseillers-numeriques|fabrique-de-territoire',
    );
    const rows = rowsOf(servicesToCsv(services));
    expect(rows[0]).toEqual([...DATA_INCLUSION_SERVICE_COLUMNS]);
    expect(rows).toHaveLength(services.length + 1);
  });
});
