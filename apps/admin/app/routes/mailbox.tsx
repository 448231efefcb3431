import { PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';

export default function Mailbox() {
  const t = useT();
  return (
    <div className="container">
      <PageHeader title={t('admin.nav.mailbox')} />
    </div>
  );
}
