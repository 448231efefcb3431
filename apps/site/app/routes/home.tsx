import { PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';

export const meta = () => [
  { title: 'Réseau Fabriques — tiers-lieux et Fabriques de territoire' },
  {
    name: 'description',
    content: 'Trouvez un tiers-lieu, un atelier numérique ou une aide près de chez vous.',
  },
];

export default function Home() {
  const t = useT();
  return (
    <div className="container">
      <PageHeader title={t('site.home.title')} lead={t('site.home.lead')} />
    </div>
  );
}
