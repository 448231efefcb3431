import type { FormFailure } from '@rf/web/forms';

// Only mobiles get SMS (decision 040). A booking form that gives a landline and no e-mail would book someone
// nothing ever reaches: the action shows the form again, as typed, saying so, before booking
// (landline-check.server.ts). Asked once per number: "book anyway" posts the number it was shown for, so a
// different number is checked again. What the forms need of it lives here, away from the server code.

/** The submit button that books with the landline all the same; its value is the number it was shown for. */
export const BOOK_ANYWAY = 'bookWithLandline';

export interface LandlineNotice {
  /** What "book anyway" sends back. */
  e164: string;
  /** The number as the person reads it, in the warning. */
  national: string;
}

/** A form shown again for a landline: nothing refused, nothing lost, and the warning. */
export type FormWithLandline = FormFailure & { landline?: LandlineNotice };
