import { describe, expect, it } from 'vitest';
import * as vocabulary from './index.ts';
import { isCode, SERVICES, THEMATIQUES } from './index.ts';

const lists: [string, readonly unknown[]][] = Object.entries(vocabulary as Record<string, unknown>).flatMap(
  ([name, value]) => (Array.isArray(value) ? [[name, value as readonly unknown[]]] : []),
);

describe('controlled vocabularies', () => {
  it.each(lists)('%s has no duplicate and no empty code', (_name, list) => {
    expect(new Set(list).size).toBe(list.length);
    for (const code of list) expect(String(code).trim()).not.toBe('');
  });

  it('holds every theme of the national tools', () => {
    expect(THEMATIQUES).toHaveLength(30);
    expect(THEMATIQUES).toContain('aide_aux_demarches_administratives');
    expect(THEMATIQUES).toContain('associations');
  });

  it('narrows a value to a code', () => {
    expect(isCode(SERVICES, 'Aide aux démarches administratives')).toBe(true);
    expect(isCode(SERVICES, 'aide aux démarches administratives')).toBe(false);
    expect(isCode(SERVICES, undefined)).toBe(false);
  });
});
