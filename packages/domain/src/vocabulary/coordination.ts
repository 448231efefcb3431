// A fabrique's coordination activities (its network work), as the national tools record them.

export const COORDINATION_KINDS = ['animation', 'evenement', 'partenariat'] as const;
export type CoordinationKind = (typeof COORDINATION_KINDS)[number];

export const TYPES_ANIMATION = [
  'assemblee',
  'comite',
  'groupe_de_travail',
  'echange',
  'reunion_coordination',
  'webinaire',
  'autre',
] as const;
export type TypeAnimation = (typeof TYPES_ANIMATION)[number];

export const TYPES_EVENEMENT = [
  'grand_public',
  'national',
  'inclusion_numerique',
  'nec_local',
  'autre',
] as const;
export type TypeEvenement = (typeof TYPES_EVENEMENT)[number];

export const NATURES_PARTENARIAT = [
  'parcours_usager',
  'subvention',
  'coordination_departementale',
  'rdv_elu',
  'autre',
] as const;
export type NaturePartenariat = (typeof NATURES_PARTENARIAT)[number];
