import { describe, expect, it } from 'vitest';
import { openReportInput, reviewReportInput, saveReportInput } from './report.schema.ts';

const reportId = '7f0d8f9e-2a53-4c3b-9a59-1f1d2c3b4a5e';
const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('report inputs', () => {
  it('requires a justification for every correction, and numbers typed the French way', () => {
    const ok = saveReportInput.parse({
      reportId,
      narrative: '  Un bon trimestre. ',
      corrections: { heures: { value: '12,5', justification: 'Atelier non saisi' } },
    });
    expect(ok).toEqual({
      reportId,
      narrative: 'Un bon trimestre.',
      corrections: { heures: { value: 12.5, justification: 'Atelier non saisi' } },
    });
    expect(
      issues(
        saveReportInput.safeParse({
          reportId,
          corrections: {
            participants: { value: '40', justification: ' ' },
          },
        }),
      ),
    ).toEqual({
      'corrections.participants.justification': 'validation.reports.justification_required',
    });
    expect(
      issues(
        saveReportInput.safeParse({
          reportId,
          corrections: {
            records: { value: '2.5', justification: 'x' },
            'genre.autre': { value: '1', justification: 'x' },
            heures: { value: '-1', justification: 'x' },
          },
        }),
      ),
    ).toEqual({
      'corrections.records.value': 'validation.reports.correction_whole_invalid',
      'corrections.genre.autre': 'validation.reports.indicator_unknown',
      'corrections.heures.value': 'validation.reports.correction_value_invalid',
    });
    expect(
      issues(
        saveReportInput.safeParse({
          reportId,
          corrections: {
            records: { value: 'douze', justification: 'x' },
            heures: { value: '', justification: 'x' },
          },
        }),
      ),
    ).toEqual({
      'corrections.records.value': 'validation.reports.correction_value_invalid',
      'corrections.heures.value': 'validation.reports.correction_value_required',
    });
    expect(saveReportInput.parse({ reportId, narrative: '' }).narrative).toBeNull();
  });

  it('requires a comment to send a report back, not to validate it', () => {
    expect(issues(reviewReportInput.safeParse({ reportId, decision: 'send_back', comment: ' ' }))).toEqual({
      comment: 'validation.reports.comment_required',
    });
    expect(reviewReportInput.parse({ reportId, decision: 'validate', comment: '' })).toEqual({
      reportId,
      decision: 'validate',
      comment: undefined,
    });
  });

  it('opens only a real quarter or year', () => {
    const placeId = reportId;
    expect(openReportInput.safeParse({ placeId, period: 'quarter', periodStart: '2026-10-01' }).success).toBe(
      true,
    );
    expect(issues(openReportInput.safeParse({ placeId, period: 'year', periodStart: '2026-10-01' }))).toEqual(
      {
        periodStart: 'validation.reports.period_invalid',
      },
    );
  });

  it('reads the rows of the report page: a breakdown named one level deeper, empty rows left out', () => {
    // `corrections.genre.feminin.value` reads as { genre: { feminin: { value } } } in the posted form.
    const parsed = saveReportInput.parse({
      reportId,
      narrative: '',
      corrections: {
        participants: { value: '40', justification: 'Fiches papier' },
        activites: { value: '', justification: ' ' },
        genre: {
          feminin: { value: '12', justification: 'Recompté' },
          masculin: { value: '', justification: '' },
        },
      },
    });
    expect(parsed.corrections).toEqual({
      participants: { value: 40, justification: 'Fiches papier' },
      'genre.feminin': { value: 12, justification: 'Recompté' },
    });
    expect(saveReportInput.parse(parsed)).toEqual(parsed);
    const refused = saveReportInput.safeParse({
      reportId,
      corrections: { genre: { feminin: { value: '12', justification: '' } } },
    });
    expect(issues(refused)).toEqual({
      'corrections.genre.feminin.justification': 'validation.reports.justification_required',
    });
  });
});
