import { DataTable } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';

interface LabelHistoryData {
  decisions: {
    id: string;
    labelName: string;
    waveName: string | null;
    grantedOn: string;
    endsOn: string | null;
  }[];
  events: {
    id: number;
    at: string;
    actorName: string | null;
    action: 'insert' | 'update' | 'delete';
    labelName: string | null;
    grantedOn: string | null;
    endsOn: string | null;
    previousEndsOn: string | null;
  }[];
}

/**
 * A place's labelling decisions, and (network admins) who took each one and when, from the journal. Labels
 * are granted and ended on the place's page; this is their history next to the place's funding.
 */
export function LabelHistory({
  placeId,
  placeName,
  history,
  canEdit,
}: {
  placeId: string;
  placeName: string;
  history: LabelHistoryData;
  canEdit: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const decision = (e: LabelHistoryData['events'][number]) => {
    const label = e.labelName ?? '';
    if (e.action === 'insert')
      return t('programme.labels.event.insert', { label, date: format.date(e.grantedOn ?? '') });
    if (e.action === 'delete') return t('programme.labels.event.delete', { label });
    if (e.endsOn && e.endsOn !== e.previousEndsOn) {
      return t('programme.labels.event.ended', { label, date: format.date(e.endsOn) });
    }
    return t('programme.labels.event.update', { label });
  };
  return (
    <section aria-labelledby="labels">
      <h2 id="labels">{t('programme.labels.title')}</h2>
      {canEdit ? (
        <p>
          <a href={`/lieux/${placeId}`}>{t('programme.labels.manage')}</a>
        </p>
      ) : null}
      <DataTable
        caption={t('programme.labels.caption', { place: placeName })}
        columns={[
          {
            key: 'label',
            header: t('programme.labels.column.label'),
            rowHeader: true,
            cell: (d) => d.labelName,
          },
          {
            key: 'granted',
            header: t('programme.labels.column.granted'),
            cell: (d) => format.date(d.grantedOn),
          },
          {
            key: 'ends',
            header: t('programme.labels.column.ends'),
            cell: (d) => (d.endsOn ? format.date(d.endsOn) : t('programme.labels.current')),
          },
          { key: 'wave', header: t('programme.labels.column.wave'), cell: (d) => d.waveName ?? '' },
        ]}
        rows={history.decisions}
        rowKey={(d) => d.id}
        emptyMessage={t('programme.labels.none')}
      />
      {canEdit ? (
        <DataTable
          caption={t('programme.labels.events_caption')}
          columns={[
            {
              key: 'at',
              header: t('programme.labels.column.at'),
              rowHeader: true,
              cell: (e) => format.shortDateTime(e.at),
            },
            {
              key: 'actor',
              header: t('programme.labels.column.actor'),
              cell: (e) => e.actorName ?? t('programme.labels.system'),
            },
            { key: 'decision', header: t('programme.labels.column.decision'), cell: decision },
          ]}
          rows={history.events}
          rowKey={(e) => String(e.id)}
          emptyMessage={t('programme.labels.no_events')}
        />
      ) : null}
    </section>
  );
}
