import {
  isMessageKey,
  type Locale,
  type MessageKey,
  type Messages,
  registerMessageKeys,
  type Translate,
  translatorOf,
} from '@rf/i18n/core';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { retryAfterSentence } from './retry-after.ts';

/**
 * On the server, the whole catalogue (set by `entry.server.tsx`): a message a page did not declare still reads
 * right in its HTML, and is reported. The browser has only the messages the page received (decision 049).
 */
let serverTranslator: ((locale: Locale) => Translate) | null = null;

export function setServerCatalogue(translator: (locale: Locale) => Translate): void {
  serverTranslator = translator;
}

/** Thrown (outside production) or logged when a page shows a message its routes did not declare. */
export class MissingMessageError extends Error {
  constructor(
    readonly key: string,
    readonly locale: Locale,
  ) {
    super(
      `i18n: the message "${key}" (${locale}) was not sent with this page — add its namespace to the route's handle.i18n`,
    );
    this.name = 'MissingMessageError';
  }
}

const reported = new Set<string>();

function missingMessage(locale: Locale, key: MessageKey): string {
  const error = new MissingMessageError(key, locale);
  if (process.env.NODE_ENV !== 'production') throw error;
  if (!reported.has(`${locale}:${key}`)) {
    reported.add(`${locale}:${key}`);
    console.error(error.message);
  }
  return serverTranslator ? serverTranslator(locale)(key) : key;
}

/** The translator of some messages: what the page received, the same on the server and in the browser. */
export function pageTranslator(locale: Locale, messages: Messages): Translate {
  registerMessageKeys(messages);
  return translatorOf(messages, (key) => missingMessage(locale, key));
}

const I18nContext = createContext<{ locale: Locale; t: Translate }>({
  locale: 'fr',
  t: pageTranslator('fr', {}),
});

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  /** The messages of the page's routes, in its language (the root loader's `messages`). */
  messages: Messages;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, t: pageTranslator(locale, messages) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator of the page's language: every user-facing sentence goes through it. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}

/** For keys that arrive as data (action results, schema messages): unknown ones read as a generic error. */
export function useMessage(): (key: string) => string {
  const t = useT();
  return (key) => (isMessageKey(key) ? t(key) : t('errors.unexpected'));
}

/**
 * A form's refusal in words: its message, and when a rate limit refused, how long to wait ("Vous pourrez
 * réessayer dans 40 minutes.").
 */
export function useFailureMessage(): (failure: {
  formError: string | null;
  retryAfter?: number | undefined;
}) => string {
  const { t, locale } = useContext(I18nContext);
  const message = useMessage();
  return (failure) => {
    const text = failure.formError ? message(failure.formError) : '';
    return failure.retryAfter ? `${text} ${retryAfterSentence(t, locale, failure.retryAfter)}`.trim() : text;
  };
}

/** What a form shows of its refusal (`FormFailure` from `@rf/web/forms`, or nothing yet). */
interface ShownFailure {
  formError: string | null;
  fieldErrors: Record<string, string>;
  values?: Record<string, string>;
  retryAfter?: number | undefined;
}

/**
 * A refused form in words, one way for every page: `errorOf(name)` is the message next to the field of
 * that `name` (give it to the `@rf/ui` field's `error`: the field sets `aria-invalid` and points
 * `aria-describedby` at it), `errors` the summary's list (each linking to `fieldId(name)`, the name by
 * default), `value(name)` what was typed, `formError` the form-level message (with the wait of a rate limit).
 */
export function useFormFailure(
  failure: ShownFailure | null | undefined,
  options: { fieldId?: (name: string) => string } = {},
) {
  const message = useMessage();
  const failureMessage = useFailureMessage();
  const fieldErrors = failure?.fieldErrors ?? {};
  const fieldId = options.fieldId ?? ((name: string) => name);
  return {
    errorOf: (name: string): string | undefined => {
      const key = fieldErrors[name];
      return key ? message(key) : undefined;
    },
    value: (name: string, fallback = ''): string => failure?.values?.[name] ?? fallback,
    errors: Object.entries(fieldErrors).map(([name, key]) => ({
      fieldId: fieldId(name),
      message: message(key),
    })),
    formError: failure?.formError ? failureMessage(failure) : null,
  };
}
