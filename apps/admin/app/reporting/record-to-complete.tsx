import type { Caller } from '@rf/api';
import { Button, ButtonGroup, ButtonLink } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useMessage, useT } from '@rf/web/i18n';
import { Form } from 'react-router';

type ToComplete = Awaited<ReturnType<Caller['reporting']['recordsToComplete']>>[number];

/**
 * A past session with attendance or a seen appointment whose record is still to save: one button saves the
 * pre-filled record (when it is complete), a link opens the form to complete it.
 */
export function ToCompleteItem({
  item,
  placeId,
  error,
}: {
  item: ToComplete;
  placeId: string;
  error: string | null;
}) {
  const t = useT();
  const format = useFormat();
  const message = useMessage();
  const date = format.date(item.startsAt);
  const title = item.source === 'session' ? item.title : t('activity_records.to_complete.appointment_title');
  const headingId = `a-completer-${item.sourceId}`;
  const completeHref = `/activite/nouveau?lieu=${encodeURIComponent(placeId)}&${
    item.source === 'session' ? 'seance' : 'rdv'
  }=${item.sourceId}`;
  return (
    <li>
      <article className="rf-card" aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        <p>
          {item.source === 'session'
            ? t(
                format.plural(item.seen, {
                  one: 'activity_records.to_complete.session.one',
                  other: 'activity_records.to_complete.session.other',
                }),
                { date, count: format.number(item.seen) },
              )
            : t('activity_records.to_complete.appointment', { date })}
        </p>
        <p>
          {item.prefill.themes.length > 0
            ? t('activity_records.to_complete.themes', {
                themes: item.prefill.themes.map((code) => message(`catalogue.theme.${code}`)).join(', '),
              })
            : t('activity_records.to_complete.no_theme')}
        </p>
        {error ? (
          <p className="rf-error-message" role="alert">
            {message(error)}
          </p>
        ) : null}
        <ButtonGroup>
          {item.complete ? (
            <Form method="post">
              <input type="hidden" name="placeId" value={placeId} />
              <input type="hidden" name="source" value={item.source} />
              <input type="hidden" name="sourceId" value={item.sourceId} />
              <Button type="submit">
                {t('activity_records.to_complete.save')}
                <span className="visually-hidden">
                  {' '}
                  {t('activity_records.to_complete.save_of', { title, date })}
                </span>
              </Button>
            </Form>
          ) : null}
          <ButtonLink href={completeHref} variant="secondary">
            {t('activity_records.to_complete.complete')}
            <span className="visually-hidden">
              {' '}
              {t('activity_records.to_complete.complete_of', { title, date })}
            </span>
          </ButtonLink>
        </ButtonGroup>
      </article>
    </li>
  );
}
