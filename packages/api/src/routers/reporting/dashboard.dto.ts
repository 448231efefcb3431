import type { Dashboard } from '@rf/domain/reporting/dashboard';
import type { PublishedDashboard } from '@rf/domain/reporting/publication';

/** A live share link of the dashboard shown (its token is shown once, when created). */
export interface ShareLinkDto {
  id: string;
  from: string;
  to: string;
  createdAt: string;
  expiresAt: string;
}

export interface DashboardDto {
  /** Raw for network admins and the scope's managers; published (decision 038) for everyone else. */
  dashboard: Dashboard | PublishedDashboard;
  /** Whether the viewer may share this dashboard by a public link, and the live links if so. */
  canShare: boolean;
  shareLinks: ShareLinkDto[];
  /** Published figures: validated quarters only, with the statistical secrecy. */
  validatedOnly: boolean;
}

export interface DashboardOptionDto {
  value: string;
  label: string;
}

/** What the scope picker offers the viewer. */
export interface DashboardOptionsDto {
  kinds: Dashboard['scope']['kind'][];
  regions: DashboardOptionDto[];
  departements: DashboardOptionDto[];
  hubs: DashboardOptionDto[];
  places: DashboardOptionDto[];
}
