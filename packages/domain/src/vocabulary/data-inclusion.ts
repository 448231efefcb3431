// The codes of data·inclusion schema v1 (1.0.8), for the publication of our places as structures and our
// bookable offers as services (`open-data/data-inclusion.ts`, decision 060). The lists our code names codes
// of are written here with literal types (an activity's fees, a service's type…), each the whole referential;
// the referentials themselves, vendored beside this file (`data-inclusion-v1/extra/*.json`, with the schemas
// `structure.json` and `service.json`; Licence Ouverte 2.0, see its README), are read by
// `data-inclusion-referentials.ts`, which derives the long lists (publics, thématiques, réseaux porteurs)
// and which `data-inclusion.test.ts` holds these lists to. That module stays out of this one so that forms
// using the fees (bundled into the browser) do not carry 30 kB of referentials. The v0 codes (autonomie,
// delegation, adhesion, gratuit-sous-conditions, pass-numerique) were dropped in 1.0.7; migration
// 20261206174449 moved the activities' fees off them.

/** The schema version of the vendored referentials and schemas. */
export const DATA_INCLUSION_SCHEMA_VERSION = '1.0.8';

/** Types of services (`type`), the referential `types-de-services`. */
export const DATA_INCLUSION_SERVICE_TYPES = [
  'accompagnement',
  'aide-financiere',
  'aide-materielle',
  'atelier',
  'formation',
  'information',
] as const;
export type DataInclusionServiceType = (typeof DATA_INCLUSION_SERVICE_TYPES)[number];

/** Fees (`frais`), the referential `frais`; also the codes of an activity's fees (`fees_kind`). */
export const DATA_INCLUSION_FRAIS = ['gratuit', 'payant'] as const;
export type DataInclusionFrais = (typeof DATA_INCLUSION_FRAIS)[number];

/** Modes d'accueil, the referential `modes-accueil`. */
export const DATA_INCLUSION_MODES_ACCUEIL = ['a-distance', 'en-presentiel'] as const;
export type DataInclusionModeAccueil = (typeof DATA_INCLUSION_MODES_ACCUEIL)[number];

/** Modes de mobilisation, the referential `modes-mobilisation`. */
export const DATA_INCLUSION_MODES_MOBILISATION = [
  'envoyer-un-courriel',
  'se-presenter',
  'telephoner',
  'utiliser-lien-mobilisation',
] as const;
export type DataInclusionModeMobilisation = (typeof DATA_INCLUSION_MODES_MOBILISATION)[number];

/** Who may take a service up (`mobilisable_par`), the referential `personnes-mobilisatrices`. */
export const DATA_INCLUSION_PERSONNES_MOBILISATRICES = ['usagers', 'professionnels'] as const;
export type DataInclusionPersonneMobilisatrice = (typeof DATA_INCLUSION_PERSONNES_MOBILISATRICES)[number];

/** Codes of the long referentials that our code names (held to them by the tests). */
export const DATA_INCLUSION_PUBLIC_ALL = 'tous-publics';
export const DATA_INCLUSION_PUBLIC_QPV_FRR = 'residents-qpv-frr';
export const DATA_INCLUSION_NETWORK_FABRIQUE = 'fabrique-de-territoire';
