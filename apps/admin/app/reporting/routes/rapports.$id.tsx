import { Alert, Badge, Button, PageHeader, TextAreaField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { orNotFound, requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, Link, redirect } from 'react-router';
import { ReportFigures } from '../report-figures.tsx';
import { parseReportForm } from '../report-form.server.ts';
import { periodText, statusText, statusTone } from '../report-labels.ts';
import { ReportHistory, ReportStatusNotice } from '../report-status.tsx';
import type { Route } from './+types/rapports.$id';

const done = {
  save: 'enregistre',
  submit: 'envoye',
  validate: 'valide',
  send_back: 'renvoye',
  reopen: 'rouvert',
} as const;

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  // An unknown report is a 404; an outage is the "try again" page (503), never "not found".
  const report = await orNotFound(api.reporting.getReport({ reportId: params.id }));
  if (!report) throw data(null, { status: 404, headers });
  const search = new URL(request.url).searchParams;
  const notice = (Object.keys(done) as (keyof typeof done)[]).find((k) => search.has(done[k])) ?? null;
  return data(
    {
      report,
      notice,
      meta: metaOf(t, { title: ['reports.meta_title', { page: t('reports.page.meta_title') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

/** Save or submit (manager), validate or send back (network admin): plain form posts, errors by the field. */
export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  const parsed = parseReportForm(params.id, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    if (parsed.intent === 'review') await api.reporting.reviewReport(parsed.input);
    else if (parsed.intent === 'submit') await api.reporting.submitReport(parsed.input);
    else await api.reporting.saveReport(parsed.input);
    const step = parsed.intent === 'review' ? parsed.input.decision : parsed.intent;
    return redirect(`/rapports/${params.id}?${done[step]}`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, { intent: parsed.intent });
  }
});

export default function Report({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { report, notice } = loaderData;
  const period = periodText(t, report.period, report.periodStart);
  const editable = report.actions.includes('save');
  const reviewable = report.actions.includes('validate');
  const reopenable = report.actions.includes('reopen');
  const failure = useFormFailure(actionData);
  const lastDay = new Date(`${report.periodEnd}T12:00:00Z`);
  lastDay.setUTCDate(lastDay.getUTCDate() - 1);
  const someone = t('reports.page.someone');

  return (
    <div className="rf-container rf-stack">
      <p>
        <Link to="/rapports">{t('reports.page.back')}</Link>
      </p>
      <PageHeader
        title={t('reports.page.title', { period, place: report.placeName })}
        lead={t('reports.page.dates', {
          from: format.date(report.periodStart),
          to: format.date(lastDay.toISOString()),
        })}
      />
      <p>
        <Badge tone={statusTone[report.status]}>{statusText(t, report.status)}</Badge>
      </p>
      {notice && !actionData ? <Alert kind="success" title={t(noticeKey[notice])} /> : null}
      {failure.formError ? (
        <Alert
          kind="error"
          title={failure.errors.length > 0 ? t('errors.invalid_input') : failure.formError}
        />
      ) : null}
      <ReportStatusNotice report={report} t={t} when={(iso) => format.dateTime(iso)} someone={someone} />

      {editable ? (
        <Form method="post" noValidate className="rf-stack" aria-labelledby="chiffres">
          <h2 id="chiffres">{t('reports.page.figures')}</h2>
          <p>{t('reports.page.figures_live')}</p>
          <p>{t('reports.page.corrections_hint')}</p>
          <ReportFigures rows={report.rows} editable typed={failure.value} errorOf={failure.errorOf} />
          <TextAreaField
            id="narrative"
            name="narrative"
            label={t('reports.page.narrative')}
            hint={t('reports.page.narrative_hint')}
            rows={8}
            defaultValue={failure.value('narrative', report.narrative ?? '')}
            error={failure.errorOf('narrative')}
          />
          <div className="rf-cluster">
            <Button type="submit" name="intent" value="save" variant="secondary">
              {t('reports.page.save')}
            </Button>
            <Button type="submit" name="intent" value="submit">
              {t('reports.page.submit')}
            </Button>
          </div>
        </Form>
      ) : (
        <section aria-labelledby="chiffres" className="rf-stack">
          <h2 id="chiffres">{t('reports.page.figures')}</h2>
          <ReportFigures
            rows={report.rows}
            editable={false}
            typed={failure.value}
            errorOf={failure.errorOf}
          />
          <h2 id="recit">{t('reports.page.narrative')}</h2>
          {report.narrative ? (
            report.narrative
              .split(/\n\s*\n/)
              .map((paragraph, i) => <p key={`${i}-${paragraph.slice(0, 12)}`}>{paragraph}</p>)
          ) : (
            <p>{t('reports.page.narrative_empty')}</p>
          )}
        </section>
      )}

      {reviewable ? (
        <Form method="post" noValidate className="rf-stack" aria-labelledby="relecture">
          <h2 id="relecture">{t('reports.page.review_title')}</h2>
          <input type="hidden" name="intent" value="review" />
          <TextAreaField
            id="comment"
            name="comment"
            label={t('reports.page.review_comment')}
            hint={t('reports.page.review_comment_hint')}
            rows={4}
            defaultValue={failure.value('comment')}
            error={failure.errorOf('comment')}
          />
          <div className="rf-cluster">
            <Button type="submit" name="decision" value="validate">
              {t('reports.page.validate')}
            </Button>
            <Button type="submit" name="decision" value="send_back" variant="secondary">
              {t('reports.page.send_back')}
            </Button>
          </div>
        </Form>
      ) : null}

      {reopenable ? (
        <Form method="post" noValidate className="rf-stack" aria-labelledby="reouverture">
          <h2 id="reouverture">{t('reports.page.reopen_title')}</h2>
          <p>{t('reports.page.reopen_hint')}</p>
          <input type="hidden" name="intent" value="review" />
          <TextAreaField
            id="comment"
            name="comment"
            label={t('reports.page.reopen_reason')}
            rows={3}
            defaultValue={failure.value('comment')}
            error={failure.errorOf('comment')}
          />
          <div className="rf-cluster">
            <Button type="submit" name="decision" value="reopen" variant="secondary">
              {t('reports.page.reopen')}
            </Button>
          </div>
        </Form>
      ) : null}

      <ReportHistory history={report.history} />
    </div>
  );
}

const noticeKey = {
  save: 'reports.page.saved',
  submit: 'reports.page.submitted',
  validate: 'reports.page.reviewed_validated',
  send_back: 'reports.page.reviewed_sent_back',
  reopen: 'reports.page.reopened',
} as const;
