import { csvCell } from '../reporting/csv.ts';

// Export of the directory in the national standard "lieux de médiation numérique" (schema v1.0.2):
// the columns in the schema's order, multiple values `|`-separated, empty optional fields left out.

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
] as const;
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

const multi = (values: readonly string[]) => (values.length > 0 ? values.join('|') : undefined);
const text = (value: string | null) => (value?.trim() ? value.trim() : undefined);

export function toStandardRecord(place: ExportablePlace): StandardRecord {
  const record: Record<StandardColumn, string | number | undefined> = {
    id: place.id,
    pivot: place.pivot ?? UNKNOWN_PIVOT,
    nom: place.name,
    commune: place.commune,
    code_postal: place.postalCode,
    code_insee: text(place.communeCode),
    adresse: place.address,
    complement_adresse: text(place.addressComplement),
    latitude: place.latitude ?? undefined,
    longitude: place.longitude ?? undefined,
    typologie: multi(place.kinds),
    telephone: text(place.phone),
    courriels: text(place.email),
    site_web: text(place.website),
    horaires: text(place.openingHours),
    presentation_resume: text(place.summary),
    presentation_detail: text(place.description),
    source: text(place.source),
    itinerance: multi(place.itinerance),
    structure_parente: text(place.carrierName),
    date_maj: place.dateMaj,
    services: multi(place.services),
    publics_specifiquement_adresses: multi(place.publics),
    prise_en_charge_specifique: multi(place.specificSupport),
    frais_a_charge: multi(place.fees),
    dispositif_programmes_nationaux: multi(place.nationalProgrammes),
    formations_labels: place.fabrique ? 'Fabriques de Territoire' : undefined,
    autres_formations_labels: multi(place.otherLabels),
    modalites_acces: multi(place.accessModes),
    modalites_accompagnement: multi(place.supportModes),
    fiche_acces_libre: text(place.accesLibreUrl),
    prise_rdv: text(place.bookingUrl),
  };
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as StandardRecord;
}

/**
 * RFC 4180 CSV with the standard's header, lines ended by CRLF. Public and opened in spreadsheets: text
 * that would run as a formula is neutralised like in every export (`csvCell`), phone numbers included
 * (`'+33…`); the JSON export keeps every value as typed, for programs.
 */
export function toStandardCsv(records: readonly StandardRecord[]): string {
  const lines = [STANDARD_COLUMNS.join(',')];
  for (const record of records) lines.push(STANDARD_COLUMNS.map((c) => csvCell(record[c], ',')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
