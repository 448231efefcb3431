// data·inclusion's quality signals for one place (issue 17, decision 060): from the structure and services
// the export publishes for it, what its managers can act on — each signal with a level, what it is about
// (the place or one of its services) and, on the console, where to fix it. Pure: the API reads the place's
// public offer as `anon` (what is actually sent) and maps it with the exporter first.
import { isStale } from '../directory/freshness.ts';
import { parisDay } from '../time/paris.ts';
import type { DataInclusionService, DataInclusionStructure } from './data-inclusion.ts';

/**
 * `blocking`: the register would reject it, or the record is of no use (nobody can be reached, nobody can
 * find it); `warning`: it is hard to find or to use; `hint`: it would be better with it.
 */
export type DataInclusionQualityLevel = 'blocking' | 'warning' | 'hint';
export const DATA_INCLUSION_QUALITY_LEVELS = ['blocking', 'warning', 'hint'] as const;

/** A service's description is best between 200 and 2,000 characters, says the schema (`service.json`). */
export const DATA_INCLUSION_DESCRIPTION_MIN = 200;

/**
 * What the place's managers typed, to tell a value they never gave from one the export had to leave out
 * (a SIRET that is not 14 digits, opening hours that do not parse…).
 */
export interface DataInclusionEntered {
  siret?: string | null;
  courriel?: string | null;
  site_web?: string | null;
  horaires_accueil?: string | null;
  accessibilite_lieu?: string | null;
}

/** Why a check is not met, when it says more than "missing". */
export type DataInclusionQualityDetail = 'invalid' | 'short';

/** What a check says of a record: met (`null`), or not met, and why. */
type Verdict = null | 'missing' | DataInclusionQualityDetail;

interface Facts {
  structure: DataInclusionStructure;
  services: readonly DataInclusionService[];
  entered: DataInclusionEntered;
  today: string;
}

const filled = (value: string | null | undefined) => (value ?? '').trim() !== '';
const chars = (value: string | null | undefined) => [...(value ?? '').trim()].length;

/** Missing, or "invalid" when the managers gave a value the export could not write. */
const presence = (value: unknown, entered: string | null | undefined): Verdict =>
  value !== null && value !== undefined && value !== '' ? null : filled(entered) ? 'invalid' : 'missing';

const described = (value: string | null | undefined): Verdict =>
  !filled(value) ? 'missing' : chars(value) < DATA_INCLUSION_DESCRIPTION_MIN ? 'short' : null;

interface CheckBase<C extends string> {
  code: C;
  level: DataInclusionQualityLevel;
  /**
   * The field of the place's profile (console) that fixes it, when there is one; `null` when the fix is
   * elsewhere (the service's own page, Accès libre, the freshness confirmation).
   */
  field: string | null;
}
interface StructureCheck<C extends string> extends CheckBase<C> {
  scope: 'structure';
  verdict: (facts: Facts) => Verdict;
}
interface ServiceCheck<C extends string> extends CheckBase<C> {
  scope: 'service';
  verdict: (service: DataInclusionService, facts: Facts) => Verdict;
}
interface OfferCheck<C extends string> extends CheckBase<C> {
  scope: 'offer';
  verdict: (facts: Facts) => Verdict;
}

const structure = <C extends string>(check: Omit<StructureCheck<C>, 'scope'>): StructureCheck<C> => ({
  ...check,
  scope: 'structure',
});
const service = <C extends string>(check: Omit<ServiceCheck<C>, 'scope'>): ServiceCheck<C> => ({
  ...check,
  scope: 'service',
});
const offer = <C extends string>(check: Omit<OfferCheck<C>, 'scope'>): OfferCheck<C> => ({
  ...check,
  scope: 'offer',
});

/**
 * Every check, in the order the console lists them: the UI's messages, the score and the tests all read
 * this table. A structure check is one check; a service check is one check met in the share of services
 * that meet it (and not counted when the place has no service).
 */
export const DATA_INCLUSION_QUALITY_CHECKS = [
  // Nobody can reach the place: the record is of no use to a social worker.
  structure({
    code: 'contact',
    level: 'blocking',
    field: 'phone',
    verdict: ({ structure: s, entered }) =>
      s.telephone !== null || s.courriel !== null ? null : filled(entered.courriel) ? 'invalid' : 'missing',
  }),
  // Searches are by commune: without its INSEE code, no territorial search finds the place.
  structure({
    code: 'code_insee',
    level: 'blocking',
    field: 'communeCode',
    verdict: ({ structure: s }) => (s.code_insee === null ? 'missing' : null),
  }),
  // data·inclusion matches and deduplicates structures by SIRET (and drops unknown ones).
  structure({
    code: 'siret',
    level: 'warning',
    field: 'pivot',
    verdict: ({ structure: s, entered }) => presence(s.siret, entered.siret),
  }),
  structure({
    code: 'opening_hours',
    level: 'warning',
    field: 'openingHours',
    verdict: ({ structure: s, entered }) => presence(s.horaires_accueil, entered.horaires_accueil),
  }),
  structure({
    code: 'coordinates',
    level: 'warning',
    field: 'address',
    verdict: ({ structure: s }) => (s.latitude === null || s.longitude === null ? 'missing' : null),
  }),
  structure({
    code: 'description',
    level: 'warning',
    field: 'description',
    verdict: ({ structure: s }) => described(s.description),
  }),
  structure({
    code: 'stale',
    level: 'warning',
    field: null,
    verdict: ({ structure: s, today }) => (isStale(s.date_maj, today) ? 'missing' : null),
  }),
  structure({
    code: 'website',
    level: 'hint',
    field: 'website',
    verdict: ({ structure: s, entered }) => presence(s.site_web, entered.site_web),
  }),
  structure({
    code: 'accessibility',
    level: 'hint',
    field: null,
    verdict: ({ structure: s, entered }) => presence(s.accessibilite_lieu, entered.accessibilite_lieu),
  }),
  // A structure without any service says where the place is, not what one can do there.
  offer({
    code: 'no_service',
    level: 'warning',
    field: null,
    verdict: ({ services }) => (services.length === 0 ? 'missing' : null),
  }),
  service({
    code: 'service_description',
    level: 'warning',
    field: null,
    verdict: (s) => described(s.description),
  }),
  service({
    code: 'service_thematiques',
    level: 'warning',
    field: null,
    verdict: (s) => (s.thematiques === null || s.thematiques.length === 0 ? 'missing' : null),
  }),
  service({
    code: 'service_publics',
    level: 'warning',
    field: null,
    verdict: (s) => (s.publics.length === 0 ? 'missing' : null),
  }),
] as const;

export type DataInclusionQualityCheck = (typeof DATA_INCLUSION_QUALITY_CHECKS)[number];
export type DataInclusionQualityCheckCode = DataInclusionQualityCheck['code'];
/** The codes of the signals: a check's, or `not_published` when nothing of the place is sent at all. */
export type DataInclusionQualityCode = DataInclusionQualityCheckCode | 'not_published';

/** Where a service comes from: the console page that edits it. */
export type DataInclusionServiceOrigin =
  | { kind: 'activity'; id: string }
  | { kind: 'appointments' }
  | { kind: 'tool'; id: string }
  | { kind: 'other' };

export type DataInclusionQualitySubject =
  | { kind: 'place' }
  | {
      kind: 'service';
      /** The service's data·inclusion id. */
      id: string;
      name: string;
      type: DataInclusionService['type'];
      origin: DataInclusionServiceOrigin;
    };

export interface DataInclusionQualitySignal {
  code: DataInclusionQualityCode;
  level: DataInclusionQualityLevel;
  subject: DataInclusionQualitySubject;
  /** `invalid`: a value was given but the export could not write it; `short`: a description too short. */
  detail: DataInclusionQualityDetail | null;
  /** The profile field that fixes it (see the checks' table). */
  field: string | null;
}

export interface DataInclusionQuality {
  published: boolean;
  /** Share of checks met, 0–100 (0 when nothing is published). */
  score: number;
  /** The number of checks that applied. */
  checks: number;
  signals: DataInclusionQualitySignal[];
  services: number;
}

/** The service's origin, from the local part of its id (`…--activite-<uuid>`, `…--outil-<uuid>`…). */
export function serviceOriginOf(serviceId: string): DataInclusionServiceOrigin {
  const local = serviceId.slice(serviceId.lastIndexOf('--') + 2);
  const match = /^(activite|outil|rendez-vous)-(.+)$/.exec(local);
  if (!match) return { kind: 'other' };
  if (match[1] === 'activite') return { kind: 'activity', id: match[2] ?? '' };
  if (match[1] === 'outil') return { kind: 'tool', id: match[2] ?? '' };
  return { kind: 'appointments' };
}

const LEVEL_ORDER: Readonly<Record<DataInclusionQualityLevel, number>> = { blocking: 0, warning: 1, hint: 2 };

/** When the place is not public, nothing of it is sent: one blocking signal, a score of 0. */
export function notPublishedQuality(): DataInclusionQuality {
  return {
    published: false,
    score: 0,
    checks: 0,
    services: 0,
    signals: [
      { code: 'not_published', level: 'blocking', subject: { kind: 'place' }, detail: null, field: null },
    ],
  };
}

/**
 * The signals of a place's data·inclusion records, blocking first (the table's order within a level, a
 * service's after the place's), and its completeness score: the share of applicable checks met, a service
 * check counting for the share of services that meet it.
 */
export function dataInclusionQuality(input: {
  structure: DataInclusionStructure;
  services: readonly DataInclusionService[];
  entered?: DataInclusionEntered;
  now: Date;
}): DataInclusionQuality {
  const facts: Facts = {
    structure: input.structure,
    services: input.services,
    entered: input.entered ?? {},
    today: parisDay(input.now),
  };
  const signals: DataInclusionQualitySignal[] = [];
  let met = 0;
  let applicable = 0;
  const signal = (
    check: DataInclusionQualityCheck,
    verdict: Exclude<Verdict, null>,
    subject: DataInclusionQualitySubject,
  ) =>
    signals.push({
      code: check.code,
      level: check.level,
      subject,
      detail: verdict === 'missing' ? null : verdict,
      field: check.field,
    });
  for (const check of DATA_INCLUSION_QUALITY_CHECKS) {
    if (check.scope === 'service') {
      if (input.services.length === 0) continue;
      applicable += 1;
      let passed = 0;
      for (const s of input.services) {
        const verdict = check.verdict(s, facts);
        if (verdict === null) passed += 1;
        else
          signal(check, verdict, {
            kind: 'service',
            id: s.id,
            name: s.nom,
            type: s.type,
            origin: serviceOriginOf(s.id),
          });
      }
      met += passed / input.services.length;
    } else {
      applicable += 1;
      const verdict = check.verdict(facts);
      if (verdict === null) met += 1;
      else signal(check, verdict, { kind: 'place' });
    }
  }
  const order = (s: DataInclusionQualitySignal) => LEVEL_ORDER[s.level];
  return {
    published: true,
    score: applicable === 0 ? 0 : Math.round((100 * met) / applicable),
    checks: applicable,
    services: input.services.length,
    // A stable sort: the table's order within a level.
    signals: signals.sort((a, b) => order(a) - order(b)),
  };
}
