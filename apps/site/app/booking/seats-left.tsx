import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { useEffect, useState } from 'react';

// Seats go while a person reads the page: with JavaScript the count is asked again (`/seances/:id/places`)
// so nobody fills a form for a session that filled up meanwhile. Without it, the server's count stands.

const SEATS_REFRESH_MS = 15_000;

export interface Seats {
  seatsLeft: number;
  capacity: number;
}

/**
 * The seats left, as the server rendered them; with JavaScript, asked again every 15 seconds and
 * announced politely by screen readers when the number changes.
 */
export function SeatsLeft({ sessionId, initial }: { sessionId: string; initial: Seats }) {
  const t = useT();
  const format = useFormat();
  const [seats, setSeats] = useState(initial);
  // A fresher count from the server (after a form was sent) replaces the polled one.
  useEffect(() => {
    setSeats({ seatsLeft: initial.seatsLeft, capacity: initial.capacity });
  }, [initial.seatsLeft, initial.capacity]);
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      try {
        const response = await fetch(`/seances/${sessionId}/places`, {
          headers: { accept: 'application/json' },
        });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as Seats;
        setSeats((current) =>
          current.seatsLeft === next.seatsLeft && current.capacity === next.capacity ? current : next,
        );
      } catch {
        // Offline for a moment: the last count stays on screen.
      }
    };
    const timer = setInterval(refresh, SEATS_REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [sessionId]);
  return (
    <span aria-live="polite" data-testid="seats-left">
      {seats.seatsLeft === 0
        ? t('booking.session.full')
        : t(
            format.plural(seats.seatsLeft, {
              one: 'booking.session.seats_left.one',
              other: 'booking.session.seats_left.other',
            }),
            { count: format.number(seats.seatsLeft), capacity: format.number(seats.capacity) },
          )}
    </span>
  );
}
