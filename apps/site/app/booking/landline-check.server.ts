import { landlineOnly } from '@rf/domain/contact/phone';
import { type FormFailure, formValues } from '@rf/web/forms';
import { BOOK_ANYWAY, type LandlineNotice } from './landline.ts';

/** The form again with the landline warning, unless an e-mail or a mobile was given, or it was confirmed. */
export function landlineCheck(
  contact: { email?: string | null | undefined; phone?: string | null | undefined },
  formData: FormData,
): (FormFailure & { landline: LandlineNotice }) | null {
  const phone = landlineOnly({ email: contact.email ?? null, phone: contact.phone ?? null });
  if (!phone || formData.get(BOOK_ANYWAY) === phone.e164) return null;
  return {
    ok: false,
    formError: null,
    fieldErrors: {},
    values: formValues(formData),
    landline: { e164: phone.e164, national: phone.national },
  };
}
