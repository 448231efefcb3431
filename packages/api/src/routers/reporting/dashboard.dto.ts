import type { Dashboard } from '@rf/domain/reporting/dashboard';

/** A live share link of the dashboard shown (its token is shown once, when created). */
export interface ShareLinkDto {
  id: string;
  from: string;
  to: string;
  createdAt: string;
  expiresAt: string;
}

export interface DashboardDto {
  dashboard: Dashboard;
  /** Whether the viewer may share this dashboard by a public link, and the live links if so. */
  canShare: boolean;
  shareLinks: ShareLinkDto[];
  /** An observer sees only the months covered by validated reports. */
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
