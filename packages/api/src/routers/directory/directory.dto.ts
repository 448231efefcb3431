// What the public directory procedures return: plain data shaped for the pages, never database rows.
import type { DayHours } from '@rf/domain/directory/opening-hours';
import type { DirectorySearch } from '@rf/domain/directory/search';

export interface PlaceCardDto {
  slug: string;
  name: string;
  kinds: string[];
  summary: string | null;
  commune: string | null;
  departementCode: string | null;
  services: string[];
  labels: { code: string; name: string }[];
  /** Kilometres from the point searched around, rounded to 0.1; `null` without one. */
  distanceKm: number | null;
  /** `null` when the place publishes no (readable) opening hours. */
  openNow: boolean | null;
}

export interface DirectorySearchDto {
  search: DirectorySearch;
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  places: PlaceCardDto[];
  /** The commune the distances are measured from; `unknown` when "près de" matched nothing. */
  near: { status: 'none' } | { status: 'found'; commune: string } | { status: 'unknown'; query: string };
}

export interface DirectoryFacetsDto {
  regions: { code: string; name: string }[];
  departements: { code: string; name: string }[];
  labels: { code: string; name: string }[];
  kinds: string[];
}

export interface PlaceLinkDto {
  slug: string;
  name: string;
  commune: string | null;
}

export interface PlacePageDto {
  /** For the catalogues' place filter (`?lieu=`). */
  id: string;
  slug: string;
  name: string;
  kinds: string[];
  carrier: { name: string; legalForm: string | null } | null;
  address: { street: string | null; complement: string | null; postalCode: string | null } | null;
  commune: string | null;
  departement: { code: string; name: string } | null;
  coordinates: { latitude: number; longitude: number } | null;
  isQpv: boolean;
  isRural: boolean;
  itinerance: string[];
  contact: { phone: string | null; email: string | null; website: string | null; bookingUrl: string | null };
  summary: string | null;
  description: string | null;
  services: string[];
  publics: string[];
  specificSupport: string[];
  fees: string[];
  accessModes: string[];
  supportModes: string[];
  nationalProgrammes: string[];
  accessibility: { notes: string | null; accesLibreUrl: string | null };
  labels: {
    code: string;
    name: string;
    grantedOn: string;
    endsOn: string | null;
    wave: string | null;
    current: boolean;
  }[];
  openingHours: { raw: string; week: DayHours[] | null; openNow: boolean | null } | null;
  isFabrique: boolean;
  /** The fabrique whose hub this place belongs to. */
  fabrique: PlaceLinkDto | null;
  /** For a fabrique: the public places of its hub. */
  hubPlaces: PlaceLinkDto[];
  upcomingSessions: { id: string; title: string; startsAt: string; endsAt: string; seatsLeft: number }[];
  /** Its first public tools (`/outils/:id`) and how many it has in all (`/outils?lieu=`). */
  tools: { id: string; name: string; lendable: boolean; outOfService: boolean }[];
  toolCount: number;
  /** Its latest public resources: a link, or a file to download. */
  resources: { id: string; title: string; href: string; file: boolean }[];
  /** It has more than those: the page links to its whole list. */
  moreResources: boolean;
  updatedOn: string;
}
