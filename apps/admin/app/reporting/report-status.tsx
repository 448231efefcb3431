import type { Caller } from '@rf/api';
import type { Translate } from '@rf/i18n';
import { Alert } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';

type ReportData = Awaited<ReturnType<Caller['reporting']['getReport']>>;

/** Where the report stands: a draft, submitted by whom and when, sent back or validated (with the comment). */
export function ReportStatusNotice({
  report,
  t,
  when,
  someone,
}: {
  report: ReportData;
  t: Translate;
  when: (iso: string) => string;
  someone: string;
}) {
  switch (report.status) {
    case 'draft':
      return <Alert kind="info" title={t('reports.page.status_draft')} />;
    case 'submitted':
      return (
        <Alert
          kind="info"
          title={t('reports.page.status_submitted', {
            who: report.submittedByName ?? someone,
            when: report.submittedAt ? when(report.submittedAt) : '',
          })}
        />
      );
    case 'sent_back':
      return (
        <Alert
          kind="warning"
          title={t('reports.page.status_sent_back', {
            who: report.reviewedByName ?? someone,
            when: report.reviewedAt ? when(report.reviewedAt) : '',
          })}
        >
          {report.reviewComment ? (
            <>
              <p>{t('reports.page.comment')}</p>
              <blockquote>{report.reviewComment}</blockquote>
            </>
          ) : null}
        </Alert>
      );
    case 'validated':
      return (
        <Alert
          kind="success"
          title={t('reports.page.status_validated', {
            who: report.reviewedByName ?? someone,
            when: report.reviewedAt ? when(report.reviewedAt) : '',
          })}
        >
          {report.reviewComment ? (
            <>
              <p>{t('reports.page.comment')}</p>
              <blockquote>{report.reviewComment}</blockquote>
            </>
          ) : null}
        </Alert>
      );
  }
}

/** Who did what to the report and when, from the journal; nothing when the page is not given it. */
export function ReportHistory({ history }: { history: ReportData['history'] }) {
  const t = useT();
  const format = useFormat();
  if (!history) return null;
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">{t('reports.page.history')}</h2>
      {history.length === 0 ? (
        <p>{t('reports.page.history_empty')}</p>
      ) : (
        <ol>
          {history.map((entry, i) => (
            <li key={`${i}-${entry.at}`}>
              <time dateTime={entry.at}>{format.shortDateTime(entry.at)}</time> — {historyText(t, entry)}
              {entry.statusAfter === 'sent_back' &&
              entry.statusBefore !== 'sent_back' &&
              entry.reviewComment ? (
                <blockquote>{entry.reviewComment}</blockquote>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function historyText(
  t: Translate,
  entry: ReportData['history'] extends (infer E)[] | null ? E : never,
): string {
  const who = entry.actorName ?? t('reports.history.platform');
  if (entry.action === 'insert') return t('reports.history.insert', { who });
  if (entry.action === 'delete') return t('reports.history.delete', { who });
  if (entry.statusAfter && entry.statusAfter !== entry.statusBefore) {
    return t(`reports.history.${entry.statusAfter}`, { who });
  }
  const what = entry.changed
    .filter((c) => c !== 'status')
    .map((c) => t(`reports.history.column.${c}` as 'reports.history.column.narrative'))
    .join(', ');
  return t('reports.history.update', { who, what });
}
