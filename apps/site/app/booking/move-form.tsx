import { Button, RadioGroup } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import type { ReactNode } from 'react';
import { Form } from 'react-router';

// "Changer de date": the other sessions of the workshop, with the seats each has left, as a form that
// posts to the page's action (no JavaScript needed) — on the private link and in the member space.

export interface MoveTarget {
  id: string;
  startsAt: string;
  seatsLeft: number;
}

export function MoveForm({
  targets,
  error,
  hidden,
}: {
  targets: MoveTarget[];
  /** The field's error, already in words. */
  error: string | undefined;
  /** The hidden fields the page's action needs (its intent, the private link's token). */
  hidden?: ReactNode;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="changer">
      <h2 id="changer">{t('booking.move.title')}</h2>
      <p>{t('booking.move.lead')}</p>
      <Form method="post" noValidate>
        {hidden}
        <RadioGroup
          name="sessionId"
          legend={t('booking.move.legend')}
          error={error}
          options={targets.map((target) => ({
            value: target.id,
            label: format.dateTime(target.startsAt),
            hint:
              target.seatsLeft === 0
                ? t('booking.move.full')
                : t(
                    format.plural(target.seatsLeft, {
                      one: 'booking.move.seats_left.one',
                      other: 'booking.move.seats_left.other',
                    }),
                    { count: format.number(target.seatsLeft) },
                  ),
          }))}
        />
        <Button type="submit" block>
          {t('booking.move.submit')}
        </Button>
      </Form>
    </section>
  );
}
