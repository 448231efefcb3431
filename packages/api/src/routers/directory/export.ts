import { listExportPlaces } from '@rf/db/directory/public-directory.repository';
import { type StandardRecord, toStandardRecord } from '@rf/domain/directory/standard-export';
import { publicProcedure } from '../../trpc.ts';

/**
 * Every public place in the national standard "lieux de médiation numérique" (schema v1.0.2), for the
 * open-data files `/donnees/lieux.csv` and `/donnees/lieux.json`.
 */
export const exportPlaces = publicProcedure.query(async ({ ctx }): Promise<StandardRecord[]> => {
  const rows = await listExportPlaces(ctx.tx);
  return rows.flatMap((p) =>
    // A published place always has these (a database check); the guard keeps the type honest.
    p.commune && p.postalCode && p.address
      ? [
          toStandardRecord({
            id: p.id,
            pivot: p.pivot,
            name: p.name,
            commune: p.commune,
            postalCode: p.postalCode,
            communeCode: p.communeCode,
            address: p.address,
            addressComplement: p.addressComplement,
            latitude: p.latitude,
            longitude: p.longitude,
            kinds: p.kinds,
            phone: p.phone,
            email: p.email,
            website: p.website,
            openingHours: p.openingHours,
            summary: p.summary,
            description: p.description,
            source: p.source,
            itinerance: p.itinerance,
            carrierName: p.carrierName,
            dateMaj: p.dateMaj,
            services: p.services,
            publics: p.publics,
            specificSupport: p.specificSupport,
            fees: p.fees,
            nationalProgrammes: p.nationalProgrammes,
            fabrique: p.isFabrique,
            otherLabels: p.otherLabels,
            accessModes: p.accessModes,
            supportModes: p.supportModes,
            accesLibreUrl: p.accesLibreUrl,
            bookingUrl: p.bookingUrl,
          }),
        ]
      : [],
  );
});
