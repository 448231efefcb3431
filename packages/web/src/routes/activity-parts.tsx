import { Badge, PageHeader } from '@rf/ui';
import { useT } from '../i18n.tsx';

export function StatusBadge({ status }: { status: 'draft' | 'published' | 'cancelled' }) {
  const t = useT();
  const tone = status === 'published' ? 'success' : status === 'cancelled' ? 'error' : 'neutral';
  return <Badge tone={tone}>{t(`publishing.status.${status}`)}</Badge>;
}

/** Residents (no place) land here: who publishes, and how to become one. */
export function PublishingForbidden() {
  const t = useT();
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('publishing.forbidden_title')} lead={t('publishing.forbidden_body')} />
    </div>
  );
}
