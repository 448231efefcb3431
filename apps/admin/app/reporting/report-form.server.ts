import { reviewReportInput, saveReportInput } from '@rf/domain/reporting/report.schema';
import { type FormFailure, formIntent, parseForm } from '@rf/web/forms';
import type { z } from 'zod';

// The report page's forms, read with the procedures' schemas: each indicator row posts
// `corrections.<key>.value` and `corrections.<key>.justification` (a row left empty keeps the computed
// figure); the review posts its decision and comment.

export type ParsedReportForm =
  | { ok: true; intent: 'save' | 'submit'; input: z.output<typeof saveReportInput> }
  | { ok: true; intent: 'review'; input: z.output<typeof reviewReportInput> }
  | (FormFailure & { intent: 'save' | 'submit' | 'review' });

export function parseReportForm(reportId: string, formData: FormData): ParsedReportForm {
  formData.set('reportId', reportId);
  const intent = formIntent(formData, ['save', 'submit', 'review']) ?? 'save';
  if (intent === 'review') {
    const parsed = parseForm(reviewReportInput, formData);
    return parsed.ok ? { ok: true, intent, input: parsed.data } : { ...parsed, intent };
  }
  const parsed = parseForm(saveReportInput, formData);
  return parsed.ok ? { ok: true, intent, input: parsed.data } : { ...parsed, intent };
}
