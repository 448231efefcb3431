import { shiftMonth } from '@rf/domain/sharing/month';
import { requestLoanInput, reservationFormInput } from '@rf/domain/sharing/sharing.schema';
import { monthSchema } from '@rf/domain/sharing/tool-calendar';
import type { I18nHandle } from '@rf/i18n/core';
import { Alert, ButtonLink, DescriptionList, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { signInPath } from '@rf/web/safe-redirect';
import { currentViewer, orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { ToolCalendar } from '../sharing/tool-calendar';
import { LoanRequestForm, ReservationForm } from '../sharing/tool-forms.tsx';
import type { Route } from './+types/tool';

// A tool's page: what it is, where, its conditions, when it is already taken, and — for a member of
// another place — a form to ask to borrow it (posts to the action; works without JavaScript).

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const signedIn = Boolean(await currentViewer(request));
  const asked = monthSchema.safeParse(new URL(request.url).searchParams.get('mois'));
  // An unknown tool says so in the page's words (404); an outage is the "try again" page (503).
  const page = await orNotFound(
    api.sharing.tool({ id: params.id, month: asked.success ? asked.data : undefined }),
  );
  if (!page) {
    const meta = metaOf(t, { title: 'sharing.tool.not_found_title' });
    return data({ page: null, signedIn, meta }, { status: 404, headers });
  }
  const meta = metaOf(t, { title: ['sharing.tool.meta_title', { name: page.tool.name }] });
  return data({ page, signedIn, meta }, { headers });
});

/**
 * The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). Its
 * messages (decision 049): the tool page's, and the two words of its conditions it shares with the catalogue.
 */
export const handle = {
  cache: 'public',
  i18n: ['sharingTool', 'sharing.usage.on_site', 'sharing.usage.lendable'],
} as const satisfies I18nHandle;

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  formData.set('toolId', params.id);
  const intent = formIntent(formData, ['reserve']) ?? 'loan';
  const { api, headers } = await requestScope(request);
  try {
    if (intent === 'reserve') {
      const parsed = parseForm(reservationFormInput, formData);
      if (!parsed.ok) return data({ ...parsed, intent }, { status: 400, headers });
      await api.sharing.reserve(parsed.data);
    } else {
      const parsed = parseForm(requestLoanInput, formData);
      if (!parsed.ok) return data({ ...parsed, intent }, { status: 400, headers });
      await api.sharing.requestLoan(parsed.data);
    }
    return data({ ok: true as const, intent }, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, { intent });
  }
});

export default function Tool({ loaderData, actionData, params }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { euros } = format;
  const { page, signedIn } = loaderData;
  if (!page) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t('sharing.tool.not_found_title')} lead={t('sharing.tool.not_found_body')} />
        <ButtonLink href="/outils">{t('sharing.tool.back')}</ButtonLink>
      </div>
    );
  }
  const { tool, busy, borrowerPlaces } = page;
  const failed = actionData && actionData.ok === false ? actionData : null;
  const loanFailure = failed?.intent === 'loan' ? failed : null;
  const reserveFailure = failed?.intent === 'reserve' ? failed : null;
  const sent = actionData?.ok === true && actionData.intent === 'loan';
  const reserved = actionData?.ok === true && actionData.intent === 'reserve';
  const place = tool.commune ? `${tool.placeName}, ${tool.commune}` : tool.placeName;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={tool.name} lead={tool.description ?? undefined} />
      {tool.photoUrl ? (
        <img
          src={tool.photoUrl}
          srcSet={tool.photoSrcSet ?? undefined}
          sizes="(max-width: 32rem) 100vw, 32rem"
          alt={tool.photoAltText ?? ''}
          decoding="async"
          style={{ width: '32rem', maxWidth: '100%', height: 'auto' }}
        />
      ) : null}
      <section aria-labelledby="infos">
        <h2 id="infos">{t('sharing.tool.details')}</h2>
        <DescriptionList
          items={[
            { term: t('sharing.tool.place'), description: <a href={`/lieux/${tool.placeSlug}`}>{place}</a> },
            ...(tool.category ? [{ term: t('sharing.tool.category'), description: tool.category }] : []),
            { term: t('sharing.tool.usage'), description: t(`sharing.usage.${tool.usage}`) },
            {
              term: t('sharing.tool.deposit'),
              description:
                tool.depositCents !== null ? euros(tool.depositCents) : t('sharing.tool.no_deposit'),
            },
            ...(tool.condition ? [{ term: t('sharing.tool.condition'), description: tool.condition }] : []),
            ...(tool.requiredTrainingTitle
              ? [{ term: t('sharing.tool.training'), description: tool.requiredTrainingTitle }]
              : []),
          ]}
        />
      </section>
      <section aria-labelledby="disponibilite">
        <h2 id="disponibilite">{t('sharing.tool.busy_title')}</h2>
        <p>{t('sharing.tool.busy_lead')}</p>
        <ToolCalendar
          month={page.month}
          calendar={page.calendar}
          previous={shiftMonth(page.month, -1)}
          next={shiftMonth(page.month, 1)}
        />
        {busy.length === 0 ? (
          <p>{t('sharing.tool.busy_none')}</p>
        ) : (
          <ul>
            {busy.map((period) => (
              <li key={`${period.startsAt}-${period.kind}`}>
                {t('sharing.tool.busy_item', {
                  from: format.shortDateTime(period.startsAt),
                  to: format.shortDateTime(period.endsAt),
                })}{' '}
                ({t(`sharing.tool.busy_kind.${period.kind}`)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="emprunter">
        <h2 id="emprunter">{t('sharing.tool.request_title')}</h2>
        {tool.usage !== 'lendable' ? (
          <p>{t('sharing.tool.not_lendable')}</p>
        ) : sent ? (
          <Alert kind="success" title={t('sharing.tool.request_sent_title')}>
            <p>{t('sharing.tool.request_sent_body', { place: tool.placeName })}</p>
            <p>
              <a href="/espace/prets">{t('sharing.tool.request_follow')}</a>
            </p>
          </Alert>
        ) : borrowerPlaces.length > 0 ? (
          <>
            <p>{t('sharing.tool.request_lead', { place: tool.placeName })}</p>
            <LoanRequestForm places={borrowerPlaces} failure={loanFailure} />
          </>
        ) : !signedIn ? (
          <p>
            {t('sharing.tool.request_sign_in')}{' '}
            <a href={signInPath(`/outils/${params.id}`)}>{t('sharing.tool.request_sign_in_link')}</a>
          </p>
        ) : null}
      </section>
      {signedIn && !tool.outOfService ? (
        <section aria-labelledby="reserver">
          <h2 id="reserver">{t('sharing.tool.reserve_title')}</h2>
          {reserved ? (
            <Alert kind="success" title={t('sharing.tool.reserved_title')} headingLevel={3} />
          ) : (
            <>
              <p>{t('sharing.tool.reserve_lead', { place: tool.placeName })}</p>
              <ReservationForm failure={reserveFailure} training={tool.requiredTrainingTitle} />
            </>
          )}
        </section>
      ) : null}
      <p>
        <a href="/outils">{t('sharing.tool.back')}</a>
      </p>
    </div>
  );
}
