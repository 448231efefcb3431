// Individual appointments with a médiateur, with the codes of the public booking services.

export const APPOINTMENT_MODALITIES = ['sur_place', 'telephone', 'domicile', 'visio'] as const;
export type AppointmentModality = (typeof APPOINTMENT_MODALITIES)[number];

export const ATTENDANCES = ['seen', 'excused', 'revoked', 'noshow'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const WHO_MAY_BOOK = ['agents', 'agents_and_prescribers', 'everyone'] as const;
export type WhoMayBook = (typeof WHO_MAY_BOOK)[number];

/** Appointment slot lengths a médiateur may offer, in minutes. */
export const SLOT_MINUTES = [30, 45, 60] as const;
export type SlotMinutes = (typeof SLOT_MINUTES)[number];
