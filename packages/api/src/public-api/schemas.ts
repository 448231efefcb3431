// The public API's answers (decision 062), described once as zod schemas: the types the routes return are
// inferred from them, the procedures that serve the API alone validate their output with them, and the
// OpenAPI document (`openapi.ts`) is generated from them, so the documentation cannot drift from the code.
// The mapping functions turn the pages' DTOs into these shapes (nothing else of a DTO leaves).

import type { OpenDataRow } from '@rf/domain/reporting/open-data';
import { z } from 'zod';
import type { CatalogueSearchDto } from '../routers/catalogue/catalogue.dto.ts';
import type { DirectorySearchDto, PlacePageDto } from '../routers/directory/directory.dto.ts';
import type { ResourceDto, ToolCatalogueDto } from '../routers/sharing/sharing.dto.ts';

/** Schemas that become named components of the OpenAPI document, by name. */
export const components = z.registry<{ id: string; description?: string }>();

function named<T extends z.ZodType>(id: string, description: string, schema: T): T {
  components.add(schema, { id, description });
  return schema;
}

const instant = z.string().describe('An instant, ISO 8601 with its offset.');
const day = z.string().describe('A calendar day (Europe/Paris), YYYY-MM-DD.');

export const problemSchema = named(
  'Problem',
  'An error, as RFC 9457 problem details (`application/problem+json`); `detail` is in French.',
  z.object({
    type: z.string().describe('`about:blank`: the status says what went wrong.'),
    title: z.string().describe('The HTTP status phrase.'),
    status: z.number().int(),
    detail: z.string().describe('What went wrong, for a person (French).'),
    instance: z.string().describe('The path asked for.'),
    invalidParams: z
      .array(z.object({ name: z.string(), reason: z.string() }))
      .optional()
      .describe('400 only: each query parameter refused, and the rule it broke.'),
    retryAfterSeconds: z.number().int().optional().describe('429 and 503: also sent as `Retry-After`.'),
  }),
);
export type Problem = z.infer<typeof problemSchema>;

const nearSchema = named(
  'Near',
  'What `pres` was understood as: no point asked, the commune found (distances are from it), or none.',
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('none') }),
    z.object({ status: z.literal('found'), commune: z.string() }),
    z.object({ status: z.literal('unknown'), query: z.string() }),
  ]),
);

const pageFields = {
  total: z.number().int().min(0).describe('How many match in all.'),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  pageSize: z.number().int().min(1),
};

const labelSchema = named(
  'Label',
  'A label of the programme (e.g. `fabrique_de_territoire`).',
  z.object({ code: z.string(), name: z.string() }),
);

export const placeSummarySchema = named(
  'PlaceSummary',
  'A public place as the directory lists it. Its page: `/lieux/{slug}`.',
  z.object({
    slug: z.string(),
    name: z.string(),
    kinds: z
      .array(z.string())
      .describe('Typologies of the national standard (`TIERS_LIEUX`, `MEDIATHEQUE`…).'),
    summary: z.string().nullable(),
    commune: z.string().nullable(),
    departementCode: z.string().nullable(),
    services: z.array(z.string()).describe('Services of the national standard.'),
    labels: z.array(labelSchema),
    distanceKm: z.number().nullable().describe('From the commune of `pres`, to 0.1 km; null without it.'),
    openNow: z.boolean().nullable().describe('Null when the place publishes no readable opening hours.'),
  }),
);

export const placesPageSchema = named(
  'PlacesPage',
  'One page of the directory search.',
  z.object({ ...pageFields, near: nearSchema, items: z.array(placeSummarySchema) }),
);
export type PlacesPage = z.infer<typeof placesPageSchema>;

const placeLinkSchema = named(
  'PlaceLink',
  'Another public place, by its slug.',
  z.object({ slug: z.string(), name: z.string(), commune: z.string().nullable() }),
);

const nullableText = z.string().nullable();

export const placeSchema = named(
  'Place',
  'A public place: everything its page shows a resident, but its photos and next sessions.',
  z.object({
    slug: z.string(),
    name: z.string(),
    kinds: z.array(z.string()),
    carrier: z.object({ name: z.string(), legalForm: nullableText }).nullable(),
    address: z
      .object({ street: nullableText, complement: nullableText, postalCode: nullableText })
      .nullable(),
    commune: nullableText,
    departement: z.object({ code: z.string(), name: z.string() }).nullable(),
    coordinates: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
    isQpv: z.boolean().describe('In a quartier prioritaire de la politique de la ville.'),
    isRural: z.boolean(),
    itinerance: z.array(z.string()),
    contact: z.object({
      phone: nullableText,
      email: nullableText,
      website: nullableText,
      bookingUrl: nullableText,
    }),
    summary: nullableText,
    description: nullableText,
    services: z.array(z.string()),
    publics: z.array(z.string()),
    specificSupport: z.array(z.string()),
    fees: z.array(z.string()),
    accessModes: z.array(z.string()),
    supportModes: z.array(z.string()),
    nationalProgrammes: z.array(z.string()),
    accessibility: z.object({ notes: nullableText, accesLibreUrl: nullableText }),
    labels: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        grantedOn: day,
        endsOn: day.nullable(),
        wave: nullableText,
        current: z.boolean(),
      }),
    ),
    openingHours: z
      .object({
        raw: z.string().describe('OpenStreetMap `opening_hours` syntax.'),
        openNow: z.boolean().nullable(),
      })
      .nullable(),
    isFabrique: z.boolean().describe('Holds the Fabrique de territoire label today.'),
    fabrique: placeLinkSchema.nullable().describe('The fabrique whose hub this place belongs to.'),
    hubPlaces: z.array(placeLinkSchema).describe('For a fabrique: the public places of its hub.'),
    toolCount: z.number().int().min(0).describe('Its public tools: `/api/v1/tools` lists them.'),
    updatedOn: day,
  }),
);
export type Place = z.infer<typeof placeSchema>;

export const placeSessionsSchema = named(
  'PlaceSessions',
  'The upcoming sessions anyone may book at a place (at most 100), in time order.',
  z.object({
    place: placeLinkSchema,
    items: z.array(
      z.object({
        id: z.uuid().describe('Its page, where it is booked: `/seances/{id}`.'),
        title: z.string(),
        startsAt: instant,
        endsAt: instant,
        capacity: z.number().int().min(0),
        seatsLeft: z.number().int().min(0).describe('0 when full: a booking joins the waitlist.'),
      }),
    ),
  }),
);
export type PlaceSessions = z.infer<typeof placeSessionsSchema>;

export const sessionSchema = named(
  'Session',
  'A session of a workshop or a training. Its page, where it is booked: `/seances/{id}`.',
  z.object({
    id: z.uuid(),
    title: z.string(),
    kind: z.enum(['workshop', 'training']),
    format: z.enum(['on_site', 'remote', 'hybrid']),
    level: z.enum(['debutant', 'intermediaire', 'avance']).nullable(),
    themes: z.array(z.string()).describe('Thematiques of the national vocabulary.'),
    free: z.boolean(),
    place: z.object({ slug: z.string(), name: z.string(), commune: nullableText }),
    day: day.describe('The day it starts on, Europe/Paris.'),
    startsAt: instant,
    endsAt: instant,
    capacity: z.number().int().min(0),
    seatsLeft: z.number().int().min(0).describe('0 when full: a booking joins the waitlist.'),
    distanceKm: z.number().nullable(),
  }),
);

export const sessionsPageSchema = named(
  'SessionsPage',
  'One page of the catalogue: sessions by day (each day nearest first with `pres`), then time.',
  z.object({
    ...pageFields,
    range: z.object({ from: day, to: day }).describe('The days searched, both included.'),
    near: nearSchema,
    items: z.array(sessionSchema),
  }),
);
export type SessionsPage = z.infer<typeof sessionsPageSchema>;

export const toolSchema = named(
  'Tool',
  'A tool a place shares (a 3D printer, a laptop to lend…). Its page: `/outils/{id}`.',
  z.object({
    id: z.uuid(),
    name: z.string(),
    category: nullableText,
    usage: z.enum(['on_site', 'lendable']).describe('Used at the place, or lent to other places.'),
    depositCents: z.number().int().nullable(),
    outOfService: z.boolean(),
    requiresTraining: z.boolean(),
    place: z.object({ slug: z.string(), name: z.string(), commune: nullableText }),
    distanceKm: z.number().nullable(),
    photoUrl: nullableText,
  }),
);

export const toolsPageSchema = named(
  'ToolsPage',
  'One page of the shared tools.',
  z.object({
    total: pageFields.total,
    page: pageFields.page,
    pageCount: pageFields.pageCount,
    nearCommune: nullableText.describe('The commune of `pres`, when understood.'),
    items: z.array(toolSchema),
  }),
);
export type ToolsPage = z.infer<typeof toolsPageSchema>;

export const resourceSchema = named(
  'Resource',
  'A resource of the library: a link, or a file to download.',
  z.object({
    id: z.uuid(),
    title: z.string(),
    description: nullableText,
    kind: z.enum(['guide', 'kit', 'template', 'other']),
    licence: nullableText,
    themes: z.array(z.string()),
    audience: nullableText,
    placeName: z.string(),
    href: z.string().describe('The link, or where the file is downloaded.'),
    file: z.object({ mimeType: z.string(), sizeBytes: z.number().int().min(0) }).nullable(),
  }),
);

export const resourcesSchema = named(
  'Resources',
  'Every public resource matching.',
  z.object({ total: z.number().int().min(0), items: z.array(resourceSchema) }),
);
export type Resources = z.infer<typeof resourcesSchema>;

export const activityRowSchema = named(
  'ActivityFigure',
  'Participants of one quarter at one level, in total or for one modality of a dimension: the rows of ' +
    '`/donnees/activite.csv`, with the same statistical secrecy.',
  z.object({
    trimestre: z.string().describe('e.g. `2026-T1`.'),
    niveau: z.enum(['reseau', 'departement', 'lieu']),
    codeDepartement: z.string(),
    departement: z.string(),
    idLieu: z.string(),
    lieu: z.string(),
    dimension: z.string().describe('`total`, `tranche_age`, `genre`, `statut_social` or `thematique`.'),
    modalite: z.string().describe('A code of the national vocabularies; empty for the total.'),
    participants: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe('Null when hidden by the statistical secrecy; an absent row is 0.'),
  }),
);

export const activitySchema = named(
  'Activity',
  'The anonymised activity of the network by quarter: validated reports of public places only.',
  z.object({ items: z.array(activityRowSchema) }),
);
export type Activity = z.infer<typeof activitySchema>;

// The pages' DTOs, as the API publishes them.

export function toPlacesPage(dto: DirectorySearchDto): PlacesPage {
  return {
    total: dto.total,
    page: dto.page,
    pageCount: dto.pageCount,
    pageSize: dto.pageSize,
    near: dto.near,
    items: dto.places,
  };
}

export function toPlace(dto: PlacePageDto): Place {
  return {
    slug: dto.slug,
    name: dto.name,
    kinds: dto.kinds,
    carrier: dto.carrier,
    address: dto.address,
    commune: dto.commune,
    departement: dto.departement,
    coordinates: dto.coordinates,
    isQpv: dto.isQpv,
    isRural: dto.isRural,
    itinerance: dto.itinerance,
    contact: dto.contact,
    summary: dto.summary,
    description: dto.description,
    services: dto.services,
    publics: dto.publics,
    specificSupport: dto.specificSupport,
    fees: dto.fees,
    accessModes: dto.accessModes,
    supportModes: dto.supportModes,
    nationalProgrammes: dto.nationalProgrammes,
    accessibility: dto.accessibility,
    labels: dto.labels,
    openingHours: dto.openingHours && { raw: dto.openingHours.raw, openNow: dto.openingHours.openNow },
    isFabrique: dto.isFabrique,
    fabrique: dto.fabrique,
    hubPlaces: dto.hubPlaces,
    toolCount: dto.toolCount,
    updatedOn: dto.updatedOn,
  };
}

export function toSessionsPage(dto: CatalogueSearchDto): SessionsPage {
  return {
    total: dto.total,
    page: dto.page,
    pageCount: dto.pageCount,
    pageSize: dto.pageSize,
    range: dto.range,
    near: dto.near,
    items: dto.days.flatMap(({ day, sessions }) =>
      sessions.map((s) => ({
        id: s.id,
        title: s.title,
        kind: s.kind,
        format: s.format,
        level: s.level,
        themes: s.themes,
        free: s.free,
        place: { slug: s.placeSlug, name: s.placeName, commune: s.commune },
        day,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        capacity: s.capacity,
        seatsLeft: s.seatsLeft,
        distanceKm: s.distanceKm,
      })),
    ),
  };
}

export function toToolsPage(dto: ToolCatalogueDto): ToolsPage {
  return {
    total: dto.total,
    page: dto.page,
    pageCount: dto.pageCount,
    nearCommune: dto.nearCommune,
    items: dto.tools.map((t) => ({
      id: t.id,
      name: t.name,
      category: t.category,
      usage: t.usage,
      depositCents: t.depositCents,
      outOfService: t.outOfService,
      requiresTraining: t.requiresTraining,
      place: { slug: t.placeSlug, name: t.placeName, commune: t.commune },
      distanceKm: t.distanceKm,
      photoUrl: t.photoUrl,
    })),
  };
}

export function toResources(dto: ResourceDto[]): Resources {
  return { total: dto.length, items: dto };
}

export function toActivity(rows: OpenDataRow[]): Activity {
  return { items: rows };
}
