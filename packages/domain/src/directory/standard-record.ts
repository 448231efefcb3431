import {
  type Adresse,
  Contact,
  type Courriel,
  DispositifProgrammesNationaux,
  FormationLabel,
  FormationsLabels,
  FraisACharge,
  Id,
  Itinerances,
  type LieuMediationNumerique,
  Localisation,
  ModalitesAcces,
  ModalitesAccompagnement,
  Nom,
  type Pivot,
  PrisesEnChargeSpecifiques,
  PublicsSpecifiquementAdresses,
  type SchemaLieuMediationNumerique,
  Services,
  Typologies,
  toSchemaLieuMediationNumerique,
  type Url,
} from '@gouvfr-anct/lieux-de-mediation-numerique';

// A place as a record of the national standard "lieux de médiation numérique" (schema v1.0.2), built by the
// ANCT's library `@gouvfr-anct/lieux-de-mediation-numerique` (decision 053): the place becomes the library's
// model through its validating constructors, and the library's own `toSchemaLieuMediationNumerique` writes
// the fields (multiple values `|`-separated, empty optional fields left out). Server-side only: the browser
// never needs it.

export const STANDARD_COLUMNS = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const satisfies readonly (keyof SchemaLieuMediationNumerique)[];
export type StandardColumn = (typeof STANDARD_COLUMNS)[number];
export type StandardRecord = Partial<Record<StandardColumn, string | number>>;

/** The standard requires a pivot; the cartographie nationale writes this one when a place has none. */
export const UNKNOWN_PIVOT = '00000000000000';

export interface ExportablePlace {
  id: string;
  pivot: string | null;
  name: string;
  commune: string;
  postalCode: string;
  communeCode: string | null;
  address: string;
  addressComplement: string | null;
  latitude: number | null;
  longitude: number | null;
  kinds: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: string | null;
  summary: string | null;
  description: string | null;
  source: string | null;
  itinerance: string[];
  carrierName: string | null;
  /** `YYYY-MM-DD`. */
  dateMaj: string;
  services: string[];
  publics: string[];
  specificSupport: string[];
  fees: string[];
  nationalProgrammes: string[];
  /** Whether the place holds a current Fabrique de territoire label (a `formations_labels` value). */
  fabrique: boolean;
  /** Other current labels, by name (`autres_formations_labels`). */
  otherLabels: string[];
  accessModes: string[];
  supportModes: string[];
  accesLibreUrl: string | null;
  bookingUrl: string | null;
}

const text = (value: string | null) => (value?.trim() ? value.trim() : undefined);

/**
 * A code list through the library's constructor, which refuses a code outside its enum (`ModelError`); an
 * empty list is left out rather than written as an empty field. The codes are typed `string` here because
 * the database's checks hold them to the same lists (a test in @rf/db compares the two).
 */
function codes<M>(values: readonly string[], model: (codes: never[]) => M): M | undefined {
  return values.length > 0 ? model([...values] as never[]) : undefined;
}

/**
 * The library's model of a place. Codes, id, name and coordinates go through the library's validating
 * constructors. The pivot, the address and the contact fields are written as the database holds them: its
 * checks are the patterns of the published schema v1.0.2, which the library's model is stricter than (it
 * takes a SIRET or RNA as pivot only, a narrower character set for an address and a URL, other phone
 * number lengths), and an open-data export must not drop or refuse what the standard itself accepts.
 */
export function toLieuMediationNumerique(place: ExportablePlace): LieuMediationNumerique {
  const communeCode = text(place.communeCode);
  const complement = text(place.addressComplement);
  const telephone = text(place.phone);
  const courriel = text(place.email);
  const siteWeb = text(place.website);
  const resume = text(place.summary);
  const detail = text(place.description);
  const horaires = text(place.openingHours);
  const source = text(place.source);
  const structureParente = text(place.carrierName);
  const ficheAccesLibre = text(place.accesLibreUrl);
  const priseRdv = text(place.bookingUrl);
  const optional = {
    typologies: codes(place.kinds, Typologies),
    services: codes(place.services, Services),
    publics_specifiquement_adresses: codes(place.publics, PublicsSpecifiquementAdresses),
    prise_en_charge_specifique: codes(place.specificSupport, PrisesEnChargeSpecifiques),
    frais_a_charge: codes(place.fees, FraisACharge),
    itinerance: codes(place.itinerance, Itinerances),
    modalites_acces: codes(place.accessModes, ModalitesAcces),
    modalites_accompagnement: codes(place.supportModes, ModalitesAccompagnement),
    dispositif_programmes_nationaux: codes(place.nationalProgrammes, DispositifProgrammesNationaux),
    formations_labels: place.fabrique ? FormationsLabels([FormationLabel.FabriquesDeTerritoire]) : undefined,
    autres_formations_labels: place.otherLabels.length > 0 ? [...place.otherLabels] : undefined,
    localisation:
      place.latitude !== null && place.longitude !== null
        ? Localisation({ latitude: place.latitude, longitude: place.longitude })
        : undefined,
    contact:
      telephone || courriel || siteWeb
        ? Contact({
            ...(telephone ? { telephone } : {}),
            ...(courriel ? { courriels: [courriel as Courriel] } : {}),
            ...(siteWeb ? { site_web: [siteWeb as Url] } : {}),
          })
        : undefined,
    presentation:
      resume || detail ? { ...(resume ? { resume } : {}), ...(detail ? { detail } : {}) } : undefined,
    horaires,
    source,
    structure_parente: structureParente,
    fiche_acces_libre: ficheAccesLibre as Url | undefined,
    prise_rdv: priseRdv as Url | undefined,
  };
  return {
    id: Id(place.id),
    pivot: (text(place.pivot) ?? UNKNOWN_PIVOT) as Pivot,
    nom: Nom(place.name),
    adresse: {
      voie: place.address,
      code_postal: place.postalCode,
      commune: place.commune,
      ...(communeCode ? { code_insee: communeCode } : {}),
      ...(complement ? { complement_adresse: complement } : {}),
      isAdresse: true,
    } satisfies Adresse,
    // A calendar day (`YYYY-MM-DD`), as UTC midnight: the library writes back its ISO date part.
    date_maj: new Date(`${place.dateMaj.slice(0, 10)}T00:00:00Z`),
    // The library leaves out a field whose value is missing (`== null`).
    ...optional,
  };
}

/** A place as a record of the standard, its fields in the schema's order. */
export function toStandardRecord(place: ExportablePlace): StandardRecord {
  const fields: Partial<Record<string, string | number>> = toSchemaLieuMediationNumerique(
    toLieuMediationNumerique(place),
  );
  const record: StandardRecord = {};
  for (const column of STANDARD_COLUMNS) {
    const value = fields[column];
    if (value !== undefined && value !== '') record[column] = value;
  }
  return record;
}
