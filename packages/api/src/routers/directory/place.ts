import { findMergedPlaceSlug } from '@rf/db/directory/place-merge.repository';
import { findPublicPlacePage } from '@rf/db/directory/public-place-page.repository';
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
    const now = new Date();
    // One statement for the whole page (issue 15): the place and every list it shows.
    const p = await findPublicPlacePage(ctx.tx, input.slug, {
      sessionsFrom: now.toISOString(),
      sessions: SESSIONS_SHOWN,
      tools: TOOLS_SHOWN,
      // One more than shown tells whether the page needs a "see them all" link.
      resources: RESOURCES_SHOWN + 1,
    });
    if (!p) throw new DomainError('not_found');
    const today = now.toISOString().slice(0, 10);
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
      labels: p.labelGrants.map((g) => ({
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
      fabrique: p.fabrique,
      hubPlaces: p.hubPlaces,
      upcomingSessions: p.upcomingSessions.map((s) => ({
        id: s.id,
        title: s.title,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
      })),
      tools: p.tools.map((tool) => ({
        id: tool.id,
        name: tool.name,
        lendable: tool.usage === 'lendable',
        outOfService: tool.outOfService,
      })),
      toolCount: p.toolCount,
      resources: p.resources.slice(0, RESOURCES_SHOWN).map((row) => {
        const { id, title, href, file } = toResourceDto(ctx.services.storage, row);
        return { id, title, href, file: file !== null };
      }),
      moreResources: p.resources.length > RESOURCES_SHOWN,
      updatedOn: p.dateMaj,
      photos: p.photos.map((photo) => {
        const { src, srcSet } = photoSources(ctx.services.storage, photo.storagePath);
        return { url: src, srcSet, altText: photo.altText };
      }),
    };
  });

/** Where the address of a place merged into another now leads (its public slug), or null. */
export const placeMovedTo = publicProcedure
  .input(placeInput)
  .query(async ({ ctx, input }) => ({ slug: await findMergedPlaceSlug(ctx.tx, input.slug) }));
