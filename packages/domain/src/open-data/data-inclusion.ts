import { isValidOpeningHours } from '../directory/opening-hours.ts';
import { toCsv } from '../reporting/csv.ts';
import type { Thematique } from '../vocabulary/activity-records.ts';
import {
  DATA_INCLUSION_PUBLIC_ALL,
  type DataInclusionFrais,
  type DataInclusionModeAccueil,
  type DataInclusionModeMobilisation,
  type DataInclusionPersonneMobilisatrice,
  type DataInclusionServiceType,
} from '../vocabulary/data-inclusion.ts';
import type { PublicSpecifiquementAdresse, Service, Typologie } from '../vocabulary/places.ts';

// Our public offer as data·inclusion schema v1 (1.0.8) records (decision 060): each public place is a
// `structure`; each bookable offer is a `service` of its place: a workshop or training with upcoming
// sessions, a place's appointments (its bookable availabilities, as one service), a lendable tool. Pure:
// the rows come from the API (public rows only, read as `anon`), the site's URL and the few French texts
// (the appointment service's name…) from the caller. No personal data: no facilitator, no mediator, no
// booking, no contact person — a place's phone and e-mail are the public ones of its page.

/** The producer id written in `source` and before every id (`reseau-fabriques--<uuid>`). */
export const DATA_INCLUSION_SOURCE = 'reseau-fabriques';

/** The fields of a structure, in the schema's order of importance (the CSV's columns). */
export const DATA_INCLUSION_STRUCTURE_COLUMNS = [
  'source',
  'id',
  'nom',
  'date_maj',
  'siret',
  'adresse',
  'complement_adresse',
  'code_postal',
  'commune',
  'code_insee',
  'latitude',
  'longitude',
  'telephone',
  'courriel',
  'site_web',
  'horaires_accueil',
  'accessibilite_lieu',
  'reseaux_porteurs',
  'lien_source',
  'description',
] as const;
export type DataInclusionStructureColumn = (typeof DATA_INCLUSION_STRUCTURE_COLUMNS)[number];

/** The fields of a service we fill, in the CSV's order. */
export const DATA_INCLUSION_SERVICE_COLUMNS = [
  'source',
  'id',
  'structure_id',
  'nom',
  'description',
  'date_maj',
  'type',
  'thematiques',
  'publics',
  'frais',
  'frais_precisions',
  'modes_accueil',
  'modes_mobilisation',
  'mobilisable_par',
  'lien_mobilisation',
  'lien_source',
  'telephone',
  'courriel',
  'adresse',
  'complement_adresse',
  'code_postal',
  'commune',
  'code_insee',
  'latitude',
  'longitude',
] as const;
export type DataInclusionServiceColumn = (typeof DATA_INCLUSION_SERVICE_COLUMNS)[number];

export interface DataInclusionStructure {
  source: string;
  id: string;
  nom: string;
  date_maj: string;
  siret: string | null;
  adresse: string | null;
  complement_adresse: string | null;
  code_postal: string | null;
  commune: string | null;
  code_insee: string | null;
  latitude: number | null;
  longitude: number | null;
  telephone: string | null;
  courriel: string | null;
  site_web: string | null;
  horaires_accueil: string | null;
  accessibilite_lieu: string | null;
  reseaux_porteurs: string[] | null;
  lien_source: string;
  description: string | null;
}

export interface DataInclusionService {
  source: string;
  id: string;
  structure_id: string;
  nom: string;
  description: string;
  date_maj: string;
  type: DataInclusionServiceType;
  thematiques: string[] | null;
  publics: string[];
  frais: DataInclusionFrais | null;
  frais_precisions: string | null;
  modes_accueil: DataInclusionModeAccueil[];
  modes_mobilisation: DataInclusionModeMobilisation[];
  mobilisable_par: DataInclusionPersonneMobilisatrice[];
  lien_mobilisation: string;
  lien_source: string;
  telephone: string | null;
  courriel: string | null;
  adresse: string | null;
  complement_adresse: string | null;
  code_postal: string | null;
  commune: string | null;
  code_insee: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** A public place, as the repository reads it (published, not hidden). */
export interface DataInclusionPlace {
  id: string;
  slug: string;
  name: string;
  /** `YYYY-MM-DD`. */
  dateMaj: string;
  pivot: string | null;
  address: string | null;
  addressComplement: string | null;
  postalCode: string | null;
  commune: string | null;
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** OSM `opening_hours`; written only when it parses (`isValidOpeningHours`). */
  openingHours: string | null;
  accesLibreUrl: string | null;
  summary: string | null;
  description: string | null;
  /** Codes of the labels it holds today (`fabrique_territoire`, `france_services`…). */
  labelCodes: readonly string[];
  /** Standard "lieux" codes: `dispositif_programmes_nationaux`, `typologie`, `services`, `publics…`, `frais`. */
  nationalProgrammes: readonly string[];
  kinds: readonly string[];
  services: readonly string[];
  publics: readonly string[];
  fees: readonly string[];
}

/** A published public workshop or training that has upcoming sessions. */
export interface DataInclusionActivity {
  id: string;
  placeId: string;
  kind: 'workshop' | 'training';
  title: string;
  description: string | null;
  themes: readonly string[];
  publics: readonly string[];
  fees: DataInclusionFrais;
  priceCents: number | null;
  format: 'on_site' | 'remote' | 'hybrid';
  /** The next upcoming session, whose page is where one books. */
  nextSessionId: string;
  /** ISO timestamp of the last change of the activity or its sessions. */
  updatedAt: string;
}

/** A place's bookable appointments (its active availabilities open to residents or prescribers). */
export interface DataInclusionAppointments {
  placeId: string;
  modalities: readonly string[];
  /** `everyone` or `agents_and_prescribers` (`agents` ones are not public). */
  whoMayBook: readonly string[];
  updatedAt: string;
}

/** A published lendable tool in working order. */
export interface DataInclusionTool {
  id: string;
  placeId: string;
  name: string;
  description: string | null;
  depositCents: number | null;
  updatedAt: string;
}

/** The French texts of the records that our data does not hold, from the i18n catalogue. */
export interface DataInclusionTexts {
  appointmentName: string;
  /** The appointment service's description, given the place's name. */
  appointmentDescription: (placeName: string) => string;
  /** A tool's description when it has none, given its name. */
  toolDescription: (toolName: string) => string;
  /** `frais_precisions` of a priced activity, given the price in euros (`12,50 €`). */
  price: (euros: string) => string;
  /** `frais_precisions` of a tool lent against a deposit, given the deposit in euros. */
  deposit: (euros: string) => string;
}

export interface DataInclusionContext {
  /** The public site's origin (`https://…`), for the pages and booking links. */
  siteUrl: string;
  texts: DataInclusionTexts;
  source?: string;
}

// Mappings -----------------------------------------------------------------------------------------------

/** Our labels that say which network carries a place (`labels.code` → reseau porteur). */
export const RESEAUX_BY_LABEL: Readonly<Record<string, string>> = {
  fabrique_territoire: 'fabrique-de-territoire',
  fabrique_numerique_territoire: 'fabrique-de-territoire',
  france_services: 'france-service',
  campus_connecte: 'campus-connecte',
};

/** National programmes of the places standard that are data·inclusion networks. */
export const RESEAUX_BY_PROGRAMME: Readonly<Record<string, string>> = {
  'Aidants Connect': 'aidants-connect',
  'Conseillers numériques': 'conseillers-numeriques',
  'Emmaüs Connect': 'emmaus',
  'France Services': 'france-service',
  'Grande école du numérique': 'grandes-ecoles-du-numerique',
  'La Croix Rouge': 'croix-rouge',
  "Point d'accès numérique CAF": 'caf',
  'Relais numérique (Emmaüs Connect)': 'emmaus',
};

/** Structure typologies that name the network or administration carrying the place. */
export const RESEAUX_BY_TYPOLOGIE: Readonly<Partial<Record<Typologie, string>>> = {
  CAF: 'caf',
  CCAS: 'ccas-cias',
  CIAS: 'ccas-cias',
  CPAM: 'cpam',
  EPN: 'espaces-publics-numeriques',
  FT: 'france-travail',
  LA_POSTE: 'la-poste',
  ML: 'mission-locale',
  MJC: 'mjc',
  MSAP: 'msap',
  MUNI: 'communes',
  PIMMS: 'pimms-mediation',
  RESSOURCERIE: 'ressourceries',
  RFS: 'france-service',
};

const FONDAMENTAUX = 'numerique--maitriser-les-fondamentaux-du-numerique';
const SERVICES_EN_LIGNE = 'numerique--acceder-a-des-services-en-ligne';
const DEMARCHES = 'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives';
const PARENTALITE = 'famille--soutien-a-la-parentalite-et-a-leducation';
const EMPLOI = 'preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi';

/** The themes of our activities (the national tools' codes) as data·inclusion thematiques. */
export const THEMATIQUES_BY_THEME: Readonly<Record<Thematique, readonly string[]>> = {
  diagnostic_numerique: [FONDAMENTAUX],
  prendre_en_main_du_materiel: [FONDAMENTAUX],
  maintenance_de_materiel: [FONDAMENTAUX],
  gere_ses_contenus_numeriques: [FONDAMENTAUX],
  navigation_sur_internet: [FONDAMENTAUX],
  email: [FONDAMENTAUX],
  bureautique: [FONDAMENTAUX],
  reseaux_sociaux: [FONDAMENTAUX],
  sante: [SERVICES_EN_LIGNE, 'sante--acces-aux-soins'],
  banque_et_achats_en_ligne: [SERVICES_EN_LIGNE],
  entrepreneuriat: ['creer-une-entreprise--developper-son-entreprise'],
  insertion_professionnelle: [EMPLOI],
  securite_numerique: [FONDAMENTAUX],
  parentalite: [PARENTALITE],
  scolarite_et_numerique: [PARENTALITE],
  creer_avec_le_numerique: [FONDAMENTAUX],
  culture_numerique: [FONDAMENTAUX],
  intelligence_artificielle: [FONDAMENTAUX],
  aide_aux_demarches_administratives: [DEMARCHES, SERVICES_EN_LIGNE],
  papiers_elections_citoyennete: [
    'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete',
    SERVICES_EN_LIGNE,
  ],
  famille_scolarite: [PARENTALITE, SERVICES_EN_LIGNE],
  social_sante: ['difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits'],
  travail_formation: [EMPLOI, 'se-former--trouver-sa-formation'],
  logement: ['logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement'],
  transports_mobilite: ['mobilite--etre-accompagne-dans-son-parcours-mobilite'],
  argent_impots: [DEMARCHES, SERVICES_EN_LIGNE],
  justice: ['difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire'],
  etrangers_europe: [DEMARCHES],
  loisirs_sports_culture: ['remobilisation--activites-sportives-et-culturelles'],
  associations: ['remobilisation--benevolat-action-citoyenne'],
};

/** The services of the places standard (what a place offers) as thematiques, for its appointments. */
export const THEMATIQUES_BY_SERVICE: Readonly<Record<Service, readonly string[]>> = {
  'Aide aux démarches administratives': [DEMARCHES, SERVICES_EN_LIGNE],
  'Maîtrise des outils numériques du quotidien': [FONDAMENTAUX],
  'Insertion professionnelle via le numérique': [EMPLOI],
  'Utilisation sécurisée du numérique': [FONDAMENTAUX],
  'Parentalité et éducation avec le numérique': [PARENTALITE],
  'Loisirs et créations numériques': [FONDAMENTAUX],
  'Compréhension du monde numérique': [FONDAMENTAUX],
  'Accès internet et matériel informatique': ['numerique--acceder-a-une-connexion-internet'],
  'Acquisition de matériel informatique à prix solidaire': ['numerique--acquerir-un-equipement'],
};

/** The publics of the places standard as data·inclusion publics. */
export const PUBLICS_BY_PUBLIC: Readonly<Record<PublicSpecifiquementAdresse, string>> = {
  Jeunes: 'jeunes',
  Étudiants: 'etudiants',
  'Familles et/ou enfants': 'familles',
  Seniors: 'seniors',
  Femmes: 'femmes',
};

/** Appointment modalities: on site and at home are face to face; phone and video at a distance. */
const ACCUEIL_BY_MODALITY: Readonly<Record<string, DataInclusionModeAccueil>> = {
  sur_place: 'en-presentiel',
  domicile: 'en-presentiel',
  telephone: 'a-distance',
  visio: 'a-distance',
};

const ACCUEIL_BY_FORMAT: Readonly<Record<DataInclusionActivity['format'], DataInclusionModeAccueil[]>> = {
  on_site: ['en-presentiel'],
  remote: ['a-distance'],
  hybrid: ['a-distance', 'en-presentiel'],
};

// Helpers ------------------------------------------------------------------------------------------------

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Text cut to `max` characters (on a character, not a UTF-16 unit), or null under `min`. */
function bounded(value: string | null | undefined, min: number, max: number): string | null {
  const t = text(value);
  if (t === null) return null;
  const chars = [...t];
  if (chars.length < min) return null;
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : t;
}

/** An absolute http(s) URL, normalised (`uri` format), or null. */
export function httpUrl(value: string | null | undefined): string | null {
  const t = text(value);
  if (t === null) return null;
  try {
    const url = new URL(t);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

// The `email` format of JSON Schema validators (ajv-formats' full mode): an address the register accepts.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const email = (value: string | null | undefined) => {
  const t = text(value);
  return t && EMAIL.test(t) ? t : null;
};

const digits = (value: string | null | undefined, length: number) => {
  const t = text(value);
  return t && new RegExp(`^\\d{${length}}$`).test(t) ? t : null;
};

const insee = (value: string | null | undefined) => {
  const t = text(value);
  return t && /^\w{5}$/.test(t) ? t : null;
};

const day = (iso: string) => iso.slice(0, 10);

/** Euros as French write them: `12`, `12,50`. */
export function euros(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace('.', ',');
}

/** `tous-publics` alone when nothing narrower is said (the schema forbids mixing it with others). */
function publicsOf(values: readonly string[]): string[] {
  const mapped = unique(values.flatMap((v) => PUBLICS_BY_PUBLIC[v as PublicSpecifiquementAdresse] ?? []));
  return mapped.length > 0 ? mapped : [DATA_INCLUSION_PUBLIC_ALL];
}

/** The data·inclusion networks carrying a place: from its labels, national programmes and typology. */
export function reseauxPorteursOf(
  place: Pick<DataInclusionPlace, 'labelCodes' | 'nationalProgrammes' | 'kinds'>,
): string[] {
  return unique([
    ...place.labelCodes.flatMap((code) => RESEAUX_BY_LABEL[code] ?? []),
    ...place.nationalProgrammes.flatMap((p) => RESEAUX_BY_PROGRAMME[p] ?? []),
    ...place.kinds.flatMap((k) => RESEAUX_BY_TYPOLOGIE[k as Typologie] ?? []),
  ]).sort();
}

/** A place's fees (places standard) as one `frais`: free when any of it is, paid when only paid. */
export function fraisOfPlace(fees: readonly string[]): DataInclusionFrais | null {
  if (fees.some((f) => f === 'Gratuit' || f === 'Gratuit sous condition')) return 'gratuit';
  if (fees.includes('Payant')) return 'payant';
  return null;
}

const idOf = (source: string, localId: string) => `${source}--${localId}`;

function siteOf(context: DataInclusionContext) {
  return context.siteUrl.replace(/\/+$/, '');
}

/** The place's address fields, written on the structure and on its face-to-face services. */
function addressOf(place: DataInclusionPlace) {
  return {
    adresse: text(place.address),
    complement_adresse: text(place.addressComplement),
    code_postal: digits(place.postalCode, 5),
    commune: text(place.commune),
    code_insee: insee(place.communeCode),
    latitude: place.latitude,
    longitude: place.longitude,
  };
}

// Records ------------------------------------------------------------------------------------------------

/** A public place as a data·inclusion structure. */
export function toDataInclusionStructure(
  place: DataInclusionPlace,
  context: DataInclusionContext,
): DataInclusionStructure {
  const source = context.source ?? DATA_INCLUSION_SOURCE;
  const reseaux = reseauxPorteursOf(place);
  const hours = text(place.openingHours);
  return {
    source,
    id: idOf(source, place.id),
    // "Ne se terminant pas par un point", says the schema.
    nom: (bounded(place.name, 1, 150) ?? place.name).replace(/\.+$/, ''),
    date_maj: day(place.dateMaj),
    siret: digits(place.pivot, 14),
    ...addressOf(place),
    telephone: text(place.phone),
    courriel: email(place.email),
    site_web: httpUrl(place.website),
    horaires_accueil: hours && isValidOpeningHours(hours) ? hours : null,
    accessibilite_lieu: httpUrl(place.accesLibreUrl),
    reseaux_porteurs: reseaux.length > 0 ? reseaux : null,
    lien_source: `${siteOf(context)}/lieux/${encodeURIComponent(place.slug)}`,
    description: bounded(place.description ?? place.summary, 5, 10_000),
  };
}

interface ServiceFrame {
  place: DataInclusionPlace;
  localId: string;
  nom: string;
  description: string;
  dateMaj: string;
  link: string;
  modesAccueil: DataInclusionModeAccueil[];
}

/** What every service of a place shares: ids, contact, address when face to face, mobilisation. */
function serviceBase(frame: ServiceFrame, context: DataInclusionContext) {
  const source = context.source ?? DATA_INCLUSION_SOURCE;
  const telephone = text(frame.place.phone);
  const courriel = email(frame.place.email);
  const modes: DataInclusionModeMobilisation[] = ['utiliser-lien-mobilisation'];
  if (courriel) modes.unshift('envoyer-un-courriel');
  if (telephone) modes.push('telephoner');
  const faceToFace = frame.modesAccueil.includes('en-presentiel');
  const address = addressOf(frame.place);
  return {
    source,
    id: idOf(source, frame.localId),
    structure_id: idOf(source, frame.place.id),
    nom: bounded(frame.nom, 1, 150) ?? frame.nom,
    description: bounded(frame.description, 5, 10_000) ?? frame.description,
    date_maj: day(frame.dateMaj),
    modes_accueil: [...frame.modesAccueil].sort(),
    modes_mobilisation: modes,
    lien_mobilisation: frame.link,
    lien_source: frame.link,
    telephone,
    courriel,
    ...(faceToFace
      ? address
      : {
          adresse: null,
          complement_adresse: null,
          code_postal: null,
          commune: address.commune,
          code_insee: address.code_insee,
          latitude: null,
          longitude: null,
        }),
  };
}

/** A workshop or training series (with upcoming sessions) as a service of its place. */
export function activityToService(
  activity: DataInclusionActivity,
  place: DataInclusionPlace,
  context: DataInclusionContext,
): DataInclusionService {
  const link = `${siteOf(context)}/seances/${encodeURIComponent(activity.nextSessionId)}`;
  const thematiques = unique(
    activity.themes.flatMap((theme) => THEMATIQUES_BY_THEME[theme as Thematique] ?? []),
  ).sort();
  return {
    ...serviceBase(
      {
        place,
        localId: `activite-${activity.id}`,
        nom: activity.title,
        // The schema requires a description of 5 characters at least: the title stands in.
        description: bounded(activity.description, 5, 10_000) ?? activity.title,
        dateMaj: activity.updatedAt,
        link,
        modesAccueil: ACCUEIL_BY_FORMAT[activity.format],
      },
      context,
    ),
    type: activity.kind === 'training' ? 'formation' : 'atelier',
    thematiques: thematiques.length > 0 ? thematiques : [FONDAMENTAUX],
    publics: publicsOf(activity.publics),
    frais: activity.fees,
    frais_precisions:
      activity.fees === 'payant' && activity.priceCents !== null
        ? context.texts.price(euros(activity.priceCents))
        : null,
    // Residents book themselves; prescribers (social workers…) book for the people they follow.
    mobilisable_par: ['usagers', 'professionnels'],
  };
}

/** A place's bookable appointments as one service of accompaniment. */
export function appointmentsToService(
  appointments: DataInclusionAppointments,
  place: DataInclusionPlace,
  context: DataInclusionContext,
): DataInclusionService {
  const link = `${siteOf(context)}/lieux/${encodeURIComponent(place.slug)}/rendez-vous`;
  const accueil = unique(appointments.modalities.flatMap((m) => ACCUEIL_BY_MODALITY[m] ?? []));
  const thematiques = unique(
    place.services.flatMap((service) => THEMATIQUES_BY_SERVICE[service as Service] ?? []),
  ).sort();
  const everyone = appointments.whoMayBook.includes('everyone');
  return {
    ...serviceBase(
      {
        place,
        localId: `rendez-vous-${place.id}`,
        nom: context.texts.appointmentName,
        description: context.texts.appointmentDescription(place.name),
        dateMaj: appointments.updatedAt,
        link,
        modesAccueil: accueil.length > 0 ? accueil : ['en-presentiel'],
      },
      context,
    ),
    type: 'accompagnement',
    thematiques: thematiques.length > 0 ? thematiques : [FONDAMENTAUX],
    publics: publicsOf(place.publics),
    frais: fraisOfPlace(place.fees),
    frais_precisions: null,
    mobilisable_par: everyone ? ['usagers', 'professionnels'] : ['professionnels'],
  };
}

/** A lendable tool as a service of material help, lent to the network's teams. */
export function toolToService(
  tool: DataInclusionTool,
  place: DataInclusionPlace,
  context: DataInclusionContext,
): DataInclusionService {
  const link = `${siteOf(context)}/outils/${encodeURIComponent(tool.id)}`;
  return {
    ...serviceBase(
      {
        place,
        localId: `outil-${tool.id}`,
        nom: tool.name,
        description: bounded(tool.description, 5, 10_000) ?? context.texts.toolDescription(tool.name),
        dateMaj: tool.updatedAt,
        link,
        modesAccueil: ['en-presentiel'],
      },
      context,
    ),
    type: 'aide-materielle',
    thematiques: ['numerique--acquerir-un-equipement'],
    publics: [DATA_INCLUSION_PUBLIC_ALL],
    frais: 'gratuit',
    frais_precisions:
      tool.depositCents !== null && tool.depositCents > 0
        ? context.texts.deposit(euros(tool.depositCents))
        : null,
    // A loan is asked for by a member of a place of the network (sharing between places).
    mobilisable_par: ['professionnels'],
  };
}

export interface DataInclusionOffer {
  places: readonly DataInclusionPlace[];
  activities: readonly DataInclusionActivity[];
  appointments: readonly DataInclusionAppointments[];
  tools: readonly DataInclusionTool[];
}

export interface DataInclusionExport {
  structures: DataInclusionStructure[];
  services: DataInclusionService[];
}

/**
 * Every public place as a structure and every bookable offer as a service. An offer whose place is not in
 * `places` (not public) is left out: a service always points to an exported structure.
 */
export function toDataInclusion(
  offer: DataInclusionOffer,
  context: DataInclusionContext,
): DataInclusionExport {
  const places = new Map(offer.places.map((p) => [p.id, p]));
  const services: DataInclusionService[] = [];
  for (const activity of offer.activities) {
    const place = places.get(activity.placeId);
    if (place) services.push(activityToService(activity, place, context));
  }
  for (const appointments of offer.appointments) {
    const place = places.get(appointments.placeId);
    if (place) services.push(appointmentsToService(appointments, place, context));
  }
  for (const tool of offer.tools) {
    const place = places.get(tool.placeId);
    if (place) services.push(toolToService(tool, place, context));
  }
  return {
    structures: offer.places.map((place) => toDataInclusionStructure(place, context)),
    services: services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

// CSV ----------------------------------------------------------------------------------------------------

/** A list field in CSV: its codes joined by `|` (as the places standard does). */
const cell = (value: unknown): string | number | null => {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join('|');
  return typeof value === 'number' ? value : String(value);
};

/** The structures as CSV (RFC 4180, CRLF, `,`), list fields `|`-separated, text safe for spreadsheets. */
export function structuresToCsv(structures: readonly DataInclusionStructure[]): string {
  return toCsv(
    [
      DATA_INCLUSION_STRUCTURE_COLUMNS,
      ...structures.map((s) => DATA_INCLUSION_STRUCTURE_COLUMNS.map((c) => cell(s[c]))),
    ],
    ',',
  );
}

/** The services as CSV, like the structures. */
export function servicesToCsv(services: readonly DataInclusionService[]): string {
  return toCsv(
    [
      DATA_INCLUSION_SERVICE_COLUMNS,
      ...services.map((s) => DATA_INCLUSION_SERVICE_COLUMNS.map((c) => cell(s[c]))),
    ],
    ',',
  );
}
