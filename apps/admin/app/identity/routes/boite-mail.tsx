import { ButtonLink, Card, DescriptionList, EmptyState, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { hasRole, requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { Fragment } from 'react';
import { data } from 'react-router';
import type { Route } from './+types/boite-mail';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const viewer = await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  // The development mailbox is the network admins' (the procedures' guard); others are told so here.
  if (!hasRole(viewer, 'network_admin'))
    return data(
      {
        kind: 'forbidden' as const,
        meta: metaOf(t, { title: ['admin.meta_title', { page: t('errors.forbidden') }] }),
      },
      { status: 403, headers },
    );
  const [messages, sms] = await Promise.all([api.network.mailbox(), api.network.smsMailbox()]);
  return data(
    {
      kind: 'mailbox' as const,
      messages,
      sms,
      meta: metaOf(t, { title: ['admin.meta_title', { page: t('admin.nav.mailbox') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

// Links in a plain-text e-mail: http(s) up to the next space; a closing punctuation mark stays outside.
const LINK = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]])/g;

/** A plain-text body as paragraphs, with its links made clickable (the text itself is never HTML). */
function MailBody({ text }: { text: string }) {
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((paragraph, p) => (
        <p key={p}>
          {paragraph.split('\n').map((line, l) => (
            <Fragment key={l}>
              {l > 0 ? <br /> : null}
              {line.split(LINK).map((part, i) =>
                i % 2 === 1 ? (
                  <a key={i} href={part}>
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}

export default function Mailbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  if (loaderData.kind === 'forbidden') {
    return (
      <>
        <PageHeader title={t('errors.forbidden')} />
        <ButtonLink href="/">{t('nav.back_home')}</ButtonLink>
      </>
    );
  }
  const { messages, sms } = loaderData;
  return (
    <>
      <PageHeader title={t('admin.nav.mailbox')} lead={t('admin.mailbox.lead')} />
      {messages.length === 0 ? (
        <EmptyState title={t('admin.mailbox.empty_title')}>
          <p>{t('admin.mailbox.empty_body')}</p>
        </EmptyState>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '1.5rem' }}>
          {messages.map((message) => (
            <Card key={message.id} as="li" headingLevel={2} title={message.subject}>
              <DescriptionList
                layout="columns"
                items={[
                  {
                    key: 'received',
                    term: t('admin.mailbox.received'),
                    description: (
                      <time dateTime={message.receivedAt}>{format.dateTime(message.receivedAt)}</time>
                    ),
                  },
                  { key: 'to', term: t('admin.mailbox.to'), description: message.to },
                  ...(message.attachments.length > 0
                    ? [
                        {
                          key: 'attachments',
                          term: t('admin.mailbox.attachments'),
                          description: message.attachments.join(', '),
                        },
                      ]
                    : []),
                ]}
              />
              <MailBody text={message.text} />
            </Card>
          ))}
        </ol>
      )}
      <section aria-labelledby="sms" style={{ marginTop: '2rem' }}>
        <h2 id="sms">{t('admin.mailbox.sms_title')}</h2>
        <p>{t('admin.mailbox.sms_lead')}</p>
        {sms.length === 0 ? (
          <p>{t('admin.mailbox.sms_empty')}</p>
        ) : (
          <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '1rem' }}>
            {sms.map((message) => (
              <Card
                key={message.id}
                as="li"
                headingLevel={3}
                title={t('admin.mailbox.sms_to', { to: message.to })}
              >
                <p>
                  <time dateTime={message.receivedAt}>{format.dateTime(message.receivedAt)}</time>
                </p>
                <MailBody text={message.text} />
              </Card>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
