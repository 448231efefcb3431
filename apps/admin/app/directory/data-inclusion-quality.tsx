import type { Caller } from '@rf/api';
import {
  DATA_INCLUSION_QUALITY_LEVELS,
  type DataInclusionQualityLevel,
  type DataInclusionQualitySignal,
} from '@rf/domain/open-data/data-inclusion-quality';
import type { MessageKey } from '@rf/i18n';
import { Badge, type BadgeTone } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useMessage, useT } from '@rf/web/i18n';

type Quality = Awaited<ReturnType<Caller['directoryAdmin']['dataInclusionQuality']>>;

const TONE: Record<DataInclusionQualityLevel, BadgeTone> = {
  blocking: 'error',
  warning: 'warning',
  hint: 'info',
};

/** The place profile's fields the checks name (`field`), with their label on the form below. */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  phone: 'directory_admin.profile.phone',
  communeCode: 'directory_admin.profile.commune_code',
  pivot: 'directory_admin.profile.pivot',
  openingHours: 'directory_admin.profile.opening_hours',
  address: 'directory_admin.profile.address',
  description: 'directory_admin.profile.description',
  website: 'directory_admin.profile.website',
};

const ACCES_LIBRE = 'https://acceslibre.beta.gouv.fr/';

/** Where a signal is fixed: a field of the form below, a section of this page, a page of the console. */
function fixLink(
  signal: DataInclusionQualitySignal,
): { href: string; key: MessageKey; field?: MessageKey } | null {
  if (signal.subject.kind === 'service') {
    const { origin } = signal.subject;
    if (origin.kind === 'activity')
      return {
        href: `/ateliers/${encodeURIComponent(origin.id)}`,
        key: 'data_inclusion_quality.link.activity',
      };
    if (origin.kind === 'tool')
      return { href: `/outils/${encodeURIComponent(origin.id)}`, key: 'data_inclusion_quality.link.tool' };
    if (origin.kind === 'appointments')
      return { href: '/disponibilites', key: 'data_inclusion_quality.link.appointments' };
    return null;
  }
  if (signal.code === 'stale') return { href: '#fraicheur', key: 'data_inclusion_quality.link.freshness' };
  if (signal.code === 'accessibility')
    return { href: ACCES_LIBRE, key: 'data_inclusion_quality.link.acces_libre' };
  if (signal.code === 'no_service')
    return { href: '/ateliers', key: 'data_inclusion_quality.link.activities' };
  const field = signal.field ? FIELD_LABELS[signal.field] : undefined;
  return signal.field && field
    ? { href: `#${signal.field}`, key: 'data_inclusion_quality.link.field', field }
    : null;
}

function SignalItem({ signal }: { signal: DataInclusionQualitySignal }) {
  const t = useT();
  const message = useMessage();
  const what = message(
    `data_inclusion_quality.signal.${signal.code}${signal.detail ? `.${signal.detail}` : ''}`,
  );
  const link = fixLink(signal);
  const external = link?.href.startsWith('https://') ?? false;
  return (
    <li>
      <strong>
        {signal.subject.kind === 'service'
          ? t('data_inclusion_quality.about.service', { name: signal.subject.name })
          : t('data_inclusion_quality.about.place')}
      </strong>{' '}
      — {what}
      <br />
      {t('data_inclusion_quality.fix_label')} {message(`data_inclusion_quality.fix.${signal.code}`)}
      {link ? (
        <>
          {' '}
          <a href={link.href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {link.field ? t(link.key, { field: t(link.field) }) : t(link.key)}
          </a>
        </>
      ) : null}
    </li>
  );
}

/**
 * data·inclusion's quality signals for the place (issue 17, decision 060): its completeness score and what
 * to fix, grouped by level, each with what to do and a link to where it is done. Plain HTML: no script.
 */
export function DataInclusionQuality({ quality }: { quality: Quality }) {
  const t = useT();
  const format = useFormat();
  return (
    <section id="data-inclusion" aria-labelledby="data-inclusion-titre" className="rf-fieldset">
      <h2 id="data-inclusion-titre">{t('data_inclusion_quality.title')}</h2>
      <p>{t('data_inclusion_quality.lead')}</p>
      <p>
        <strong>{t('data_inclusion_quality.score', { percent: `${format.number(quality.score)} %` })}</strong>
        {quality.published ? (
          <>
            {' '}
            {t(
              format.plural(quality.services, {
                one: 'data_inclusion_quality.services.one',
                other: 'data_inclusion_quality.services.other',
              }),
              { count: format.number(quality.services) },
            )}
          </>
        ) : null}
      </p>
      {quality.signals.length === 0 ? <p>{t('data_inclusion_quality.all_good')}</p> : null}
      {DATA_INCLUSION_QUALITY_LEVELS.map((level) => {
        const signals = quality.signals.filter((s) => s.level === level);
        if (signals.length === 0) return null;
        const headingId = `data-inclusion-${level}`;
        return (
          <section key={level} aria-labelledby={headingId}>
            <h3 id={headingId}>
              <Badge tone={TONE[level]}>{t(`data_inclusion_quality.level.${level}`)}</Badge>{' '}
              <span className="visually-hidden">({format.number(signals.length)})</span>
            </h3>
            <p>{t(`data_inclusion_quality.level.${level}.lead`)}</p>
            <ul>
              {signals.map((signal) => (
                <SignalItem
                  key={`${signal.code}-${signal.subject.kind === 'service' ? signal.subject.id : 'lieu'}`}
                  signal={signal}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
