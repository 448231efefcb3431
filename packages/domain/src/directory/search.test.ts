import { describe, expect, it } from 'vitest';
import {
  directorySearchQuery,
  hasDirectoryFilters,
  normaliseDirectorySearch,
  parseNearQuery,
  searchWords,
} from './search.ts';

describe('normaliseDirectorySearch', () => {
  it('keeps valid fields and drops empty or invalid ones instead of failing', () => {
    const search = normaliseDirectorySearch(
      new URLSearchParams(
        'q=+fablab+&service=Aide+aux+d%C3%A9marches+administratives&typologie=NOPE&frais=Gratuit&ouvert=1&rayon=7&page=abc&departement=29&region=',
      ),
    );
    expect(search).toEqual({
      q: 'fablab',
      service: 'Aide aux démarches administratives',
      frais: 'Gratuit',
      ouvert: '1',
      departement: '29',
      page: 1,
    });
  });

  it('reads the page and a valid radius, and bounds the page', () => {
    expect(normaliseDirectorySearch(new URLSearchParams('pres=29900&rayon=25&page=3'))).toEqual({
      pres: '29900',
      rayon: 25,
      page: 3,
    });
    expect(normaliseDirectorySearch(new URLSearchParams('page=100000')).page).toBe(1);
  });
});

describe('directorySearchQuery', () => {
  it('writes a link that reads back as the same search', () => {
    const search = normaliseDirectorySearch(new URLSearchParams('q=médiathèque&territoire=qpv&page=2'));
    const query = directorySearchQuery(search, 3);
    expect(query).toBe('?q=m%C3%A9diath%C3%A8que&territoire=qpv&page=3');
    expect(normaliseDirectorySearch(new URLSearchParams(query.slice(1)))).toEqual({ ...search, page: 3 });
    expect(directorySearchQuery({ page: 1 })).toBe('');
  });

  it('knows when a search is filtered', () => {
    expect(hasDirectoryFilters(normaliseDirectorySearch(new URLSearchParams('page=2')))).toBe(false);
    expect(hasDirectoryFilters(normaliseDirectorySearch(new URLSearchParams('ouvert=1')))).toBe(true);
  });
});

describe('searchWords', () => {
  it('lower-cases, removes accents and punctuation, dedupes, longest first', () => {
    expect(searchWords('  Médiathèque, de CONCARNEAU  médiathèque! a')).toEqual([
      'mediatheque',
      'concarneau',
      'de',
    ]);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords('a b c d e f g h i j k l m n o p q r').length).toBe(0);
  });
});

describe('parseNearQuery', () => {
  it('tells a postcode or INSEE code from a commune name', () => {
    expect(parseNearQuery('29 900')).toEqual({ kind: 'code', code: '29900' });
    expect(parseNearQuery('2a004')).toEqual({ kind: 'code', code: '2A004' });
    expect(parseNearQuery(' Concarneau ')).toEqual({ kind: 'name', name: 'Concarneau' });
  });
});
