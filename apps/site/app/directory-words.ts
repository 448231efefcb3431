import { isMessageKey, type Translate } from '@rf/i18n/core';

/** A typologie code in words when the catalogue has it, else the code itself. */
export function kindLabel(t: Translate, code: string): string {
  const key = `directory.kind.${code}`;
  return isMessageKey(key) ? t(key) : code;
}
