import type { ReactNode } from 'react';

export interface StatProps {
  /** What is counted, e.g. "Ateliers ce mois-ci". */
  label: ReactNode;
  /** The figure, already formatted for the locale (`Intl.NumberFormat`). */
  value: ReactNode;
  /** e.g. "+12 % par rapport au mois dernier": in words, not only an arrow or a colour. */
  detail?: ReactNode;
}

/**
 * One key figure, inside a `StatGrid`. The label comes first in the source, so it is read before the
 * figure ("Ateliers ce mois-ci : 42"); the figure is shown on top.
 */
export function Stat({ label, value, detail }: StatProps) {
  return (
    <div className="rf-stat">
      <dt className="rf-stat__label">{label}</dt>
      <dd className="rf-stat__value">{value}</dd>
      {detail ? <dd className="rf-stat__detail">{detail}</dd> : null}
    </div>
  );
}
