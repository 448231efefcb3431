import { Alert, Button } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { BOOK_ANYWAY, type LandlineNotice } from './landline.ts';

// The booking and appointment forms' answer to a landline with no e-mail (landline.ts): the warning
// above the form, and a second submit button inside it that books all the same. No JavaScript needed.

export function LandlineWarning({ landline }: { landline: LandlineNotice }) {
  const t = useT();
  return (
    <Alert kind="warning" title={t('booking.landline.title')}>
      <p>{t('booking.landline.body', { phone: landline.national })}</p>
    </Alert>
  );
}

/** After the form's own submit button: Enter in a field still submits that one, with the check again. */
export function BookAnywayButton({ landline }: { landline: LandlineNotice }) {
  const t = useT();
  return (
    <Button type="submit" name={BOOK_ANYWAY} value={landline.e164} variant="secondary" block>
      {t('booking.landline.book_anyway')}
    </Button>
  );
}
