import { listPublicUpcomingSessions } from '@rf/db/catalogue/upcoming-sessions.repository';
import { findMergedPlaceSlug } from '@rf/db/directory/place-merge.repository';
import { listPlacePhotos } from '@rf/db/directory/place-photos.repository';
import {
  findPublicPlaceBySlug,
  findPublicPlaceLink,
  listPlaceLabelGrants,
  listPublicHubPlaces,
} from '@rf/db/directory/public-directory.repository';
import { searchPublicResources } from '@rf/db/sharing/resources.repository';
import { searchPublicTools } from '@rf/db/sharing/tools.repository';
import { isOpenAt, weekHours } from '@rf/domain/directory/opening-hours';
import { DomainError } from '@rf/domain/errors';
import { photoSources } from '@rf/storage';
import { z } from 'zod';
import { publicProcedure } from '../../trpc.ts';
import { toResourceDto } from '../sharing/sharing.server.ts';
import type { PlacePageDto } from './directory.dto.ts';

const SESSIONS_SHOWN = 5;
/** Tools and resources shown on the page; the rest are one link away in their catalogues. */
const TOOLS_SHOWN = 6;
const RESOURCES_SHOWN = 6;

export const placeInput = z.object({
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
});

/** A photo as the public page shows it (cover first). */
export interface PlacePhotoDto {
  /** The largest rendition (or the one file of a photo stored before decision 035). */
  url: string;
  /** Every rendition with its width, for `srcset`; null for a photo stored as one file. */
  srcSet: string | null;
  altText: string;
}

/** A public place's page: everything a resident needs to go there, what it offers next, its photos. */
export const place = publicProcedure
  .input(placeInput)
  .query(async ({ ctx, input }): Promise<PlacePageDto & { photos: PlacePhotoDto[] }> => {
    const p = await findPublicPlaceBySlug(ctx.tx, input.slug);
    if (!p) throw new DomainError('not_found');
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const [grants, fabrique, hubPlaces, sessions, photos, tools, resources] = [
      await listPlaceLabelGrants(ctx.tx, p.id),
      p.hubFabriqueId ? await findPublicPlaceLink(ctx.tx, p.hubFabriqueId) : null,
      p.isFabrique ? await listPublicHubPlaces(ctx.tx, p.id) : [],
      await listPublicUpcomingSessions(ctx.tx, {
        from: now.toISOString(),
        limit: SESSIONS_SHOWN,
        placeId: p.id,
      }),
      await listPlacePhotos(ctx.tx, p.id),
      await searchPublicTools(ctx.tx, { placeId: p.id, page: 1, pageSize: TOOLS_SHOWN }),
      // One more than shown tells whether the page needs a "see them all" link.
      await searchPublicResources(ctx.tx, { placeId: p.id, limit: RESOURCES_SHOWN + 1 }),
    ];
    return {
      id: p.id,
      slug: p.slug,
      name: p.name,
      kinds: p.kinds,
      carrier: p.carrierName ? { name: p.carrierName, legalForm: p.carrierLegalForm } : null,
      address:
        p.address || p.postalCode
          ? { street: p.address, complement: p.addressComplement, postalCode: p.postalCode }
          : null,
      commune: p.commune,
      departement: p.departement,
      coordinates:
        p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude } : null,
      isQpv: p.isQpv,
      isRural: p.isRural,
      itinerance: p.itinerance,
      contact: { phone: p.phone, email: p.email, website: p.website, bookingUrl: p.bookingUrl },
      summary: p.summary,
      description: p.description,
      services: p.services,
      publics: p.publics,
      specificSupport: p.specificSupport,
      fees: p.fees,
      accessModes: p.accessModes,
      supportModes: p.supportModes,
      nationalProgrammes: p.nationalProgrammes,
      accessibility: { notes: p.accessibilityNotes, accesLibreUrl: p.accesLibreUrl },
      labels: grants.map((g) => ({
        ...g,
        current: g.grantedOn <= today && (g.endsOn === null || g.endsOn >= today),
      })),
      openingHours: p.openingHours
        ? {
            raw: p.openingHours,
            week: weekHours(p.openingHours, now),
            openNow: isOpenAt(p.openingHours, now),
          }
        : null,
      isFabrique: p.isFabrique,
      fabrique,
      hubPlaces,
      upcomingSessions: sessions.map((s) => ({
        id: s.id,
        title: s.title,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
      })),
      tools: tools.tools.map((tool) => ({
        id: tool.id,
        name: tool.name,
        lendable: tool.usage === 'lendable',
        outOfService: tool.outOfService,
      })),
      toolCount: tools.total,
      resources: resources.slice(0, RESOURCES_SHOWN).map((row) => {
        const { id, title, href, file } = toResourceDto(ctx.services.storage, row);
        return { id, title, href, file: file !== null };
      }),
      moreResources: resources.length > RESOURCES_SHOWN,
      updatedOn: p.dateMaj,
      photos: photos.map((photo) => {
        const { src, srcSet } = photoSources(ctx.services.storage, photo.storagePath);
        return { url: src, srcSet, altText: photo.altText };
      }),
    };
  });

/** Where the address of a place merged into another now leads (its public slug), or null. */
export const placeMovedTo = publicProcedure
  .input(placeInput)
  .query(async ({ ctx, input }) => ({ slug: await findMergedPlaceSlug(ctx.tx, input.slug) }));
