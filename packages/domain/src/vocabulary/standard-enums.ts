import {
  DispositifProgrammeNational,
  FormationLabel,
  Frais,
  Itinerance,
  ModaliteAcces,
  ModaliteAccompagnement,
  PriseEnChargeSpecifique,
  PublicSpecifiquementAdresse,
  Service,
  Typologie,
} from '@gouvfr-anct/lieux-de-mediation-numerique';

// The enums of the ANCT's library `@gouvfr-anct/lieux-de-mediation-numerique` behind our code lists of the
// national standard (decision 053), by the name of the database's list (`private.vocabulary(name)`), for
// the tests that hold the database and the domain to them: packages that do not depend on the library
// reach its enums here. Not part of the vocabulary index (its names are the library's, not ours).

/** The library's enum of each `private.vocabulary` list of the standard. */
export const STANDARD_ENUMS = {
  typologie: Typologie,
  services: Service,
  publics_specifiquement_adresses: PublicSpecifiquementAdresse,
  prise_en_charge_specifique: PriseEnChargeSpecifique,
  frais_a_charge: Frais,
  itinerance: Itinerance,
  modalites_acces: ModaliteAcces,
  modalites_accompagnement: ModaliteAccompagnement,
  dispositif_programmes_nationaux: DispositifProgrammeNational,
} as const satisfies Record<string, Record<string, string>>;
export type StandardVocabulary = keyof typeof STANDARD_ENUMS;

/** The library's labels (`formations_labels`): the database has no list for them, the export writes one. */
export const STANDARD_FORMATION_LABELS = FormationLabel;

/**
 * The database's code lists that do not come from the library, and why: the themes and the equipment of
 * activity records are codes of the national tools' activity records (`activity-records.ts`), which the
 * library does not model.
 */
export const NOT_FROM_THE_STANDARD = {
  thematiques: 'activity records: themes of the national tools, not in the library',
  materiel: 'activity records: equipment used, not in the library',
} as const;

/** The values of one of the library's enums. */
export const standardCodes = (vocabulary: StandardVocabulary): string[] =>
  Object.values(STANDARD_ENUMS[vocabulary]);
