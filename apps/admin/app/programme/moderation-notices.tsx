import { Alert } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';

export interface ModerationNotice {
  kind: 'place' | 'activity' | 'tool' | 'resource';
  id: string;
  title: string;
  placeName: string | null;
  hiddenAt: string;
  hiddenReason: string | null;
}

/** Tells a place's managers what the network hid from the public, and why (nothing when nothing is hidden). */
export function ModerationNotices({ items }: { items: readonly ModerationNotice[] }) {
  const t = useT();
  const format = useFormat();
  if (items.length === 0) return null;
  return (
    <Alert kind="warning" title={t('programme.moderation.notices_title')}>
      <p>{t('programme.moderation.notices_lead')}</p>
      <ul>
        {items.map((i) => (
          <li key={`${i.kind}:${i.id}`}>
            {t('programme.moderation.notice', {
              kind: t(`programme.moderation.kind.${i.kind}`),
              title: i.title,
              place: i.placeName ?? i.title,
              date: format.date(i.hiddenAt),
              reason: i.hiddenReason ?? '',
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
