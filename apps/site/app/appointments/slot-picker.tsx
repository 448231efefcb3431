import type { Caller } from '@rf/api';
import type { AppointmentModality } from '@rf/domain/appointments/slots';
import { Button, ButtonGroup, ButtonLink, RadioGroup } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useLocale, useT } from '@rf/web/i18n';
import { Form } from 'react-router';
import { slotFormatters } from './appointment-words';

// The steps before the details form. Each choice is a GET form or a plain link that carries the earlier
// choices in the address (`modalite`, `jour`, `dispo`, `debut`): no JavaScript, and back works as expected.

export type PlaceSlots = Awaited<ReturnType<Caller['appointments']['placeSlots']>>;
export type SlotDay = PlaceSlots['days'][number];
export type Slot = SlotDay['slots'][number];

/** The address of a step, keeping the chosen modality. */
export function stepHref(modality: AppointmentModality | null, extra: Record<string, string>): string {
  const query = new URLSearchParams({ ...(modality ? { modalite: modality } : {}), ...extra });
  return `?${query.toString()}`;
}

export function ModalityChoice({
  modality,
  modalities,
}: {
  modality: AppointmentModality | null;
  modalities: readonly AppointmentModality[];
}) {
  const t = useT();
  return (
    <Form method="get">
      <RadioGroup
        name="modalite"
        legend={t('appointments.pick.step_modality')}
        defaultValue={modality ?? ''}
        options={[
          { value: '', label: t('appointments.pick.any_modality') },
          ...modalities.map((m) => ({ value: m, label: t(`appointments.modality.${m}`) })),
        ]}
      />
      <Button type="submit" variant="secondary" block>
        {t('appointments.pick.show')}
      </Button>
    </Form>
  );
}

export function SlotTimes({ day, modality }: { day: SlotDay; modality: AppointmentModality | null }) {
  const t = useT();
  const words = slotFormatters(useLocale());
  return (
    <section aria-labelledby="heure">
      <h2 id="heure">
        {t('appointments.pick.step_slot')} — {words.day(day.day)}
      </h2>
      <ButtonGroup>
        {day.slots.map((s) => (
          <ButtonLink
            key={`${s.availabilityId}-${s.startsAt}`}
            href={stepHref(modality, { jour: day.day, dispo: s.availabilityId, debut: s.startsAt })}
            variant="secondary"
          >
            <span aria-hidden="true">{words.time(s.startsAt)}</span>
            <span className="visually-hidden">
              {t('appointments.pick.slot_label', { time: words.time(s.startsAt), minutes: s.minutes })}
            </span>
          </ButtonLink>
        ))}
      </ButtonGroup>
    </section>
  );
}

export function SlotDays({ days, modality }: { days: SlotDay[]; modality: AppointmentModality | null }) {
  const t = useT();
  const format = useFormat();
  const words = slotFormatters(useLocale());
  return (
    <section aria-labelledby="jour">
      <h2 id="jour">{t('appointments.pick.step_day')}</h2>
      <ul className="rf-link-list">
        {days.map((d) => (
          <li key={d.day}>
            <ButtonLink href={stepHref(modality, { jour: d.day })} variant="secondary" block>
              {words.day(d.day)} —{' '}
              {t(
                format.plural(d.slots.length, {
                  one: 'appointments.pick.slot_count.one',
                  other: 'appointments.pick.slot_count.other',
                }),
                { count: format.number(d.slots.length) },
              )}
            </ButtonLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
