// What the sharing procedures return: plain data shaped for the pages.
import type { BusyPeriod, InventoryTool, ToolCard, ToolDetails } from '@rf/db/sharing/tools.repository';
import type { LoanAction, LoanStatus } from '@rf/domain/sharing/loan-workflow';

export type { BusyPeriod, InventoryTool, ToolCard, ToolDetails };

export interface ToolCatalogueDto {
  tools: ToolCard[];
  categories: string[];
  places: { id: string; name: string }[];
  /** The commune the distance is measured from, when `pres` was understood. */
  nearCommune: string | null;
}

export interface ToolPageDto {
  tool: ToolDetails;
  /** Reserved or lent periods in the next weeks (no names). */
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
