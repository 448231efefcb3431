import type { ReactNode } from 'react';

/** The fields of a list page's GET filter form: as many columns as the screen holds, one on a phone. */
export function FilterGrid({ children }: { children: ReactNode }) {
  return (
    <div
      style={{ display: 'grid', gap: '0 1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(15rem, 1fr))' }}
    >
      {children}
    </div>
  );
}
