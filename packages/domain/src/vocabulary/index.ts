export * from './activity-records.ts';
export * from './appointments.ts';
export * from './coordination.ts';
export * from './data-inclusion.ts';
export * from './places.ts';
export * from './platform.ts';

/** Narrows an unknown value to one code of a controlled vocabulary. */
export function isCode<const T extends readonly (string | number)[]>(
  list: T,
  value: unknown,
): value is T[number] {
  return (list as readonly unknown[]).includes(value);
}
