import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  effectiveIndicators,
  type IndicatorRecord,
  indicatorRows,
  isIndicatorKey,
} from './report-indicators.ts';

const individual = (overrides: Partial<IndicatorRecord> = {}): IndicatorRecord => ({
  type: 'individuel',
  durationMinutes: 45,
  typeLieu: 'lieu_activite',
  themes: ['email'],
  participantsTotal: 1,
  dejaAccompagne: 0,
  countsByGenre: { feminin: 1 },
  countsByTrancheAge: null,
  countsByStatutSocial: { retraite: 1 },
  ...overrides,
});
const workshop: IndicatorRecord = {
  type: 'collectif',
  durationMinutes: 120,
  typeLieu: 'autre',
  themes: ['bureautique', 'email'],
  participantsTotal: 8,
  dejaAccompagne: 3,
  countsByGenre: { feminin: 5, masculin: 3 },
  countsByTrancheAge: { soixante_dix_plus: 8 },
  countsByStatutSocial: null,
};

describe('report indicators', () => {
  it('adds up records, participants, hours and breakdowns', () => {
    const values = computeIndicators([individual(), individual({ dejaAccompagne: 1 }), workshop], null);
    expect(values).toEqual({
      records: 3,
      accompagnements: 2,
      ateliers_collectifs: 1,
      participants: 10,
      heures: 3.5,
      deja_accompagnes: 4,
      'thematique.email': 10,
      'thematique.bureautique': 8,
      'genre.feminin': 7,
      'genre.masculin': 3,
      'tranche_age.non_renseigne': 2,
      'tranche_age.soixante_dix_plus': 8,
      'statut_social.retraite': 2,
      'statut_social.non_renseigne': 8,
      'type_lieu.lieu_activite': 2,
      'type_lieu.autre': 1,
    });
  });

  it('gives zero totals for an empty period, and coordination only for a fabrique', () => {
    expect(computeIndicators([], 2)).toEqual({
      records: 0,
      accompagnements: 0,
      ateliers_collectifs: 0,
      participants: 0,
      heures: 0,
      deja_accompagnes: 0,
      coordination: 2,
    });
    expect(computeIndicators([], null)).not.toHaveProperty('coordination');
  });

  it('lets a correction override the computed value, keeping both for the table', () => {
    const computed = computeIndicators([workshop], null);
    const corrections = { participants: { value: 9, justification: 'Une personne arrivée en retard' } };
    expect(effectiveIndicators(computed, corrections).participants).toBe(9);
    const rows = indicatorRows(computed, corrections);
    expect(rows.find((r) => r.key === 'participants')).toMatchObject({
      computed: 8,
      value: 9,
      group: 'total',
    });
    expect(rows.find((r) => r.key === 'genre.feminin')).toMatchObject({
      group: 'genre',
      code: 'feminin',
      value: 5,
    });
    // Totals first, then breakdowns in vocabulary order.
    expect(rows.map((r) => r.key).slice(0, 3)).toEqual(['records', 'accompagnements', 'ateliers_collectifs']);
  });

  it('knows which keys are indicators', () => {
    expect(isIndicatorKey('participants')).toBe(true);
    expect(isIndicatorKey('thematique.email')).toBe(true);
    expect(isIndicatorKey('genre.non_renseigne')).toBe(true);
    expect(isIndicatorKey('genre.autre')).toBe(false);
    expect(isIndicatorKey('salaire')).toBe(false);
  });
});
