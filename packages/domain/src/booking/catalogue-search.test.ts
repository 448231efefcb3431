import { describe, expect, it } from 'vitest';
import {
  catalogueDays,
  catalogueSearchQuery,
  hasCatalogueFilters,
  normaliseCatalogueSearch,
} from './catalogue-search.ts';

const parse = (query: string) => normaliseCatalogueSearch(new URLSearchParams(query));

describe('catalogue search from a query string', () => {
  it('keeps what validates and drops the rest, never failing', () => {
    expect(parse('theme=email&gratuit=1&niveau=debutant&format=remote&type=training&page=2')).toEqual({
      theme: 'email',
      gratuit: '1',
      niveau: 'debutant',
      format: 'remote',
      type: 'training',
      page: 2,
    });
    expect(parse('theme=inconnu&gratuit=oui&rayon=7&du=2026-02-30&au=demain&page=-1')).toEqual({ page: 1 });
    expect(parse('q=&pres=')).toEqual({ page: 1 });
  });

  it('writes the query back for pagination links, without empty fields', () => {
    const search = parse('theme=email&pres=Concarneau&rayon=25');
    expect(catalogueSearchQuery(search, 3)).toBe('?theme=email&pres=Concarneau&rayon=25&page=3');
    expect(catalogueSearchQuery(parse(''))).toBe('');
    expect(hasCatalogueFilters(parse(''))).toBe(false);
    expect(hasCatalogueFilters(search)).toBe(true);
  });
});

describe('days of a catalogue search (Europe/Paris)', () => {
  it('defaults to today in Paris and the next 30 days', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(catalogueDays(parse(''), new Date('2026-12-31T23:30:00Z'))).toEqual({
      from: '2027-01-01',
      to: '2027-01-31',
    });
  });

  it('puts a reversed range right and cuts a range longer than a year', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(catalogueDays(parse('du=2026-12-10&au=2026-12-01'), now)).toEqual({
      from: '2026-12-01',
      to: '2026-12-10',
    });
    expect(catalogueDays(parse('du=2026-12-01&au=2029-01-01'), now)).toEqual({
      from: '2026-12-01',
      to: '2027-12-02',
    });
  });
});
