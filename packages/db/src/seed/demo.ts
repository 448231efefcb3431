import { createHash, randomBytes } from 'node:crypto';
import type {
  DispositifProgrammeNational,
  FraisACharge,
  Itinerance,
  ModaliteAcces,
  ModaliteAccompagnement,
  PublicSpecifiquementAdresse,
  Service,
  Thematique,
  Typologie,
} from '@rf/domain';
import type { HomeRole } from '@rf/domain/identity/roles';
import bcrypt from 'bcryptjs';
import { sql } from 'kysely';
import type { Db } from '../client.ts';
import type { Tx } from '../rls.ts';
import { withAuthAdmin } from '../service.server.ts';
import { loadDemoAppointments } from './demo-appointments.ts';
import { loadDemoAttendance } from './demo-attendance.ts';
import { loadDemoPublishing } from './demo-publishing.ts';
import { loadDemoReporting } from './demo-reporting.ts';
import { loadDemoReports } from './demo-reports.ts';
import { loadDemoSharing } from './demo-sharing.ts';

// Demo data: the Fabriques de territoire named in the programme's public announcements (SPEC §1) with
// their labels and waves, tiers-lieux of their hubs in real communes (INSEE codes looked up, never typed),
// a catalogue, tools, resources, activity records, reports and funding, and one account per role.
// Idempotent: every row has a stable id (or natural key) and is upserted, so a second run changes nothing.
// Facts about real places stay at what their public sources say; the rest (hub places' names, hours,
// workshops, figures) is illustrative and marked as demo data in `source`.

export interface DemoAccount {
  role: HomeRole;
  email: string;
  password: string;
  /** Where the account belongs, for people reading the list. */
  note: string;
}
export type DemoAccounts = DemoAccount[];

export const DEMO_PASSWORD = 'demo-fabriques-2026';
const SOURCE = 'Réseau Fabriques (données de démonstration)';

/** A stable uuid for a demo row, so upserts find it again (v5-shaped, from a SHA-1 of the key). */
export function demoId(key: string): string {
  const h = createHash('sha1').update(`reseau-fabriques-demo:${key}`).digest('hex');
  const variant = ((Number.parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// Accounts --------------------------------------------------------------------------------------------

interface AccountSpec extends DemoAccount {
  key: 'resident' | 'member' | 'memberTregunc' | 'manager' | 'managerB' | 'admin' | 'observer';
  displayName: string;
}

const ACCOUNT_SPECS: Omit<AccountSpec, 'password'>[] = [
  {
    key: 'resident',
    role: 'resident',
    email: 'resident@demo.test',
    displayName: 'Camille Habitante',
    note: 'habitante avec un compte',
  },
  {
    key: 'member',
    role: 'member',
    email: 'membre@demo.test',
    displayName: 'Maël Médiateur',
    note: 'membre de Konk Ar Lab',
  },
  {
    key: 'memberTregunc',
    role: 'member',
    email: 'membre-tregunc@demo.test',
    displayName: 'Morgane Bénévole',
    note: 'membre de la Médiathèque de Trégunc (un tiers-lieu du hub de Konk Ar Lab)',
  },
  {
    key: 'manager',
    role: 'manager',
    email: 'gestionnaire@demo.test',
    displayName: 'Gwenn Coordinatrice',
    note: 'gestionnaire de Konk Ar Lab',
  },
  {
    key: 'managerB',
    role: 'manager',
    email: 'gestionnaire-b@demo.test',
    displayName: 'Bastien Coordinateur',
    note: 'gestionnaire de La Machinerie',
  },
  {
    key: 'admin',
    role: 'network_admin',
    email: 'admin@demo.test',
    displayName: 'Ada Réseau',
    note: 'administratrice du réseau',
  },
  {
    key: 'observer',
    role: 'observer',
    email: 'observateur@demo.test',
    displayName: 'Olivier Financeur',
    note: 'observateur (financeur)',
  },
];
const ACCOUNTS: AccountSpec[] = ACCOUNT_SPECS.map((a) => ({ ...a, password: DEMO_PASSWORD }));

/** GoTrue's hash: bcrypt, cost 10, `$2a$` prefix. */
function gotrueHash(password: string): string {
  const salt = bcrypt.genSaltSync(10).replace(/^\$2b\$/, '$2a$');
  return bcrypt.hashSync(password, salt);
}

/** Inserts the accounts as Supabase Auth does (the profile follows by trigger); keeps existing ones. */
async function ensureAccounts(db: Db): Promise<Record<AccountSpec['key'], string>> {
  const ids = {} as Record<AccountSpec['key'], string>;
  await withAuthAdmin(db, async (tx) => {
    for (const account of ACCOUNTS) {
      const existing = await tx
        .selectFrom('auth.users')
        .select('id')
        .where(sql<string>`lower(email)`, '=', account.email)
        .executeTakeFirst();
      if (existing) {
        ids[account.key] = existing.id;
        continue;
      }
      const id = demoId(`user:${account.email}`);
      const now = new Date().toISOString();
      await tx
        .insertInto('auth.users')
        .values({
          id,
          instance_id: '00000000-0000-0000-0000-000000000000',
          aud: 'authenticated',
          role: 'authenticated',
          email: account.email,
          encrypted_password: gotrueHash(account.password),
          email_confirmed_at: now,
          confirmation_token: '',
          recovery_token: '',
          raw_app_meta_data: JSON.stringify({ provider: 'email', providers: ['email'] }),
          raw_user_meta_data: JSON.stringify({ display_name: account.displayName, locale: 'fr' }),
          created_at: now,
          updated_at: now,
          is_sso_user: false,
          is_anonymous: false,
        })
        .execute();
      ids[account.key] = id;
    }
  });
  return ids;
}

// Programme -------------------------------------------------------------------------------------------

const WAVES = [
  // The AMI opened on 11 July 2019; its first deadline was 15 October 2019 and the first 80 fabriques were
  // announced on 3 February 2020 at Konk Ar Lab, Concarneau.
  { key: 'v1', name: 'Vague 1', opens_on: '2019-07-11', closes_on: '2019-10-15', announced_on: '2020-02-03' },
  { key: 'v2', name: 'Vague 2', opens_on: '2019-10-16', closes_on: '2020-03-30', announced_on: null },
  { key: 'v3', name: 'Vague 3', opens_on: '2020-03-31', closes_on: '2020-06-20', announced_on: null },
  {
    key: 'v4',
    name: 'Vagues suivantes (jusqu’en octobre 2022)',
    opens_on: '2020-06-21',
    closes_on: '2022-10-31',
    announced_on: null,
  },
] as const;
type WaveKey = (typeof WAVES)[number]['key'];

// Places ----------------------------------------------------------------------------------------------

interface PlaceSpec {
  key: string;
  name: string;
  commune: [name: string, departement: string];
  postalCode?: string;
  address: string;
  lat: number;
  lon: number;
  kinds: Typologie[];
  carrier?: [name: string, legalForm: string];
  qpv?: boolean;
  rural?: boolean;
  itinerance?: Itinerance[];
  hours: string;
  website?: string;
  summary: string;
  description?: string;
  services: Service[];
  publics?: PublicSpecifiquementAdresse[];
  fees: FraisACharge[];
  access: ModaliteAcces[];
  support: ModaliteAccompagnement[];
  programmes?: DispositifProgrammeNational[];
  accessibility?: string;
  /** The fabrique whose hub this place belongs to. */
  hub?: string;
  labels?: { code: string; wave?: WaveKey; on: string }[];
}

const MEDIATION: Service[] = [
  'Maîtrise des outils numériques du quotidien',
  'Aide aux démarches administratives',
  'Utilisation sécurisée du numérique',
];
const FABLAB: Service[] = ['Loisirs et créations numériques', 'Compréhension du monde numérique'];

const FABRIQUES: PlaceSpec[] = [
  {
    key: 'konk-ar-lab',
    name: 'Konk Ar Lab — le Fab Lab de la baie',
    commune: ['Concarneau', '29'],
    address: 'Rue des Charmes, quartier de Kerandon',
    lat: 47.8815,
    lon: -3.908,
    kinds: ['FABLAB', 'TIERS_LIEUX', 'FABRIQUE'],
    carrier: ['Association Konk Ar Lab', 'Association loi 1901'],
    qpv: true,
    hours: 'We 14:00-18:00; Th-Fr 14:00-18:00; Sa 10:00-12:30,14:00-18:00',
    website: 'https://www.konkarlab.bzh/',
    summary:
      'Fab lab et tiers-lieu du quartier de Kerandon : fabriquer, réparer, apprendre ensemble, et se faire aider avec le numérique.',
    description:
      'Créé en 2017 avec Concarneau Cornouaille Agglomération, le Fab Lab de la baie accueille habitants, associations et entreprises autour de ses machines (découpe laser, impression 3D, électronique), de la low-tech et de la médiation numérique. Labellisé Fabrique numérique de territoire le 3 février 2020, jour où les premières fabriques y ont été annoncées.',
    services: [...FABLAB, ...MEDIATION, 'Accès internet et matériel informatique'],
    publics: ['Jeunes', 'Familles et/ou enfants', 'Seniors'],
    fees: ['Gratuit', 'Payant'],
    access: ['Se présenter', 'Téléphoner', 'Prendre un RDV en ligne'],
    support: ['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif'],
    programmes: ['Conseillers numériques'],
    accessibility: 'Atelier de plain-pied ; toilettes adaptées.',
    labels: [{ code: 'fabrique_numerique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'la-machinerie',
    name: 'La Machinerie',
    commune: ['Amiens', '80'],
    address: 'Quartier Gare – La Vallée',
    lat: 49.889,
    lon: 2.308,
    kinds: ['TIERS_LIEUX', 'FABLAB', 'FABRIQUE'],
    carrier: ['Association La Machinerie', 'Association loi 1901'],
    hours: 'Mo-Fr 09:00-18:00; Sa 10:00-13:00',
    website: 'https://lamachinerie.org/',
    summary:
      'Fab lab et coworking près de la gare d’Amiens, chef de file d’un consortium de six tiers-lieux labellisé Fabrique numérique de territoire.',
    description:
      'Premier fab lab des Hauts-de-France (2014), La Machinerie mêle coworking, atelier de fabrication numérique ouvert au grand public et projets d’accès au numérique pour tous. Elle porte la Fabrique numérique du Grand Amiénois avec l’ALCO, la Briqueterie, l’Île aux Fruits, le LAM et la Maison du Colonel.',
    services: [
      ...FABLAB,
      'Maîtrise des outils numériques du quotidien',
      'Insertion professionnelle via le numérique',
    ],
    publics: ['Jeunes', 'Étudiants'],
    fees: ['Gratuit sous condition', 'Payant'],
    access: ['Se présenter', 'Contacter par mail'],
    support: ['En autonomie', 'Dans un atelier collectif'],
    labels: [{ code: 'fabrique_numerique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'fabrique-des-quartiers-populaires',
    name: 'Fabrique des Quartiers Populaires (Pôle S)',
    commune: ['Marseille', '13'],
    postalCode: '13014',
    address: 'Quartiers Nord, 14e arrondissement',
    lat: 43.344,
    lon: 5.392,
    kinds: ['TIERS_LIEUX', 'FABLAB', 'FABRIQUE'],
    carrier: ['Pôle S, avec le Collectif des Femmes des Quartiers Populaires et Avec Nous', 'Consortium'],
    qpv: true,
    hours: 'Mo-Fr 09:30-17:30',
    summary:
      'Plus de 500 m² dans les quartiers Nord : centre de ressources de l’économie populaire, incubateur solidaire, école du web et fab lab d’éducation populaire.',
    services: [...MEDIATION, 'Insertion professionnelle via le numérique', 'Loisirs et créations numériques'],
    publics: ['Femmes', 'Jeunes', 'Familles et/ou enfants'],
    fees: ['Gratuit'],
    access: ['Se présenter', 'Téléphoner', 'Envoyer un mail avec une fiche de prescription'],
    support: ['Accompagnement individuel', 'Dans un atelier collectif'],
    labels: [{ code: 'fabrique_numerique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'tetris-grasse',
    name: 'SCIC Tetris',
    commune: ['Grasse', '06'],
    address: 'Centre-ville de Grasse',
    lat: 43.658,
    lon: 6.9225,
    kinds: ['TIERS_LIEUX', 'ESS', 'FABRIQUE'],
    carrier: ['SCIC Tetris', 'Société coopérative d’intérêt collectif'],
    hours: 'Mo-Fr 09:00-18:00',
    summary:
      'Coopérative de transition écologique et sociale, tête de réseau des tiers-lieux du Pays de Grasse.',
    services: ['Compréhension du monde numérique', 'Insertion professionnelle via le numérique'],
    fees: ['Gratuit sous condition'],
    access: ['Contacter par mail', 'Téléphoner'],
    support: ['Dans un atelier collectif'],
    labels: [{ code: 'fabrique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'imaginations-fertiles',
    name: 'Imaginations Fertiles',
    commune: ['Toulouse', '31'],
    postalCode: '31300',
    address: 'Toulouse, rive gauche',
    lat: 43.59,
    lon: 1.415,
    kinds: ['TIERS_LIEUX', 'ASSO', 'FABRIQUE'],
    carrier: ['Association Imaginations Fertiles', 'Association loi 1901'],
    qpv: true,
    hours: 'Mo-Fr 09:30-18:00',
    summary: 'Tiers-lieu d’économie sociale et solidaire qui accompagne les initiatives des habitants.',
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
    fees: ['Gratuit'],
    access: ['Se présenter', 'Téléphoner'],
    support: ['Accompagnement individuel', 'Dans un atelier collectif'],
    labels: [{ code: 'fabrique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'la-station-ess-nevers',
    name: 'La Station ESS',
    commune: ['Nevers', '58'],
    address: 'Nevers centre',
    lat: 46.9897,
    lon: 3.159,
    kinds: ['TIERS_LIEUX', 'ESS', 'FABRIQUE'],
    carrier: ['La Station ESS', 'Association loi 1901'],
    hours: 'Mo-Fr 09:00-17:00',
    summary:
      'Lieu ressource de l’économie sociale et solidaire de la Nièvre : coworking, accompagnement, rencontres.',
    services: ['Insertion professionnelle via le numérique', 'Maîtrise des outils numériques du quotidien'],
    fees: ['Gratuit sous condition'],
    access: ['Contacter par mail', 'Téléphoner'],
    support: ['Accompagnement individuel'],
    labels: [{ code: 'fabrique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'la-miete',
    name: 'La MIETE',
    commune: ['Villeurbanne', '69'],
    address: 'Villeurbanne',
    lat: 45.7719,
    lon: 4.8902,
    kinds: ['TIERS_LIEUX', 'ASSO', 'FABRIQUE'],
    carrier: ['La MIETE', 'Association loi 1901'],
    hours: 'Tu-Sa 10:00-18:00',
    summary:
      'Maison des initiatives, de l’engagement, du troc et de l’échange : un lieu ouvert aux projets des habitants.',
    services: ['Loisirs et créations numériques', 'Maîtrise des outils numériques du quotidien'],
    fees: ['Gratuit'],
    access: ['Se présenter'],
    support: ['En autonomie', 'Dans un atelier collectif'],
    labels: [{ code: 'fabrique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'electrolab',
    name: 'Electrolab',
    commune: ['Nanterre', '92'],
    address: 'Rue Paul Lescop, ZAC des Guilleraies',
    lat: 48.8993,
    lon: 2.2006,
    kinds: ['FABLAB', 'TIERS_LIEUX', 'FABRIQUE'],
    carrier: ['Association Electrolab', 'Association loi 1901'],
    hours: 'Tu-Fr 10:00-18:00; Tu,Th 18:00-24:00',
    summary:
      'Hackerspace associatif de 1 500 m² pour comprendre, détourner, réparer et fabriquer : électronique, mécanique, chimie, couture.',
    services: [...FABLAB, 'Insertion professionnelle via le numérique'],
    fees: ['Payant'],
    access: ['Se présenter', 'Contacter par mail'],
    support: ['En autonomie', 'Dans un atelier collectif'],
    labels: [
      { code: 'fabrique_numerique_territoire', wave: 'v1', on: '2020-02-03' },
      { code: 'manufacture_de_proximite', on: '2022-07-01' },
    ],
  },
  {
    key: 'gare-numerique',
    name: 'La Gare Numérique',
    commune: ['Carpentras', '84'],
    address: 'Ancienne gare SNCF, quartier de la gare',
    lat: 44.0527,
    lon: 5.0436,
    kinds: ['TIERS_LIEUX', 'FABLAB', 'FABRIQUE'],
    carrier: ['Association de préfiguration de la Gare Numérique', 'Association loi 1901'],
    hours: 'Mo-Fr 09:00-17:30',
    summary:
      'L’ancienne gare de Carpentras devient un écosystème numérique de 1 142 m² : fab lab, services aux entreprises, formation.',
    services: [...FABLAB, 'Insertion professionnelle via le numérique'],
    fees: ['Gratuit sous condition', 'Payant'],
    access: ['Téléphoner', 'Contacter par mail'],
    support: ['Dans un atelier collectif'],
    labels: [{ code: 'fabrique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'fabrique-vaulx-en-velin',
    name: 'Fabrique de territoire de Vaulx-en-Velin',
    commune: ['Vaulx-en-Velin', '69'],
    address: 'Vaulx-en-Velin',
    lat: 45.7786,
    lon: 4.921,
    kinds: ['TIERS_LIEUX', 'MUNI', 'FABRIQUE'],
    carrier: ['Ville de Vaulx-en-Velin', 'Collectivité territoriale'],
    qpv: true,
    hours: 'Mo-Fr 09:00-12:00,13:30-17:30',
    summary: 'Une fabrique portée par la ville pour ses quartiers prioritaires.',
    services: MEDIATION,
    fees: ['Gratuit'],
    access: ['Se présenter', 'Téléphoner'],
    support: ['Accompagnement individuel', 'Dans un atelier collectif'],
    programmes: ['Conseillers numériques', 'Aidants Connect'],
    labels: [{ code: 'fabrique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'fabrique-grand-narbonne',
    name: 'Fabrique de territoire du Grand Narbonne',
    commune: ['Narbonne', '11'],
    address: 'Narbonne',
    lat: 43.1837,
    lon: 3.0042,
    kinds: ['TIERS_LIEUX', 'EPCI', 'FABRIQUE'],
    carrier: ['Le Grand Narbonne', 'Communauté d’agglomération'],
    hours: 'Mo-Fr 09:00-17:00',
    summary: 'Une fabrique portée par l’agglomération pour ses communes.',
    services: MEDIATION,
    fees: ['Gratuit'],
    access: ['Se présenter', 'Téléphoner'],
    support: ['Accompagnement individuel'],
    labels: [{ code: 'fabrique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
  {
    key: 'fabrique-rennes-metropole',
    name: 'Fabrique de territoire de Rennes Métropole',
    commune: ['Rennes', '35'],
    address: 'Rennes',
    lat: 48.1173,
    lon: -1.6778,
    kinds: ['TIERS_LIEUX', 'EPCI', 'FABRIQUE'],
    carrier: ['Rennes Métropole', 'Métropole'],
    hours: 'Mo-Fr 09:00-17:00',
    summary: 'Une fabrique portée par la métropole.',
    services: MEDIATION,
    fees: ['Gratuit'],
    access: ['Se présenter'],
    support: ['Dans un atelier collectif'],
    labels: [{ code: 'fabrique_territoire', wave: 'v1', on: '2020-02-03' }],
  },
];

/** Places of the hubs: illustrative tiers-lieux in the real communes around each fabrique. */
function hubPlace(
  hub: string,
  key: string,
  name: string,
  commune: [string, string],
  lat: number,
  lon: number,
  kinds: Typologie[],
  extra: Partial<PlaceSpec> = {},
): PlaceSpec {
  return {
    key,
    name,
    commune,
    address: extra.address ?? `Centre-bourg, ${commune[0]}`,
    lat,
    lon,
    kinds,
    hours: 'Tu,Th 14:00-18:00; We 09:00-12:00,14:00-18:00; Sa 10:00-12:00',
    summary: `${name} : accès au numérique, ateliers et entraide, en lien avec la fabrique du territoire.`,
    services: ['Maîtrise des outils numériques du quotidien', 'Accès internet et matériel informatique'],
    fees: ['Gratuit'],
    access: ['Se présenter', 'Téléphoner'],
    support: ['En autonomie', 'Accompagnement individuel'],
    hub,
    ...extra,
  };
}

const HUB_PLACES: PlaceSpec[] = [
  // Around Konk Ar Lab (Concarneau Cornouaille Agglomération).
  hubPlace(
    'konk-ar-lab',
    'epn-rosporden',
    'Espace numérique de Rosporden',
    ['Rosporden', '29'],
    47.9613,
    -3.8336,
    ['EPN'],
    {
      rural: true,
      programmes: ['Conseillers numériques'],
    },
  ),
  hubPlace(
    'konk-ar-lab',
    'mediatheque-tregunc',
    'Médiathèque de Trégunc',
    ['Trégunc', '29'],
    47.8547,
    -3.8527,
    ['BIB'],
    {
      rural: true,
    },
  ),
  hubPlace(
    'konk-ar-lab',
    'point-numerique-pont-aven',
    'Point numérique de Pont-Aven',
    ['Pont-Aven', '29'],
    47.8553,
    -3.7472,
    ['EPN'],
    {
      rural: true,
    },
  ),
  hubPlace(
    'konk-ar-lab',
    'atelier-partage-melgven',
    'Atelier partagé de Melgven',
    ['Melgven', '29'],
    47.9056,
    -3.8361,
    ['TIERS_LIEUX'],
    {
      rural: true,
      services: ['Loisirs et créations numériques'],
    },
  ),
  hubPlace(
    'konk-ar-lab',
    'repair-cafe-nevez',
    'Repair café de Névez',
    ['Névez', '29'],
    47.8194,
    -3.7925,
    ['TIERS_LIEUX', 'ASSO'],
    {
      rural: true,
      hours: 'Sa 09:30-12:30',
      services: ['Acquisition de matériel informatique à prix solidaire'],
    },
  ),
  hubPlace(
    'konk-ar-lab',
    'france-services-concarneau',
    'France Services de Concarneau',
    ['Concarneau', '29'],
    47.8728,
    -3.9189,
    ['RFS'],
    {
      hours: 'Mo-Fr 09:00-12:00,13:30-17:00',
      services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
      programmes: ['France Services', 'Aidants Connect'],
    },
  ),
  // The consortium of the Fabrique numérique du Grand Amiénois.
  hubPlace(
    'la-machinerie',
    'alco-amiens-nord',
    'ALCO — centre social d’Amiens Nord',
    ['Amiens', '80'],
    49.912,
    2.295,
    ['CS'],
    {
      qpv: true,
      address: 'Quartiers Nord',
      programmes: ['Conseillers numériques'],
    },
  ),
  hubPlace(
    'la-machinerie',
    'la-briqueterie',
    'La Briqueterie',
    ['Amiens', '80'],
    49.878,
    2.283,
    ['TIERS_LIEUX'],
    {
      address: 'Amiens',
    },
  ),
  hubPlace(
    'la-machinerie',
    'ile-aux-fruits',
    'L’Île aux Fruits',
    ['Amiens', '80'],
    49.9,
    2.32,
    ['TIERS_LIEUX'],
    {
      address: 'Amiens',
    },
  ),
  hubPlace(
    'la-machinerie',
    'lam-amiens',
    'LAM — Lieu Artistique Mutualisé',
    ['Amiens', '80'],
    49.892,
    2.29,
    ['TIERS_LIEUX'],
    {
      address: 'Amiens',
      services: ['Loisirs et créations numériques'],
    },
  ),
  hubPlace(
    'la-machinerie',
    'maison-du-colonel',
    'La Maison du Colonel',
    ['Amiens', '80'],
    49.883,
    2.305,
    ['TIERS_LIEUX'],
    {
      address: 'Amiens',
    },
  ),
  // The co-carriers of the Fabrique des Quartiers Populaires.
  hubPlace(
    'fabrique-des-quartiers-populaires',
    'collectif-femmes-quartiers-populaires',
    'Collectif des Femmes des Quartiers Populaires',
    ['Marseille', '13'],
    43.356,
    5.365,
    ['ASSO'],
    { qpv: true, postalCode: '13015', address: 'Quartiers Nord, 15e arrondissement', publics: ['Femmes'] },
  ),
  hubPlace(
    'fabrique-des-quartiers-populaires',
    'avec-nous',
    'Avec Nous',
    ['Marseille', '13'],
    43.352,
    5.401,
    ['ASSO'],
    {
      qpv: true,
      postalCode: '13013',
      address: 'Quartiers Nord, 13e arrondissement',
    },
  ),
  // Pays de Grasse.
  hubPlace(
    'tetris-grasse',
    'epn-mouans-sartoux',
    'Espace numérique de Mouans-Sartoux',
    ['Mouans-Sartoux', '06'],
    43.6203,
    6.9717,
    ['EPN'],
  ),
  hubPlace(
    'tetris-grasse',
    'tiers-lieu-pegomas',
    'Tiers-lieu de Pégomas',
    ['Pégomas', '06'],
    43.5969,
    6.9319,
    ['TIERS_LIEUX'],
    {
      rural: true,
    },
  ),
  // Toulouse.
  hubPlace(
    'imaginations-fertiles',
    'epn-colomiers',
    'Espace numérique de Colomiers',
    ['Colomiers', '31'],
    43.6114,
    1.3344,
    ['EPN'],
  ),
  hubPlace(
    'imaginations-fertiles',
    'atelier-blagnac',
    'Atelier partagé de Blagnac',
    ['Blagnac', '31'],
    43.6375,
    1.3903,
    ['TIERS_LIEUX'],
  ),
  // Nièvre.
  hubPlace(
    'la-station-ess-nevers',
    'tiers-lieu-varennes-vauzelles',
    'Tiers-lieu de Varennes-Vauzelles',
    ['Varennes-Vauzelles', '58'],
    47.0181,
    3.1431,
    ['TIERS_LIEUX'],
  ),
  hubPlace(
    'la-station-ess-nevers',
    'epn-fourchambault',
    'Espace numérique de Fourchambault',
    ['Fourchambault', '58'],
    47.0186,
    3.085,
    ['EPN'],
    {
      rural: true,
    },
  ),
  // Lyon east.
  hubPlace(
    'la-miete',
    'repair-cafe-villeurbanne',
    'Repair café des Gratte-Ciel',
    ['Villeurbanne', '69'],
    45.7695,
    4.8795,
    ['TIERS_LIEUX', 'ASSO'],
    {
      hours: 'Sa 14:00-18:00',
      services: ['Acquisition de matériel informatique à prix solidaire'],
    },
  ),
  hubPlace('la-miete', 'atelier-bron', 'Atelier partagé de Bron', ['Bron', '69'], 45.7386, 4.9131, [
    'TIERS_LIEUX',
  ]),
  // Hauts-de-Seine.
  hubPlace(
    'electrolab',
    'epn-rueil',
    'Espace numérique de Rueil-Malmaison',
    ['Rueil-Malmaison', '92'],
    48.8778,
    2.1803,
    ['EPN'],
  ),
  hubPlace(
    'electrolab',
    'fablab-colombes',
    'Atelier de fabrication de Colombes',
    ['Colombes', '92'],
    48.9226,
    2.2522,
    ['FABLAB'],
    {
      services: ['Loisirs et créations numériques'],
    },
  ),
  // Ventoux – Comtat Venaissin.
  hubPlace(
    'gare-numerique',
    'camion-numerique',
    'Camion numérique de la CoVe',
    ['Carpentras', '84'],
    44.0556,
    5.0481,
    ['ENM'],
    {
      itinerance: ['Itinérant'],
      hours: 'Tu-Fr 09:00-17:00',
      summary: 'Une antenne mobile du fab lab qui va à la rencontre des villages de la CoVe.',
    },
  ),
  hubPlace(
    'gare-numerique',
    'epn-pernes',
    'Espace numérique de Pernes-les-Fontaines',
    ['Pernes-les-Fontaines', '84'],
    43.9986,
    5.0592,
    ['EPN'],
    {
      rural: true,
    },
  ),
  hubPlace(
    'gare-numerique',
    'tiers-lieu-mazan',
    'Tiers-lieu de Mazan',
    ['Mazan', '84'],
    44.0567,
    5.1283,
    ['TIERS_LIEUX'],
    {
      rural: true,
    },
  ),
  // Collectivity-led fabriques.
  hubPlace(
    'fabrique-vaulx-en-velin',
    'mediatheque-vaulx',
    'Médiathèque-espace numérique du Mas du Taureau',
    ['Vaulx-en-Velin', '69'],
    45.785,
    4.93,
    ['BIB', 'EPN'],
    {
      qpv: true,
    },
  ),
  hubPlace(
    'fabrique-grand-narbonne',
    'epn-gruissan',
    'Espace numérique de Gruissan',
    ['Gruissan', '11'],
    43.107,
    3.0866,
    ['EPN'],
    {
      rural: true,
    },
  ),
  hubPlace(
    'fabrique-rennes-metropole',
    'tiers-lieu-cesson',
    'Tiers-lieu de Cesson-Sévigné',
    ['Cesson-Sévigné', '35'],
    48.1211,
    -1.6033,
    ['TIERS_LIEUX'],
  ),
  hubPlace(
    'fabrique-rennes-metropole',
    'epn-bruz',
    'Espace numérique de Bruz',
    ['Bruz', '35'],
    48.0247,
    -1.7458,
    ['EPN'],
  ),
];

const PLACES = [...FABRIQUES, ...HUB_PLACES];

async function communeOf(tx: Tx, [name, departement]: [string, string], postalCode?: string) {
  const rows = await tx
    .selectFrom('communes')
    .select(['code', 'postal_codes'])
    .where('name', '=', name)
    .where('departement_code', '=', departement)
    .execute();
  const commune = rows[0];
  if (rows.length !== 1 || !commune)
    throw new Error(`demo data: no single commune "${name}" (${departement})`);
  const postal = postalCode ?? [...commune.postal_codes].sort()[0];
  if (!postal || !commune.postal_codes.includes(postal)) {
    throw new Error(`demo data: postal code ${postalCode} is not one of ${name}'s`);
  }
  return { code: commune.code, postal };
}

// Catalogue, sharing, reporting -------------------------------------------------------------------------

interface WorkshopSpec {
  key: string;
  place: string;
  kind: 'workshop' | 'training';
  title: string;
  description: string;
  themes: Thematique[];
  level?: 'debutant' | 'intermediaire' | 'avance';
  fees: 'gratuit' | 'payant';
  price?: number;
  facilitator: string;
  capacity: number;
  /** Days from now of each session, and its start hour (Europe/Paris, approximately). */
  sessions: [day: number, hour: number, hours: number][];
}

const WORKSHOPS: WorkshopSpec[] = [
  {
    key: 'laser-initiation',
    place: 'konk-ar-lab',
    kind: 'training',
    title: 'Initiation à la découpe laser',
    description:
      'Prendre en main la découpeuse laser en sécurité : préparer un fichier, régler la machine, découper. Cette formation ouvre l’accès à la machine pour un an.',
    themes: ['creer_avec_le_numerique', 'prendre_en_main_du_materiel'],
    level: 'debutant',
    fees: 'payant',
    price: 1000,
    facilitator: 'Eliot, fab-manager',
    capacity: 6,
    sessions: [
      [6, 14, 3],
      [20, 14, 3],
    ],
  },
  {
    key: 'smartphone',
    place: 'konk-ar-lab',
    kind: 'workshop',
    title: 'Prendre en main son smartphone',
    description: 'Réglages, applications utiles, photos et messages : un atelier pour gagner en autonomie.',
    themes: ['prendre_en_main_du_materiel', 'navigation_sur_internet'],
    level: 'debutant',
    fees: 'gratuit',
    facilitator: 'Maël, médiateur numérique',
    capacity: 8,
    sessions: [
      [3, 10, 2],
      [10, 10, 2],
      [17, 10, 2],
    ],
  },
  {
    key: 'repair-cafe',
    place: 'konk-ar-lab',
    kind: 'workshop',
    title: 'Repair café numérique',
    description: 'Venez réparer ordinateur, téléphone ou petit électroménager avec les bénévoles.',
    themes: ['maintenance_de_materiel'],
    fees: 'gratuit',
    facilitator: 'Les bénévoles du lab',
    capacity: 12,
    sessions: [[13, 14, 4]],
  },
  {
    key: 'demarches-en-ligne',
    place: 'la-machinerie',
    kind: 'workshop',
    title: 'Mes démarches en ligne en toute sécurité',
    description: 'Créer son compte, reconnaître une arnaque, protéger ses mots de passe.',
    themes: ['securite_numerique', 'aide_aux_demarches_administratives'],
    level: 'debutant',
    fees: 'gratuit',
    facilitator: 'L’équipe de médiation',
    capacity: 10,
    sessions: [
      [5, 14, 2],
      [19, 14, 2],
    ],
  },
  {
    key: 'impression-3d',
    place: 'la-machinerie',
    kind: 'training',
    title: 'Modéliser et imprimer en 3D',
    description: 'Deux séances pour passer d’une idée à un objet imprimé.',
    themes: ['creer_avec_le_numerique'],
    level: 'intermediaire',
    fees: 'payant',
    price: 2500,
    facilitator: 'Fab-manager de La Machinerie',
    capacity: 6,
    sessions: [
      [8, 18, 3],
      [15, 18, 3],
    ],
  },
  {
    key: 'email-femmes',
    place: 'fabrique-des-quartiers-populaires',
    kind: 'workshop',
    title: 'Créer et utiliser son adresse e-mail',
    description: 'Un atelier entre femmes pour créer sa messagerie et envoyer ses premiers documents.',
    themes: ['email'],
    level: 'debutant',
    fees: 'gratuit',
    facilitator: 'Collectif des Femmes des Quartiers Populaires',
    capacity: 10,
    sessions: [[4, 14, 2]],
  },
];

async function upsertActivityGraph(tx: Tx, placeIds: Map<string, string>, creator: string) {
  for (const w of WORKSHOPS) {
    const placeId = placeIds.get(w.place) as string;
    const activityId = demoId(`activity:${w.key}`);
    await tx
      .insertInto('activities')
      .values({
        id: activityId,
        place_id: placeId,
        kind: w.kind,
        title: w.title,
        description: w.description,
        themes: w.themes,
        level: w.level ?? null,
        fees_kind: w.fees,
        price_cents: w.price ?? null,
        facilitator_name: w.facilitator,
        status: 'published',
        created_by: creator,
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          description: eb.ref('excluded.description'),
          themes: eb.ref('excluded.themes'),
          status: eb.ref('excluded.status'),
        })),
      )
      .execute();
    for (const [index, [day, hour, hours]] of w.sessions.entries()) {
      const starts = new Date(Date.now() + day * 86_400_000);
      starts.setUTCHours(hour - 1, 0, 0, 0);
      const ends = new Date(starts.getTime() + hours * 3_600_000);
      await tx
        .insertInto('sessions')
        .values({
          id: demoId(`session:${w.key}:${index}`),
          activity_id: activityId,
          place_id: placeId,
          starts_at: starts.toISOString(),
          ends_at: ends.toISOString(),
          capacity: w.capacity,
          booking_closes_at: starts.toISOString(),
        })
        .onConflict((oc) =>
          // Keep the sessions upcoming each time the demo is loaded.
          oc.column('id').doUpdateSet((eb) => ({
            starts_at: eb.ref('excluded.starts_at'),
            ends_at: eb.ref('excluded.ends_at'),
            booking_closes_at: eb.ref('excluded.booking_closes_at'),
          })),
        )
        .execute();
    }
  }
}

// Loading -----------------------------------------------------------------------------------------------

/** Loads the demo network (idempotent) and returns the demo accounts, one per role. */
export async function loadDemoData(db: Db): Promise<DemoAccounts> {
  const users = await ensureAccounts(db);

  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('profiles')
      .set({ network_role: 'network_admin' })
      .where('id', '=', users.admin)
      .execute();
    await tx
      .updateTable('profiles')
      .set({ network_role: 'observer' })
      .where('id', '=', users.observer)
      .execute();

    // Waves and labels.
    const waveIds = new Map<WaveKey, string>();
    for (const wave of WAVES) {
      const row = await tx
        .insertInto('waves')
        .values({
          id: demoId(`wave:${wave.key}`),
          name: wave.name,
          opens_on: wave.opens_on,
          closes_on: wave.closes_on,
          announced_on: wave.announced_on,
          status: 'closed',
        })
        .onConflict((oc) =>
          oc.column('name').doUpdateSet((eb) => ({
            opens_on: eb.ref('excluded.opens_on'),
            closes_on: eb.ref('excluded.closes_on'),
            announced_on: eb.ref('excluded.announced_on'),
          })),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      waveIds.set(wave.key, row.id);
    }
    const labelRows = await tx.selectFrom('labels').select(['id', 'code']).execute();
    const labelIds = new Map(labelRows.map((l) => [l.code, l.id]));

    // Places: fabriques first, so hub places can point to them.
    const placeIds = new Map<string, string>();
    for (const place of PLACES) {
      const commune = await communeOf(tx, place.commune, place.postalCode);
      const hub = place.hub ? placeIds.get(place.hub) : undefined;
      if (place.hub && !hub) throw new Error(`demo data: hub ${place.hub} is not loaded before ${place.key}`);
      const values = {
        slug: place.key,
        name: place.name,
        kinds: place.kinds,
        carrier_name: place.carrier?.[0] ?? null,
        carrier_legal_form: place.carrier?.[1] ?? null,
        address: place.address,
        postal_code: commune.postal,
        commune_code: commune.code,
        latitude: place.lat,
        longitude: place.lon,
        is_qpv: place.qpv ?? false,
        is_rural: place.rural ?? false,
        itinerance: place.itinerance ?? ['Fixe'],
        opening_hours: place.hours,
        website: place.website ?? null,
        summary: place.summary,
        description: place.description ?? null,
        services: place.services,
        publics: place.publics ?? [],
        fees: place.fees,
        access_modes: place.access,
        support_modes: place.support,
        national_programmes: place.programmes ?? [],
        accessibility_notes: place.accessibility ?? null,
        hub_fabrique_id: hub ?? null,
        status: 'published' as const,
        source: SOURCE,
      };
      const row = await tx
        .insertInto('places')
        .values({ id: demoId(`place:${place.key}`), external_id: `demo:${place.key}`, ...values })
        .onConflict((oc) => oc.column('external_id').doUpdateSet(values))
        .returning('id')
        .executeTakeFirstOrThrow();
      placeIds.set(place.key, row.id);
      for (const label of place.labels ?? []) {
        await tx
          .insertInto('place_labels')
          .values({
            place_id: row.id,
            label_id: labelIds.get(label.code) as string,
            wave_id: label.wave ? (waveIds.get(label.wave) ?? null) : null,
            granted_on: label.on,
          })
          .onConflict((oc) => oc.columns(['place_id', 'label_id', 'granted_on']).doNothing())
          .execute();
      }
    }
    const konk = placeIds.get('konk-ar-lab') as string;
    const machinerie = placeIds.get('la-machinerie') as string;
    const tregunc = placeIds.get('mediatheque-tregunc') as string;

    // Teams.
    for (const [place, user, role] of [
      [konk, users.member, 'member'],
      [tregunc, users.memberTregunc, 'member'],
      [konk, users.manager, 'manager'],
      [machinerie, users.managerB, 'manager'],
    ] as const) {
      await tx
        .insertInto('place_memberships')
        .values({ place_id: place, user_id: user, role })
        .onConflict((oc) => oc.columns(['place_id', 'user_id']).doUpdateSet({ role }))
        .execute();
    }

    await tx
      .insertInto('place_photos')
      .values({
        id: demoId('photo:konk-ar-lab:1'),
        place_id: konk,
        storage_path: 'demo/places/konk-ar-lab/atelier.jpg',
        alt_text: 'L’atelier du Konk Ar Lab : établis, découpeuse laser et imprimantes 3D',
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();

    // Catalogue.
    await upsertActivityGraph(tx, placeIds, users.member);
    await tx
      .insertInto('appointment_availabilities')
      .values({
        id: demoId('availability:konk-ar-lab:mael'),
        place_id: konk,
        mediateur_id: users.member,
        first_day: '2026-01-05',
        weekdays: [2, 4],
        start_time: '09:30',
        end_time: '12:00',
        slot_minutes: 30,
        modalities: ['sur_place', 'telephone'],
        who_may_book: 'everyone',
        location_note: 'Au lab, salle de médiation',
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();

    await loadDemoAttendance(tx, { placeId: konk, creator: users.manager, demoId });
    await loadDemoAppointments(tx, { placeId: konk, mediateur: users.manager, demoId });
    await loadDemoPublishing(tx, { placeId: konk, creator: users.member, demoId });
    await loadDemoSharing(tx, { placeId: konk, demoId });

    // A few bookings of the next smartphone workshop (the resident's own, and two without an account).
    const nextSmartphone = demoId('session:smartphone:0');
    const bookings = [
      { key: 'resident', first_name: 'Camille', email: 'resident@demo.test', user_id: users.resident },
      { key: 'annick', first_name: 'Annick', phone: '+33600000001' },
      { key: 'youssef', first_name: 'Youssef', email: 'youssef@example.org', prescriber: true },
    ];
    for (const b of bookings) {
      await tx
        .insertInto('bookings')
        .values({
          id: demoId(`booking:smartphone:${b.key}`),
          session_id: nextSmartphone,
          place_id: konk,
          first_name: b.first_name,
          email: b.email ?? null,
          phone: b.phone ?? null,
          consent_at: new Date().toISOString(),
          user_id: b.user_id ?? null,
          manage_token_hash: randomBytes(32).toString('hex'),
          prescriber_name: b.prescriber ? 'Agent France Services' : null,
          prescriber_organisation: b.prescriber ? 'France Services de Concarneau' : null,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }

    // Tools, a qualification, a loan within the hub, resources.
    const laserTraining = demoId('activity:laser-initiation');
    const tools = [
      {
        key: 'laser',
        place: konk,
        name: 'Découpeuse laser 60 W',
        category: 'Fabrication',
        usage: 'on_site' as const,
        training: laserTraining,
        months: 12,
      },
      {
        key: 'imprimante-3d',
        place: konk,
        name: 'Imprimante 3D',
        category: 'Fabrication',
        usage: 'on_site' as const,
      },
      {
        key: 'kit-portables',
        place: konk,
        name: 'Valise de 10 ordinateurs portables',
        category: 'Médiation',
        usage: 'lendable' as const,
        deposit: 50000,
      },
      {
        key: 'fraiseuse',
        place: machinerie,
        name: 'Fraiseuse numérique',
        category: 'Fabrication',
        usage: 'on_site' as const,
      },
      {
        key: 'videoprojecteur',
        place: machinerie,
        name: 'Vidéoprojecteur et écran',
        category: 'Événements',
        usage: 'lendable' as const,
        deposit: 20000,
      },
    ];
    for (const tool of tools) {
      await tx
        .insertInto('tools')
        .values({
          id: demoId(`tool:${tool.key}`),
          place_id: tool.place,
          name: tool.name,
          category: tool.category,
          usage: tool.usage,
          deposit_cents: tool.deposit ?? null,
          required_training_activity_id: tool.training ?? null,
          qualification_validity_months: tool.months ?? null,
          status: 'published',
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    await tx
      .insertInto('tool_qualifications')
      .values({
        id: demoId('qualification:laser:resident'),
        tool_id: demoId('tool:laser'),
        place_id: konk,
        user_id: users.resident,
        granted_at: '2026-01-10T15:00:00Z',
        expires_at: '2027-01-10T15:00:00Z',
        granted_by: users.manager,
      })
      .onConflict((oc) => oc.columns(['tool_id', 'user_id']).doNothing())
      .execute();
    const loanStart = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);
    const loanEnd = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10);
    await tx
      .insertInto('loans')
      .values({
        id: demoId('loan:kit-portables:tregunc'),
        tool_id: demoId('tool:kit-portables'),
        lender_place_id: konk,
        borrower_place_id: tregunc,
        requested_by: users.manager,
        period: `[${loanStart},${loanEnd})`,
        notes: 'Pour les ateliers « Premiers pas » de la médiathèque',
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();

    const resources = [
      {
        key: 'pix',
        place: konk,
        title: 'Évaluer ses compétences numériques avec Pix',
        kind: 'guide' as const,
        url: 'https://pix.fr/',
        themes: ['diagnostic_numerique'] as Thematique[],
      },
      {
        key: 'labase',
        place: machinerie,
        title: 'La Base du numérique d’intérêt général : ressources de médiation',
        kind: 'kit' as const,
        url: 'https://labase.anct.gouv.fr/',
        themes: ['culture_numerique'] as Thematique[],
      },
      {
        key: 'gabarit-laser',
        place: konk,
        title: 'Gabarits de boîtes pour la découpe laser',
        kind: 'template' as const,
        storage: 'demo/resources/gabarits-laser.zip',
        themes: ['creer_avec_le_numerique'] as Thematique[],
      },
    ];
    for (const r of resources) {
      await tx
        .insertInto('resources')
        .values({
          id: demoId(`resource:${r.key}`),
          place_id: r.place,
          title: r.title,
          kind: r.kind,
          licence: r.storage ? 'CC-BY-SA-4.0' : null,
          themes: r.themes,
          url: r.url ?? null,
          storage_path: r.storage ?? null,
          mime_type: r.storage ? 'application/zip' : null,
          size_bytes: r.storage ? 903 : null,
          status: 'published',
          created_by: users.manager,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }

    // Activity records and coordination activities of Konk Ar Lab, and what is left to record.
    await loadDemoReporting(tx, { placeId: konk, author: users.member, demoId });

    // Reports: a validated year for Konk Ar Lab, a draft quarter in progress.
    await tx
      .insertInto('reports')
      .values({
        id: demoId('report:konk:2025'),
        place_id: konk,
        period: 'year',
        period_start: '2025-01-01',
        status: 'validated',
        narrative: 'Une année d’ateliers réguliers et l’ouverture du réseau de Cornouaille.',
        indicators: JSON.stringify({ accompagnements: 412, ateliers_collectifs: 58, participants: 640 }),
        submitted_by: users.manager,
        submitted_at: '2026-01-15T10:00:00Z',
        reviewed_by: users.admin,
        reviewed_at: '2026-01-20T10:00:00Z',
      })
      .onConflict((oc) => oc.columns(['place_id', 'period', 'period_start']).doNothing())
      .execute();
    await tx
      .insertInto('reports')
      .values({
        id: demoId('report:konk:2026-q1'),
        place_id: konk,
        period: 'quarter',
        period_start: '2026-01-01',
      })
      .onConflict((oc) => oc.columns(['place_id', 'period', 'period_start']).doNothing())
      .execute();

    // Funding: Konk Ar Lab (3 years at the yearly ceiling, plus the numérique bonus), La Machinerie.
    const agreements = [
      {
        key: 'konk',
        place: konk,
        years: [5_000_000, 5_000_000, 5_000_000],
        bonus: 10_000_000,
        coFunders: [{ name: 'Concarneau Cornouaille Agglomération', amount_cents: 3_000_000 }],
      },
      {
        key: 'machinerie',
        place: machinerie,
        years: [5_000_000, 5_000_000, 5_000_000],
        bonus: 10_000_000,
        coFunders: [],
      },
    ];
    for (const a of agreements) {
      await tx
        .insertInto('funding_agreements')
        .values({
          id: demoId(`agreement:${a.key}`),
          place_id: a.place,
          wave_id: waveIds.get('v1') ?? null,
          reference: `DEMO-FT-2020-${a.key.toUpperCase()}`,
          starts_on: '2020-03-01',
          duration_years: a.years.length,
          yearly_amounts_cents: a.years,
          numerique_bonus_cents: a.bonus,
          co_funders: JSON.stringify(a.coFunders),
          status: 'signed',
          signed_on: '2020-03-01',
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    const disbursements = [
      { key: 'konk:2020', agreement: 'konk', on: '2020-04-01', amount: 15_000_000, paid: '2020-04-15' },
      { key: 'konk:2021', agreement: 'konk', on: '2021-04-01', amount: 5_000_000, paid: '2021-04-20' },
      { key: 'konk:2022', agreement: 'konk', on: '2022-04-01', amount: 5_000_000, paid: null },
    ];
    for (const d of disbursements) {
      await tx
        .insertInto('disbursements')
        .values({
          id: demoId(`disbursement:${d.key}`),
          agreement_id: demoId(`agreement:${d.agreement}`),
          planned_on: d.on,
          amount_cents: d.amount,
          status: d.paid ? 'paid' : 'planned',
          paid_on: d.paid,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  });
  await loadDemoReports(db, { placeSlug: 'konk-ar-lab', manager: users.manager, admin: users.admin, demoId });

  return ACCOUNTS.map(({ role, email, password, note }) => ({ role, email, password, note }));
}
