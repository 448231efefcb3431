// What the sharing procedures return: plain data shaped for the pages.
import type { QualificationHolder } from '@rf/db/sharing/qualifications.repository';
import type { BusyPeriod, InventoryTool, ToolCard, ToolDetails } from '@rf/db/sharing/tools.repository';
import type { LoanAction, LoanStatus } from '@rf/domain/sharing/loan-workflow';
import type { MonthGrid } from '@rf/domain/sharing/tool-calendar';

export type { BusyPeriod, InventoryTool, QualificationHolder, ToolCard, ToolDetails };

export interface ToolQualificationsDto {
  tool: { id: string; name: string; placeName: string; training: string | null };
  holders: QualificationHolder[];
}

/** Where a tool's photo is served from (the storage's public address), when it has one. */
export type WithPhotoUrl<T> = T & { photoUrl: string | null; photoSrcSet: string | null };

export interface ToolCatalogueDto {
  tools: WithPhotoUrl<ToolCard>[];
  /** How many tools match in all, the page shown and how many pages there are. */
  total: number;
  page: number;
  pageCount: number;
  categories: readonly string[];
  places: readonly { readonly id: string; readonly name: string }[];
  /** The commune the distance is measured from, when `pres` was understood. */
  nearCommune: string | null;
}

export interface ToolPageDto {
  tool: WithPhotoUrl<ToolDetails>;
  /** The month the calendar shows (YYYY-MM, Paris). */
  month: string;
  calendar: MonthGrid;
  /** Reserved or lent periods of that month (no names). */
  busy: BusyPeriod[];
  /** The viewer's places that may ask to borrow this tool (their team, another place); empty if none. */
  borrowerPlaces: { id: string; name: string }[];
}

export interface LoanDto {
  id: string;
  toolId: string;
  toolName: string;
  lenderPlaceName: string | null;
  borrowerPlaceName: string | null;
  status: LoanStatus;
  from: string;
  to: string;
  notes: string | null;
  conditionOut: string | null;
  conditionIn: string | null;
  requestedByName: string | null;
  createdAt: string;
  /** The viewer acts as the lending place (its managers, network admins) or the borrowing place. */
  side: 'lender' | 'borrower';
  actions: LoanAction[];
}

export interface LoanEventDto {
  fromStatus: LoanStatus | null;
  toStatus: LoanStatus;
  actorName: string | null;
  note: string | null;
  at: string;
}

export interface InventoryDto {
  places: { id: string; name: string }[];
  tools: InventoryTool[];
  /** The trainings of those places, which a tool may require. */
  trainings: { id: string; placeId: string; title: string }[];
}

export interface ResourceDto {
  id: string;
  title: string;
  description: string | null;
  kind: 'guide' | 'kit' | 'template' | 'other';
  licence: string | null;
  themes: string[];
  audience: string | null;
  placeName: string;
  /** The link, or where the stored file is downloaded. */
  href: string;
  file: { mimeType: string; sizeBytes: number } | null;
}

/** A resource of the viewer's places, in the console's list. */
export interface PlaceResourceDto extends ResourceDto {
  status: 'draft' | 'published' | 'archived';
  /** The viewer manages its place (or is a network admin): they may edit and delete it. */
  editable: boolean;
}

/** A resource in its edit form. */
export interface EditableResourceDto extends ResourceDto {
  status: 'draft' | 'published' | 'archived';
  /** The link, when the resource is one (a file's address is not editable). */
  url: string | null;
}
