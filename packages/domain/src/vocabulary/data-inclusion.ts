// data·inclusion codes, for the optional publication of activities as services.

export const DATA_INCLUSION_SERVICE_TYPES = [
  'accompagnement',
  'atelier',
  'formation',
  'autonomie',
  'delegation',
  'aide-materielle',
] as const;
export type DataInclusionServiceType = (typeof DATA_INCLUSION_SERVICE_TYPES)[number];

/** Also the codes of an activity's fees (`fees_kind`). */
export const DATA_INCLUSION_FRAIS = [
  'adhesion',
  'gratuit',
  'gratuit-sous-conditions',
  'pass-numerique',
  'payant',
] as const;
export type DataInclusionFrais = (typeof DATA_INCLUSION_FRAIS)[number];

export const DATA_INCLUSION_PUBLIC_QPV_FRR = 'residents-qpv-frr';
export const DATA_INCLUSION_NETWORK_FABRIQUE = 'fabrique-de-territoire';
