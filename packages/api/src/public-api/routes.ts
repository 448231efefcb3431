// Every route of the public API (decision 062), as data: its path, its parameters (the same zod schemas as
// the pages' searches, strict: an unknown or invalid parameter is a 400, never silently dropped), the
// schema of its answer and the procedures that answer it. `http.ts` serves this table and `openapi.ts`
// documents it, so a documented route is a served route and the other way round.
import { CATALOGUE_RADII_KM, catalogueSearchSchema } from '@rf/domain/booking/catalogue-search';
import { DIRECTORY_RADII_KM, directorySearchSchema } from '@rf/domain/directory/search';
import { resourceSearchSchema } from '@rf/domain/sharing/resource';
import { TOOL_RADII_KM, toolSearchSchema } from '@rf/domain/sharing/sharing.schema';
import { z } from 'zod';
import type { Caller } from '../caller.ts';
import { placeInput } from '../routers/directory/place.ts';
import {
  activitySchema,
  placeSchema,
  placeSessionsSchema,
  placesPageSchema,
  resourcesSchema,
  sessionsPageSchema,
  toActivity,
  toolsPageSchema,
  toPlace,
  toPlacesPage,
  toResources,
  toSessionsPage,
  toToolsPage,
} from './schemas.ts';

/** A query schema: an object of optional (or defaulted) fields read from the query string. */
type QuerySchema = z.ZodObject<Record<string, z.ZodType>>;

export interface PublicApiRoute<
  P extends z.ZodObject = z.ZodObject,
  Q extends QuerySchema = QuerySchema,
  R extends z.ZodType = z.ZodType,
> {
  /** OpenAPI path template under `/api/v1`, e.g. `/places/{slug}`. */
  path: string;
  operationId: string;
  tag: 'Places' | 'Sessions' | 'Sharing' | 'Open data';
  summary: string;
  description: string;
  /** Path parameters: an address whose parameter does not validate is a 404 (no such thing). */
  params?: P;
  query?: Q;
  /** How each parameter is described in the document. */
  parameterDocs?: Record<string, string>;
  response: R;
  /** A 404 is documented (the path names a thing that may not exist). */
  mayBeMissing?: boolean;
  answer(api: Caller, input: { params: z.infer<P>; query: z.infer<Q> }): Promise<z.infer<R>>;
}

function defineRoute<P extends z.ZodObject, Q extends QuerySchema, R extends z.ZodType>(
  route: PublicApiRoute<P, Q, R>,
): PublicApiRoute {
  return route as unknown as PublicApiRoute;
}

const slugDoc = { slug: 'The place’s address on the site, as in `/lieux/{slug}`.' };
const nearDocs = (radii: readonly number[]) => ({
  pres: 'A commune’s name, INSEE code or postcode: results nearest to it first (see `near`).',
  rayon: `Kilometres around \`pres\`, one of ${radii.join(', ')}; without it, every result is listed, nearest first.`,
});
const pageDoc = { page: 'The page, from 1.' };

/** The query of a search with the days it names checked to exist (`2026-02-30` is refused). */
const sessionsQuery = catalogueSearchSchema
  .extend({ du: z.iso.date().optional(), au: z.iso.date().optional() })
  .strict();

export const publicApiRoutes: readonly PublicApiRoute[] = [
  defineRoute({
    path: '/places',
    operationId: 'listPlaces',
    tag: 'Places',
    summary: 'Search the directory of public places',
    description:
      'The places of `/lieux`, with the same filters: words (accents and typos forgiven), service, ' +
      'typology, label, territory, distance from a commune, open now. 20 a page.',
    query: directorySearchSchema.strict(),
    parameterDocs: {
      q: 'Words to find in the name, commune, summary or services; each must match.',
      service: 'A service of the national standard.',
      typologie: 'A typology of the national standard.',
      label: 'A label code, e.g. `fabrique_de_territoire`.',
      region: 'A région’s INSEE code (two digits).',
      departement: 'A département’s code (`29`, `2A`, `974`).',
      ...nearDocs(DIRECTORY_RADII_KM),
      territoire: '`qpv` (quartiers prioritaires) or `rural`.',
      ouvert: '`1`: open now only (by their opening hours, Europe/Paris).',
      frais: 'Fees of the national standard.',
      prise_en_charge: 'Specific support of the national standard.',
      ...pageDoc,
    },
    response: placesPageSchema,
    answer: async (api, { query }) => toPlacesPage(await api.directory.search(query)),
  }),
  defineRoute({
    path: '/places/{slug}',
    operationId: 'getPlace',
    tag: 'Places',
    summary: 'A public place',
    description: 'Its address, contact, opening hours, services, publics, labels and hub.',
    params: placeInput,
    parameterDocs: slugDoc,
    response: placeSchema,
    mayBeMissing: true,
    answer: async (api, { params }) => toPlace(await api.directory.place(params)),
  }),
  defineRoute({
    path: '/places/{slug}/sessions',
    operationId: 'listPlaceSessions',
    tag: 'Places',
    summary: 'The upcoming sessions of a place, with seats left',
    description: 'Sessions anyone may book at this place, in time order, at most 100.',
    params: placeInput,
    parameterDocs: slugDoc,
    response: placeSessionsSchema,
    mayBeMissing: true,
    answer: (api, { params }) => api.publicApi.placeSessions(params),
  }),
  defineRoute({
    path: '/sessions',
    operationId: 'listSessions',
    tag: 'Sessions',
    summary: 'Search the catalogue of workshops and trainings',
    description:
      'The sessions of `/ateliers`, with the same filters, the next 30 days by default (at most a year), ' +
      'with the seats left. 20 a page.',
    query: sessionsQuery,
    parameterDocs: {
      q: 'Words to find in the title or description.',
      theme: 'A thematique of the national vocabulary.',
      du: 'First day, YYYY-MM-DD (Europe/Paris), included; default today.',
      au: 'Last day, included; default 30 days after `du`.',
      ...nearDocs(CATALOGUE_RADII_KM),
      gratuit: '`1`: free sessions only.',
      niveau: 'Level.',
      format: 'On site, remote or hybrid.',
      accessible: '`1`: accessible sessions only.',
      type: 'Workshops or trainings.',
      ...pageDoc,
    },
    response: sessionsPageSchema,
    answer: async (api, { query }) => toSessionsPage(await api.catalogue.search(query)),
  }),
  defineRoute({
    path: '/tools',
    operationId: 'listTools',
    tag: 'Sharing',
    summary: 'Search the tools shared across the network',
    description: 'The tools of `/outils`: lendable ones, free on given days, nearest first. 24 a page.',
    query: toolSearchSchema.strict(),
    parameterDocs: {
      q: 'Words to find in the name or description.',
      categorie: 'A category.',
      lieu: 'A place’s id: its tools only.',
      pret: '`1`: lendable tools only.',
      ...nearDocs(TOOL_RADII_KM),
      du: 'With `au`: free on every day from `du` to `au`, YYYY-MM-DD.',
      au: 'See `du`.',
      ...pageDoc,
    },
    response: toolsPageSchema,
    answer: async (api, { query }) => toToolsPage(await api.sharing.catalogue(query)),
  }),
  defineRoute({
    path: '/resources',
    operationId: 'listResources',
    tag: 'Sharing',
    summary: 'Search the resource library',
    description: 'The guides, kits and templates of `/ressources`, with their licence.',
    query: resourceSearchSchema.strict(),
    parameterDocs: {
      q: 'Words to find in the title or description.',
      type: 'A kind of resource.',
      theme: 'A thematique of the national vocabulary.',
      lieu: 'A place’s id: its resources only.',
    },
    response: resourcesSchema,
    answer: async (api, { query }) => toResources(await api.sharing.resources(query)),
  }),
  defineRoute({
    path: '/open-data/activity',
    operationId: 'getActivity',
    tag: 'Open data',
    summary: 'The anonymised activity of the network by quarter',
    description:
      'The figures of `/donnees/activite.csv`: participants per quarter for the network, each ' +
      'département and each public place, in total and by age group, gender, social status and theme. ' +
      'Small numbers are hidden (`participants: null`) with the same statistical secrecy as the file, ' +
      'applied to each quarter as one table so that no hidden figure can be recomputed from the others.',
    response: activitySchema,
    answer: async (api) => toActivity(await api.reporting.openData()),
  }),
];

/** The tags, in the document's order, with what they cover. */
export const publicApiTags = [
  { name: 'Places', description: 'The directory of public places (`/lieux`).' },
  { name: 'Sessions', description: 'Workshops and trainings to book (`/ateliers`).' },
  { name: 'Sharing', description: 'Tools and resources shared across the network.' },
  { name: 'Open data', description: 'Anonymised figures (`/donnees`).' },
] as const;
