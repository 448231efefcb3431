// Writes an SMS from a catalogue template (`sms.*`): every placeholder filled, the title shortened so that
// the whole fits one GSM-7 SMS of 160 characters — the time and the link are never cut (decision 040).
import { fitSms } from '@rf/domain/contact/sms-text';
import type { Translate } from '@rf/i18n';

export function smsFromTemplate(
  t: Translate,
  key: Parameters<Translate>[0],
  params: Record<string, string> & { title: string },
): string {
  const { title, ...rest } = params;
  // The catalogue's interpolation leaves `{title}` alone (it is not among the params): split there.
  const [before = '', after = ''] = t(key, rest).split('{title}');
  return fitSms([before, { shorten: title }, after]).text;
}
