// The platform's own codes (roles, statuses, kinds): the same values as the database enums, which a test
// in @rf/db compares with these lists.
import type { NetworkRole, PlaceRole } from '../identity/roles.ts';

export const NETWORK_ROLES = ['network_admin', 'observer'] as const satisfies readonly NetworkRole[];
export const PLACE_ROLES = ['member', 'manager'] as const satisfies readonly PlaceRole[];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Places, tools and resources. */
export const PUBLICATION_STATUSES = ['draft', 'published', 'archived'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const ACTIVITY_KINDS = ['workshop', 'training'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_FORMATS = ['on_site', 'remote', 'hybrid'] as const;
export type ActivityFormat = (typeof ACTIVITY_FORMATS)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const BOOKING_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const APPOINTMENT_STATUSES = ['booked', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const TOOL_USAGES = ['on_site', 'lendable'] as const;
export type ToolUsage = (typeof TOOL_USAGES)[number];

export const RESERVATION_STATUSES = ['active', 'cancelled'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export const LOAN_STATUSES = [
  'requested',
  'approved',
  'declined',
  'handed_over',
  'returned',
  'cancelled',
] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

export const RESOURCE_KINDS = ['guide', 'kit', 'template', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const REPORT_PERIODS = ['quarter', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export const REPORT_STATUSES = ['draft', 'submitted', 'sent_back', 'validated'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const WAVE_STATUSES = ['draft', 'open', 'closed'] as const;
export type WaveStatus = (typeof WAVE_STATUSES)[number];

export const AGREEMENT_STATUSES = ['draft', 'signed', 'closed'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const DISBURSEMENT_STATUSES = ['planned', 'paid'] as const;
export type DisbursementStatus = (typeof DISBURSEMENT_STATUSES)[number];

/** Labels the programme's rules refer to (network admins may add others). */
export const FABRIQUE_LABEL_CODES = ['fabrique_territoire', 'fabrique_numerique_territoire'] as const;
export const PROGRAMME_LABEL_CODES = [
  ...FABRIQUE_LABEL_CODES,
  'france_services',
  'campus_connecte',
  'micro_folie',
  'manufacture_de_proximite',
] as const;
export type ProgrammeLabelCode = (typeof PROGRAMME_LABEL_CODES)[number];
