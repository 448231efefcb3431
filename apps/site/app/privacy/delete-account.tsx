import { Alert, Button } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// Deleting one's account (docs/decisions/034) from the member space: a first post asks for confirmation,
// the second deletes. A refusal (the last manager of a place, the last network admin) is said in the
// catalogue's words, the reason kept as a short code in the action's answer.

export const REFUSALS = {
  'errors.last_place_manager': 'privacy.account.refused.last_place_manager',
  'errors.last_network_admin': 'privacy.account.refused.last_network_admin',
  other: 'privacy.account.refused.other',
} as const;

export type AccountRefusal = keyof typeof REFUSALS;

export function DeleteAccount({
  confirmingDelete,
  refusal,
}: {
  confirmingDelete: boolean;
  refusal: AccountRefusal | null;
}) {
  const t = useT();
  return (
    <section aria-labelledby="supprimer-mon-compte">
      <h2 id="supprimer-mon-compte">
        {t(confirmingDelete ? 'privacy.account.confirm_title' : 'privacy.account.title')}
      </h2>
      {refusal ? <Alert kind="error" title={t(REFUSALS[refusal])} /> : null}
      <p>{t(confirmingDelete ? 'privacy.account.confirm_body' : 'privacy.account.lead')}</p>
      <Form method="post">
        <input
          type="hidden"
          name="intent"
          value={confirmingDelete ? 'delete_account_confirmed' : 'delete_account'}
        />
        <Button type="submit" variant={confirmingDelete ? 'danger' : 'secondary'}>
          {t(confirmingDelete ? 'privacy.account.confirm_button' : 'privacy.account.button')}
        </Button>
      </Form>
      {confirmingDelete ? (
        <p>
          <a href="/espace">{t('privacy.account.keep')}</a>
        </p>
      ) : null}
    </section>
  );
}
