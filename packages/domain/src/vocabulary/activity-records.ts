// Activity records (compte-rendu d'activité, CRA) in the shape the national digital-mediation tools use,
// so records can be exchanged with them. Codes exactly as VOCABULARIES.md.

export const ACTIVITY_RECORD_TYPES = ['individuel', 'collectif'] as const;
export type ActivityRecordType = (typeof ACTIVITY_RECORD_TYPES)[number];

export const TYPES_LIEU = ['lieu_activite', 'domicile', 'a_distance', 'autre'] as const;
export type TypeLieu = (typeof TYPES_LIEU)[number];

export const MATERIELS = ['ordinateur', 'telephone', 'tablette', 'autre', 'aucun'] as const;
export type Materiel = (typeof MATERIELS)[number];

export const AUTONOMIES = ['entierement_accompagne', 'partiellement_autonome', 'autonome'] as const;
export type Autonomie = (typeof AUTONOMIES)[number];

export const NIVEAUX = ['debutant', 'intermediaire', 'avance'] as const;
export type Niveau = (typeof NIVEAUX)[number];

export const STRUCTURES_DE_REDIRECTION = [
  'administration',
  'mediation_numerique',
  'operateur_ou_organisme_en_charge',
  'aide_sociale',
  'insertion_professionnelle',
  'aide_aux_demarches_administratives',
  'autre',
] as const;
export type StructureDeRedirection = (typeof STRUCTURES_DE_REDIRECTION)[number];

export const THEMATIQUES_MEDIATION_NUMERIQUE = [
  'diagnostic_numerique',
  'prendre_en_main_du_materiel',
  'maintenance_de_materiel',
  'gere_ses_contenus_numeriques',
  'navigation_sur_internet',
  'email',
  'bureautique',
  'reseaux_sociaux',
  'sante',
  'banque_et_achats_en_ligne',
  'entrepreneuriat',
  'insertion_professionnelle',
  'securite_numerique',
  'parentalite',
  'scolarite_et_numerique',
  'creer_avec_le_numerique',
  'culture_numerique',
  'intelligence_artificielle',
  'aide_aux_demarches_administratives',
] as const;

export const THEMATIQUES_DEMARCHES_ADMINISTRATIVES = [
  'papiers_elections_citoyennete',
  'famille_scolarite',
  'social_sante',
  'travail_formation',
  'logement',
  'transports_mobilite',
  'argent_impots',
  'justice',
  'etrangers_europe',
  'loisirs_sports_culture',
  'associations',
] as const;

/** Every theme, digital mediation first then administrative procedures (the order of the national tools). */
export const THEMATIQUES = [
  ...THEMATIQUES_MEDIATION_NUMERIQUE,
  ...THEMATIQUES_DEMARCHES_ADMINISTRATIVES,
] as const;
export type Thematique = (typeof THEMATIQUES)[number];

export const GENRES = ['masculin', 'feminin', 'non_communique'] as const;
export type Genre = (typeof GENRES)[number];

export const TRANCHES_AGE = [
  'moins_de_douze',
  'douze_dix_huit',
  'dix_huit_vingt_quatre',
  'vingt_cinq_trente_neuf',
  'quarante_cinquante_neuf',
  'soixante_soixante_neuf',
  'soixante_dix_plus',
  'non_communique',
] as const;
export type TrancheAge = (typeof TRANCHES_AGE)[number];

export const STATUTS_SOCIAUX = [
  'scolarise',
  'sans_emploi',
  'en_emploi',
  'retraite',
  'non_communique',
] as const;
export type StatutSocial = (typeof STATUTS_SOCIAUX)[number];
