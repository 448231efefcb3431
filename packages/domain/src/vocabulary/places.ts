import {
  Frais,
  DispositifProgrammeNational as StandardDispositifProgrammeNational,
  FormationLabel as StandardFormationLabel,
  Itinerance as StandardItinerance,
  ModaliteAcces as StandardModaliteAcces,
  ModaliteAccompagnement as StandardModaliteAccompagnement,
  PriseEnChargeSpecifique as StandardPriseEnChargeSpecifique,
  PublicSpecifiquementAdresse as StandardPublicSpecifiquementAdresse,
  Service as StandardService,
  Typologie as StandardTypologie,
} from '@gouvfr-anct/lieux-de-mediation-numerique';

// The code lists of the national data standard "lieux de médiation numérique" (schema v1.0.2, LaMednum) and
// the data·inclusion structure typology it uses. The codes are not written here: they are the values of the
// enums of the ANCT's library `@gouvfr-anct/lieux-de-mediation-numerique`, the one that models and validates
// the standard (imports and the export use it too), so there is no copy to drift (decision 053). The
// database's lists (`private.vocabulary`) are compared with these enums by a test in @rf/db. Labels for the
// UI live in the i18n catalogue; the codes are never translated, an export must validate against the schema.

/**
 * An enum's values as plain string literals, so callers keep string types (`'Gratuit'`) rather than enum
 * members; non-empty, as `z.enum` wants.
 */
type Codes<E extends string> = readonly [`${E}`, ...`${E}`[]];

/** Every value of a string enum of the library, in the library's order. */
const codesOf = <E extends string>(standardEnum: Record<string, E>): Codes<E> =>
  Object.values(standardEnum) as unknown as Codes<E>;

/**
 * Every value of a string enum, in an order of ours (the order the UI lists them in): the list must name
 * each member once, which the compiler checks (`missing` names what is left out) and the tests check again.
 */
const inOrder =
  <E extends string>() =>
  <const L extends readonly E[]>(
    list: L & ([Exclude<E, L[number]>] extends [never] ? unknown : { missing: Exclude<E, L[number]> }),
  ): Codes<E> =>
    list as unknown as Codes<E>;

/** data·inclusion structure typology (as modelled by the library). */
export const TYPOLOGIES = /* @__PURE__ */ codesOf(StandardTypologie);
export type Typologie = (typeof TYPOLOGIES)[number];

/** In the order of the database's list and of the UI (the library lists the solidarity purchase first). */
export const SERVICES = /* @__PURE__ */ inOrder<StandardService>()([
  StandardService.AideAuxDemarchesAdministratives,
  StandardService.MaitriseDesOutilsNumeriquesDuQuotidien,
  StandardService.InsertionProfessionnelleViaLeNumerique,
  StandardService.UtilisationSecuriseeDuNumerique,
  StandardService.ParentaliteEtEducationAvecLeNumerique,
  StandardService.LoisirsEtCreationsNumeriques,
  StandardService.ComprehensionDuMondeNumerique,
  StandardService.AccesInternetEtMaterielInformatique,
  StandardService.MaterielInformatiqueAPrixSolidaire,
]);
export type Service = (typeof SERVICES)[number];

export const PUBLICS_SPECIFIQUEMENT_ADRESSES = /* @__PURE__ */ codesOf(StandardPublicSpecifiquementAdresse);
export type PublicSpecifiquementAdresse = (typeof PUBLICS_SPECIFIQUEMENT_ADRESSES)[number];

export const PRISES_EN_CHARGE_SPECIFIQUES = /* @__PURE__ */ codesOf(StandardPriseEnChargeSpecifique);
export type PriseEnChargeSpecifique = (typeof PRISES_EN_CHARGE_SPECIFIQUES)[number];

export const FRAIS_A_CHARGE = /* @__PURE__ */ codesOf(Frais);
export type FraisACharge = (typeof FRAIS_A_CHARGE)[number];

export const ITINERANCES = /* @__PURE__ */ codesOf(StandardItinerance);
export type Itinerance = (typeof ITINERANCES)[number];

export const MODALITES_ACCES = /* @__PURE__ */ codesOf(StandardModaliteAcces);
export type ModaliteAcces = (typeof MODALITES_ACCES)[number];

export const MODALITES_ACCOMPAGNEMENT = /* @__PURE__ */ codesOf(StandardModaliteAccompagnement);
export type ModaliteAccompagnement = (typeof MODALITES_ACCOMPAGNEMENT)[number];

export const DISPOSITIFS_PROGRAMMES_NATIONAUX = /* @__PURE__ */ codesOf(StandardDispositifProgrammeNational);
export type DispositifProgrammeNational = (typeof DISPOSITIFS_PROGRAMMES_NATIONAUX)[number];

/**
 * The library's labels. One differs from the published schema v1.0.2 file, which writes
 * `Étapes numériques(La Poste)` without the space: the library (2.3.0) is followed, as for every list.
 */
export const FORMATIONS_LABELS = /* @__PURE__ */ codesOf(StandardFormationLabel);
export type FormationLabel = (typeof FORMATIONS_LABELS)[number];

/** The value separator of multi-valued fields in the standard's CSV. */
export const STANDARD_LIST_SEPARATOR = '|';
