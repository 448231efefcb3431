// What the catalogue procedures return: plain data shaped for the pages, never database rows.
import type { CatalogueSearch } from '@rf/domain/booking/catalogue-search';

export interface CatalogueSessionDto {
  id: string;
  title: string;
  kind: 'workshop' | 'training';
  format: 'on_site' | 'remote' | 'hybrid';
  level: 'debutant' | 'intermediaire' | 'avance' | null;
  themes: string[];
  free: boolean;
  placeName: string;
  placeSlug: string;
  commune: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** 0 when full: booking then joins the waitlist. */
  seatsLeft: number;
  /** Kilometres from the commune searched, to one decimal; null without one or without coordinates. */
  distanceKm: number | null;
}

export interface CatalogueDayDto {
  /** Paris calendar day (YYYY-MM-DD). */
  day: string;
  sessions: CatalogueSessionDto[];
}

export interface CatalogueSearchDto {
  search: CatalogueSearch;
  /** The Paris days searched, both included (the defaults filled in). */
  range: { from: string; to: string };
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** This page's sessions grouped by day, in order. */
  days: CatalogueDayDto[];
  near: { status: 'none' } | { status: 'found'; commune: string } | { status: 'unknown'; query: string };
}

export interface CatalogueFacetsDto {
  themes: string[];
}

export interface NetworkFeedDto {
  departement: string | null;
  /** The RFC 5545 calendar, ready to send. */
  ics: string;
  /** Its latest change (for Last-Modified); null when empty. */
  lastModified: string | null;
}

export interface PlaceFeedDto {
  slug: string;
  name: string;
  /** The RFC 5545 calendar, ready to send. */
  ics: string;
  /** Its latest change (for Last-Modified); null when empty. */
  lastModified: string | null;
}
