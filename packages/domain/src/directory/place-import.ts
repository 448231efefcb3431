import {
  fromSchemaLieuDeMediationNumerique,
  ModelError,
  type SchemaLieuMediationNumerique,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import { readCsv } from '../reporting/csv.ts';
import {
  DISPOSITIFS_PROGRAMMES_NATIONAUX,
  FRAIS_A_CHARGE,
  ITINERANCES,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PRISES_EN_CHARGE_SPECIFIQUES,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
  TYPOLOGIES,
} from '../vocabulary/places.ts';

// Import of a file in the national standard "lieux de médiation numérique" (CSV or JSON): each line is
// modelled and validated by the ANCT's library, then by our own rules (the commune exists, the values fit
// what the database accepts), and compared with the place already imported from the same `id`.

export const importLimits = { maxBytes: 2_000_000, maxLines: 5_000 } as const;

/** The columns the standard requires. */
export const requiredColumns = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'adresse',
  'date_maj',
] as const;

export interface SourceLine {
  /** 1-based: the CSV line (the header is line 1) or the position in the JSON list. */
  line: number;
  values: Record<string, string>;
}

/**
 * Why a whole file is refused. `unclosed_quote` and `bad_quote` come with the line, as `detail`: a quote
 * never closed would otherwise swallow the rest of the file.
 */
export type FileError =
  | 'empty'
  | 'unreadable'
  | 'missing_columns'
  | 'too_many_lines'
  | 'too_large'
  | 'unclosed_quote'
  | 'bad_quote';
export type ReadFileResult =
  | { ok: true; lines: SourceLine[] }
  | { ok: false; error: FileError; detail?: string };

const asText = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : Array.isArray(value)
      ? value.map(asText).join('|')
      : String(value).trim();

/**
 * Reads a CSV (`,` or `;`, see `readCsv`) or JSON file of the standard into lines of text values. The text
 * is already decoded (`decodeCsvBytes` for an upload).
 */
export function readImportFile(text: string, fileName = ''): ReadFileResult {
  if (new TextEncoder().encode(text).length > importLimits.maxBytes) return { ok: false, error: 'too_large' };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  let lines: SourceLine[];
  if (fileName.toLowerCase().endsWith('.json') || trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return { ok: false, error: 'unreadable' };
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { data?: unknown } | null)?.data;
    if (!Array.isArray(list)) return { ok: false, error: 'unreadable' };
    lines = list.map((item, index) => {
      const values: Record<string, string> = {};
      if (item && typeof item === 'object')
        for (const [key, value] of Object.entries(item)) values[key.trim()] = asText(value);
      return { line: index + 1, values };
    });
  } else {
    const read = readCsv(text);
    if (!read.ok) return { ok: false, error: read.error, detail: String(read.line) };
    const records = read.records;
    const header = records.shift();
    if (!header) return { ok: false, error: 'empty' };
    const columns = header.fields.map((c) => c.trim());
    const missing = requiredColumns.filter((c) => !columns.includes(c));
    if (missing.length > 0) return { ok: false, error: 'missing_columns', detail: missing.join(', ') };
    lines = records.map((record) => {
      const values: Record<string, string> = {};
      columns.forEach((column, index) => {
        values[column] = (record.fields[index] ?? '').trim();
      });
      return { line: record.line, values };
    });
  }
  if (lines.length === 0) return { ok: false, error: 'empty' };
  if (lines.length > importLimits.maxLines) return { ok: false, error: 'too_many_lines' };
  return { ok: true, lines };
}

/** A place as the import writes it: the columns of `places` it owns, in their database shape. */
export interface ImportedPlace {
  externalId: string;
  name: string;
  pivot: string;
  kinds: string[];
  address: string;
  addressComplement: string | null;
  postalCode: string;
  communeCode: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: string | null;
  summary: string | null;
  description: string | null;
  source: string | null;
  itinerance: string[];
  services: string[];
  publics: string[];
  specificSupport: string[];
  fees: string[];
  accessModes: string[];
  supportModes: string[];
  nationalProgrammes: string[];
  accesLibreUrl: string | null;
  bookingUrl: string | null;
  /** The file's `date_maj` (`YYYY-MM-DD`): when the producer last updated the place. */
  dateMaj: string;
}

/** What the import compares with the database and writes (`dateMaj` is the file's, not a field of ours). */
export const importedPlaceFields = [
  'name',
  'pivot',
  'kinds',
  'address',
  'addressComplement',
  'postalCode',
  'communeCode',
  'latitude',
  'longitude',
  'phone',
  'email',
  'website',
  'openingHours',
  'summary',
  'description',
  'source',
  'itinerance',
  'services',
  'publics',
  'specificSupport',
  'fees',
  'accessModes',
  'supportModes',
  'nationalProgrammes',
  'accesLibreUrl',
  'bookingUrl',
] as const satisfies readonly (keyof ImportedPlace)[];
export type ImportedPlaceField = (typeof importedPlaceFields)[number];

export type RejectCode =
  | 'required'
  | 'standard'
  | 'commune_unknown'
  | 'commune_ambiguous'
  | 'duplicate_id'
  | 'too_long'
  | 'format'
  | 'vocabulary'
  | 'date';

/** Why a line is refused: a code (a sentence of the catalogue), the column, and what was read. */
export interface RejectReason {
  code: RejectCode;
  field: string;
  /** The value read, or the library's own French message for `standard`. */
  detail?: string;
}

export interface CommuneRef {
  code: string;
  name: string;
  postalCodes: readonly string[];
}

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The commune of a line: by its INSEE code when given (it must exist), otherwise by postal code and name.
 * `communes` holds the candidates the repository found for the line's code and postal code.
 */
export function resolveCommune(
  values: Record<string, string>,
  communes: readonly CommuneRef[],
): { ok: true; code: string } | { ok: false; reason: RejectReason } {
  const insee = values.code_insee ?? '';
  if (insee !== '') {
    return communes.some((c) => c.code === insee)
      ? { ok: true, code: insee }
      : { ok: false, reason: { code: 'commune_unknown', field: 'code_insee', detail: insee } };
  }
  const postal = values.code_postal ?? '';
  const byPostal = communes.filter((c) => c.postalCodes.includes(postal));
  const byName = byPostal.filter((c) => normalise(c.name) === normalise(values.commune ?? ''));
  const found = byName.length === 1 ? byName : byPostal.length === 1 ? byPostal : [];
  if (found[0]) return { ok: true, code: found[0].code };
  return {
    ok: false,
    reason: {
      code: byPostal.length > 1 ? 'commune_ambiguous' : 'commune_unknown',
      field: 'commune',
      detail: `${values.commune ?? ''} (${postal})`,
    },
  };
}

// What the database accepts (supabase/migrations/…_directory.sql): a line breaking one of these is refused
// here rather than failing the whole commit.
const PHONE = /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)[0-9]{6,9}$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;
const URL_START = /^https?:\/\//;
const PIVOT = /^[a-zA-Z0-9]{9,14}$/;
const COORDINATE = /^-?\d+(\.\d+)?$/;

const list = (value: string | undefined) =>
  (value ?? '')
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v !== '');

const vocabularies: [column: string, allowed: readonly string[]][] = [
  ['typologie', TYPOLOGIES],
  ['services', SERVICES],
  ['publics_specifiquement_adresses', PUBLICS_SPECIFIQUEMENT_ADRESSES],
  ['prise_en_charge_specifique', PRISES_EN_CHARGE_SPECIFIQUES],
  ['frais_a_charge', FRAIS_A_CHARGE],
  ['itinerance', ITINERANCES],
  ['modalites_acces', MODALITES_ACCES],
  ['modalites_accompagnement', MODALITES_ACCOMPAGNEMENT],
  ['dispositif_programmes_nationaux', DISPOSITIFS_PROGRAMMES_NATIONAUX],
];

const maxLengths: [column: string, max: number][] = [
  ['nom', 200],
  ['presentation_resume', 280],
  ['horaires', 500],
];

/**
 * Today's date (`YYYY-MM-DD`) where it is latest in France, Wallis-et-Futuna (UTC+12): a `date_maj` after it
 * is in the future for every place of the network.
 */
export function latestDateInFrance(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Wallis' }).format(now);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `date_maj` as the standard writes it: `YYYY-MM-DD`, a day of the calendar, not after `today`. */
export function isValidDateMaj(value: string, today: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && value <= today;
}

export type LineCheck = { ok: true; place: ImportedPlace } | { ok: false; reasons: RejectReason[] };

/**
 * Validates one line: the ANCT library's model, then our rules; every reason found is reported. `today`
 * (`YYYY-MM-DD`) bounds `date_maj`.
 */
export function checkImportLine(
  values: Record<string, string>,
  communes: readonly CommuneRef[],
  today: string = latestDateInFrance(),
): LineCheck {
  const reasons: RejectReason[] = [];
  for (const column of requiredColumns)
    if ((values[column] ?? '') === '') reasons.push({ code: 'required', field: column });

  // The library reads optional fields only when present: blank cells are absent, coordinates numbers.
  const present: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) if (value !== '') present[key] = value;
  for (const column of ['latitude', 'longitude']) {
    const raw = values[column] ?? '';
    if (raw === '') continue;
    if (COORDINATE.test(raw)) present[column] = Number(raw);
    else reasons.push({ code: 'format', field: column, detail: raw });
  }
  if (reasons.length === 0) {
    try {
      fromSchemaLieuDeMediationNumerique(present as unknown as SchemaLieuMediationNumerique);
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      reasons.push({ code: 'standard', field: String(error.key), detail: error.message });
    }
  }
  // The library reads any text as a date (`31/12/2025` becomes an invalid one); the place's date must be
  // kept as the file gives it, so it must be a real day, written as the standard says.
  const dateMaj = values.date_maj ?? '';
  if (dateMaj !== '' && !isValidDateMaj(dateMaj, today))
    reasons.push({ code: 'date', field: 'date_maj', detail: dateMaj });

  for (const [column, max] of maxLengths)
    if ((values[column] ?? '').length > max)
      reasons.push({ code: 'too_long', field: column, detail: String(max) });
  for (const [column, allowed] of vocabularies)
    for (const value of list(values[column]))
      if (!allowed.includes(value)) reasons.push({ code: 'vocabulary', field: column, detail: value });
  const phone = values.telephone ?? '';
  if (phone !== '' && !PHONE.test(phone)) reasons.push({ code: 'format', field: 'telephone', detail: phone });
  const email = list(values.courriels)[0] ?? '';
  if (email !== '' && !EMAIL.test(email)) reasons.push({ code: 'format', field: 'courriels', detail: email });
  for (const column of ['site_web', 'fiche_acces_libre', 'prise_rdv']) {
    const url = list(values[column])[0] ?? '';
    if (url !== '' && !URL_START.test(url)) reasons.push({ code: 'format', field: column, detail: url });
  }
  const pivot = values.pivot ?? '';
  if (pivot !== '' && !PIVOT.test(pivot)) reasons.push({ code: 'format', field: 'pivot', detail: pivot });
  const hasLat = (values.latitude ?? '') !== '';
  const hasLon = (values.longitude ?? '') !== '';
  if (hasLat !== hasLon) reasons.push({ code: 'required', field: hasLat ? 'longitude' : 'latitude' });
  else if (typeof present.latitude === 'number' && typeof present.longitude === 'number') {
    if (Math.abs(present.latitude) > 90)
      reasons.push({ code: 'format', field: 'latitude', detail: String(present.latitude) });
    if (Math.abs(present.longitude) > 180)
      reasons.push({ code: 'format', field: 'longitude', detail: String(present.longitude) });
  }

  const commune = (values.code_postal ?? '') !== '' ? resolveCommune(values, communes) : null;
  if (commune && !commune.ok) reasons.push(commune.reason);
  if (reasons.length > 0 || !commune?.ok) return { ok: false, reasons: dedupe(reasons) };

  const text = (column: string) => {
    const value = values[column] ?? '';
    return value === '' ? null : value;
  };
  return {
    ok: true,
    place: {
      externalId: values.id ?? '',
      name: values.nom ?? '',
      pivot,
      kinds: list(values.typologie),
      address: values.adresse ?? '',
      addressComplement: text('complement_adresse'),
      postalCode: values.code_postal ?? '',
      communeCode: commune.code,
      latitude: typeof present.latitude === 'number' ? present.latitude : null,
      longitude: typeof present.longitude === 'number' ? present.longitude : null,
      phone: text('telephone'),
      email: email === '' ? null : email,
      website: list(values.site_web)[0] ?? null,
      openingHours: text('horaires'),
      summary: text('presentation_resume'),
      description: text('presentation_detail'),
      source: text('source'),
      itinerance: list(values.itinerance),
      services: list(values.services),
      publics: list(values.publics_specifiquement_adresses),
      specificSupport: list(values.prise_en_charge_specifique),
      fees: list(values.frais_a_charge),
      accessModes: list(values.modalites_acces),
      supportModes: list(values.modalites_accompagnement),
      nationalProgrammes: list(values.dispositif_programmes_nationaux),
      accesLibreUrl: list(values.fiche_acces_libre)[0] ?? null,
      bookingUrl: list(values.prise_rdv)[0] ?? null,
      dateMaj,
    },
  };
}

function dedupe(reasons: RejectReason[]): RejectReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.code}|${r.field}|${r.detail ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type ImportAction = 'create' | 'update' | 'unchanged';

export interface PlannedLine {
  line: number;
  action: ImportAction;
  place: ImportedPlace;
  /** The place already imported from this `id` (update, unchanged). */
  placeId: string | null;
  changedFields: ImportedPlaceField[];
}

export interface RejectedLine {
  line: number;
  externalId: string | null;
  name: string | null;
  reasons: RejectReason[];
}

export interface ImportPlan {
  lines: PlannedLine[];
  rejected: RejectedLine[];
  counts: Record<ImportAction | 'rejected', number>;
}

export interface ExistingImportedPlace {
  id: string;
  fields: Omit<ImportedPlace, 'externalId' | 'dateMaj'>;
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((v, i) => v === b[i])
    : (a ?? null) === (b ?? null);

/** The fields of `place` that differ from what the database holds. */
export function changedFields(
  place: ImportedPlace,
  existing: ExistingImportedPlace['fields'],
): ImportedPlaceField[] {
  return importedPlaceFields.filter((field) => !same(place[field], existing[field]));
}

/**
 * What an import would do, line by line: create a place for an `id` never seen, update the place imported
 * from it when a field changed, leave it alone otherwise; refuse invalid lines and later repeats of an `id`.
 */
export function planImport(
  lines: readonly SourceLine[],
  communes: readonly CommuneRef[],
  existing: ReadonlyMap<string, ExistingImportedPlace>,
  today: string = latestDateInFrance(),
): ImportPlan {
  const planned: PlannedLine[] = [];
  const rejected: RejectedLine[] = [];
  const seen = new Set<string>();
  for (const { line, values } of lines) {
    const externalId = values.id ? values.id : null;
    const name = values.nom ? values.nom : null;
    const check = checkImportLine(values, communes, today);
    if (!check.ok) {
      rejected.push({ line, externalId, name, reasons: check.reasons });
      continue;
    }
    if (seen.has(check.place.externalId)) {
      rejected.push({
        line,
        externalId,
        name,
        reasons: [{ code: 'duplicate_id', field: 'id', detail: externalId ?? '' }],
      });
      continue;
    }
    seen.add(check.place.externalId);
    const current = existing.get(check.place.externalId);
    const changed = current ? changedFields(check.place, current.fields) : [];
    planned.push({
      line,
      action: !current ? 'create' : changed.length > 0 ? 'update' : 'unchanged',
      place: check.place,
      placeId: current?.id ?? null,
      changedFields: changed,
    });
  }
  const counts = { create: 0, update: 0, unchanged: 0, rejected: rejected.length };
  for (const line of planned) counts[line.action] += 1;
  return { lines: planned, rejected, counts };
}

/** The INSEE codes and postal codes a file mentions, for the repository to fetch candidate communes. */
export function communeKeys(lines: readonly SourceLine[]): { codes: string[]; postalCodes: string[] } {
  const codes = new Set<string>();
  const postalCodes = new Set<string>();
  for (const { values } of lines) {
    if (values.code_insee) codes.add(values.code_insee);
    else if (values.code_postal) postalCodes.add(values.code_postal);
  }
  return { codes: [...codes], postalCodes: [...postalCodes] };
}

/** A URL-safe slug from a name (`places.slug`), at most `max` characters. */
export function slugify(name: string, max = 80): string {
  const slug = normalise(name).replace(/ /g, '-').slice(0, max).replace(/-+$/, '');
  return slug === '' ? 'lieu' : slug;
}
