// The national data standard of "lieux de médiation numérique" (schema v1.0.2, LaMednum), and the
// data·inclusion structure typology it uses. Codes exactly as the standard writes them: an export must
// validate against its schema, so these are not translated (labels for the UI live in the i18n catalogue).

/** data·inclusion structure typology (as modelled by @gouvfr-anct/lieux-de-mediation-numerique). */
export const TYPOLOGIES = [
  'ACI',
  'ACIPHC',
  'AFPA',
  'AI',
  'ASE',
  'ASSO',
  'ASSO_CHOMEUR',
  'Autre',
  'AVIP',
  'BIB',
  'CAARUD',
  'CADA',
  'CAF',
  'CAP_EMPLOI',
  'CAVA',
  'CC',
  'CCAS',
  'CCONS',
  'CD',
  'CDAS',
  'CFP',
  'CHRS',
  'CHU',
  'CIAS',
  'CIDFF',
  'CITMET',
  'CMP',
  'CMS',
  'CPAM',
  'CPH',
  'CS',
  'CSAPA',
  'CSC',
  'DEETS',
  'DEPT',
  'DIPLP',
  'E2C',
  'EA',
  'EATT',
  'EI',
  'EITI',
  'ENM',
  'EPCI',
  'EPI',
  'EPIDE',
  'EPN',
  'ES',
  'ESAT',
  'ESS',
  'ETTI',
  'EVS',
  'FABLAB',
  'FABRIQUE',
  'FAIS',
  'FT',
  'GEIQ',
  'HUDA',
  'LA_POSTE',
  'MDE',
  'MDH',
  'MDEF',
  'MDPH',
  'MDS',
  'MJC',
  'ML',
  'MQ',
  'MSA',
  'MSAP',
  'MUNI',
  'OACAS',
  'ODC',
  'OF',
  'OIL',
  'OPCS',
  'PAD',
  'PENSION',
  'PI',
  'PIJ_BIJ',
  'PIMMS',
  'PJJ',
  'PLIE',
  'PREF',
  'PREVENTION',
  'REG',
  'RELAIS_LECTURE',
  'RESSOURCERIE',
  'RFS',
  'RS_FJT',
  'SCP',
  'SPIP',
  'TIERS_LIEUX',
  'UDAF',
] as const;
export type Typologie = (typeof TYPOLOGIES)[number];

export const SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
] as const;
export type Service = (typeof SERVICES)[number];

export const PUBLICS_SPECIFIQUEMENT_ADRESSES = [
  'Jeunes',
  'Étudiants',
  'Familles et/ou enfants',
  'Seniors',
  'Femmes',
] as const;
export type PublicSpecifiquementAdresse = (typeof PUBLICS_SPECIFIQUEMENT_ADRESSES)[number];

export const PRISES_EN_CHARGE_SPECIFIQUES = [
  'Surdité',
  'Handicaps moteurs',
  'Handicaps mentaux',
  'Illettrisme',
  'Langues étrangères (anglais)',
  'Langues étrangères (autres)',
  'Déficience visuelle',
] as const;
export type PriseEnChargeSpecifique = (typeof PRISES_EN_CHARGE_SPECIFIQUES)[number];

export const FRAIS_A_CHARGE = ['Gratuit', 'Gratuit sous condition', 'Payant'] as const;
export type FraisACharge = (typeof FRAIS_A_CHARGE)[number];

export const ITINERANCES = ['Itinérant', 'Fixe'] as const;
export type Itinerance = (typeof ITINERANCES)[number];

export const MODALITES_ACCES = [
  'Se présenter',
  'Téléphoner',
  'Contacter par mail',
  'Envoyer un mail avec une fiche de prescription',
  'Prendre un RDV en ligne',
  "Ce lieu n'accueille pas de public",
] as const;
export type ModaliteAcces = (typeof MODALITES_ACCES)[number];

export const MODALITES_ACCOMPAGNEMENT = [
  'En autonomie',
  'Accompagnement individuel',
  'Dans un atelier collectif',
  'À distance',
] as const;
export type ModaliteAccompagnement = (typeof MODALITES_ACCOMPAGNEMENT)[number];

export const DISPOSITIFS_PROGRAMMES_NATIONAUX = [
  'Aidants Connect',
  'Bibliothèques numérique de référence',
  'Certification PIX',
  'Conseillers numériques',
  'Emmaüs Connect',
  'France Services',
  'Grande école du numérique',
  'La Croix Rouge',
  "Point d'accès numérique CAF",
  'Promeneurs du net',
  'Relais numérique (Emmaüs Connect)',
] as const;
export type DispositifProgrammeNational = (typeof DISPOSITIFS_PROGRAMMES_NATIONAUX)[number];

export const FORMATIONS_LABELS = [
  'Formé à « Mon Espace Santé »',
  'Formé à « DUPLEX » (illettrisme)',
  'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
  'Collectif ressources et acteurs réemploi (Normandie)',
  'Étapes numériques(La Poste)',
  'Fabriques de Territoire',
  'Les Éclaireurs du numérique (Drôme)',
  'Mes Papiers (Métropole de Lyon)',
  'ORDI 3.0',
  'SUD LABS (PACA)',
] as const;
export type FormationLabel = (typeof FORMATIONS_LABELS)[number];

/** The value separator of multi-valued fields in the standard's CSV. */
export const STANDARD_LIST_SEPARATOR = '|';
