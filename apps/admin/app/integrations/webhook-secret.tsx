import { Button } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { Form } from 'react-router';

/** What the subscription's page knows of its secret (`webhooks.get`). */
export interface WebhookSecretView {
  secret: string;
  secretFingerprint: string;
  previousSecretExpiresAt: string | null;
}

/**
 * The secret section of a subscription's page (decision 061 and its amendment): the secret in the clear
 * right after creation or a change (`shown`; the page says why at its top), behind "Afficher le secret"
 * otherwise; until when the previous secret is still accepted after a change; "Changer le secret", a plain
 * form post that carries the fingerprint of the secret shown, so a second click (or a stale tab) changes
 * nothing more; and how a receiver verifies a delivery.
 */
export function WebhookSecretSection({
  subscription,
  shown,
}: {
  subscription: WebhookSecretView;
  shown: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const secret = <code data-testid="webhook-secret">{subscription.secret}</code>;
  const until = subscription.previousSecretExpiresAt
    ? format.dateTime(subscription.previousSecretExpiresAt)
    : null;
  return (
    <>
      <h2 id="secret">{t('webhooks.secret')}</h2>
      {shown ? (
        <p>{secret}</p>
      ) : (
        <details>
          <summary>{t('webhooks.secret_show')}</summary>
          <p>{secret}</p>
        </details>
      )}
      {until ? <p>{t('webhooks.previous_secret_until', { date: until })}</p> : null}
      <Form method="post">
        <input type="hidden" name="intent" value="rotate" />
        <input type="hidden" name="fingerprint" value={subscription.secretFingerprint} />
        <p>{t('webhooks.rotate_hint')}</p>
        <Button type="submit" variant="secondary">
          {t('webhooks.rotate')}
        </Button>
      </Form>
      <h3>{t('webhooks.signature_title')}</h3>
      <p>{t('webhooks.signature_body')}</p>
    </>
  );
}
