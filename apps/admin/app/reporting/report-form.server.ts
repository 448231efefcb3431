import { reviewReportInput, saveReportInput } from '@rf/domain/reporting/report.schema';
import { formValues } from '@rf/web/forms';

// The report page's forms, turned into the procedures' inputs. Each indicator row posts `value[<key>]`
// and `justification[<key>]`; a row left empty keeps the computed figure (no correction).

const rowField = /^(value|justification)\[(.+)\]$/;

export function reportFormInput(reportId: string, formData: FormData) {
  const corrections: Record<string, { value: string; justification: string }> = {};
  for (const [name, raw] of formData) {
    const match = rowField.exec(name);
    if (!match || typeof raw !== 'string') continue;
    const [, part, key] = match as unknown as [string, 'value' | 'justification', string];
    corrections[key] ??= { value: '', justification: '' };
    corrections[key][part] = raw;
  }
  for (const [key, c] of Object.entries(corrections)) {
    if (c.value.trim() === '' && c.justification.trim() === '') delete corrections[key];
  }
  return { reportId, narrative: formData.get('narrative') ?? '', corrections };
}

/** Field errors keyed as the page names its fields (`value[participants]`, `narrative`, `comment`). */
function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const [first, key, part] = issue.path.map(String);
    const field =
      first === 'corrections' && key
        ? `${part === 'justification' ? 'justification' : 'value'}[${key}]`
        : first;
    errors[field ?? '_form'] ??= issue.message;
  }
  return errors;
}

export type ParsedReportForm =
  | { ok: true; intent: 'save' | 'submit'; input: ReturnType<typeof saveReportInput.parse> }
  | { ok: true; intent: 'review'; input: ReturnType<typeof reviewReportInput.parse> }
  | {
      ok: false;
      intent: string;
      formError: string;
      fieldErrors: Record<string, string>;
      values: Record<string, string>;
    };

export function parseReportForm(reportId: string, formData: FormData): ParsedReportForm {
  const intent = String(formData.get('intent') ?? '');
  const values = formValues(formData);
  if (intent === 'review') {
    const parsed = reviewReportInput.safeParse({
      reportId,
      decision: formData.get('decision'),
      comment: formData.get('comment') ?? '',
    });
    if (parsed.success) return { ok: true, intent, input: parsed.data };
    return {
      ok: false,
      intent,
      formError: 'errors.invalid_input',
      fieldErrors: fieldErrorsOf(parsed.error.issues),
      values,
    };
  }
  const form = intent === 'submit' ? 'submit' : 'save';
  const parsed = saveReportInput.safeParse(reportFormInput(reportId, formData));
  if (parsed.success) return { ok: true, intent: form, input: parsed.data };
  return {
    ok: false,
    intent: form,
    formError: 'errors.invalid_input',
    fieldErrors: fieldErrorsOf(parsed.error.issues),
    values,
  };
}
