import { listPublicUpcomingSessions } from '@rf/db/catalogue/upcoming-sessions.repository';
import { countNetwork, listPublicFabriques } from '@rf/db/directory/network-overview.repository';
import { publicProcedure } from '../../trpc.ts';
import type { PublicHomeDto } from './home.dto.ts';

const FABRIQUES_SHOWN = 6;
const SESSIONS_SHOWN = 5;

/** The public site's home: the network in figures, some fabriques, and the next sessions to book. */
export const publicHome = publicProcedure.query(async ({ ctx }): Promise<PublicHomeDto> => {
  const totals = await countNetwork(ctx.tx, 'public');
  const fabriques = await listPublicFabriques(ctx.tx, FABRIQUES_SHOWN);
  const sessions = await listPublicUpcomingSessions(ctx.tx, {
    from: new Date().toISOString(),
    limit: SESSIONS_SHOWN,
  });
  return {
    totals,
    fabriques: fabriques.map(({ slug, name, commune, departement, labels }) => ({
      slug,
      name,
      commune,
      departement,
      labels,
    })),
    upcomingSessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      placeName: s.placeName,
      placeSlug: s.placeSlug,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
    })),
  };
});
