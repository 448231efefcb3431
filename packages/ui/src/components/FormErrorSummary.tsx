import { type ReactNode, useId } from 'react';
import { Heading, type HeadingLevel } from './Heading.tsx';

export interface FormError {
  /** Id of the field's control (for a `RadioGroup` / `CheckboxGroup`: its first input). */
  fieldId: string;
  /** Same words as the message shown next to the field. */
  message: ReactNode;
}

export interface FormErrorSummaryProps {
  /** e.g. "Le formulaire contient 2 erreurs". */
  title: ReactNode;
  errors: readonly FormError[];
  /** Optional sentence under the title. */
  description?: ReactNode;
  headingLevel?: HeadingLevel;
  id?: string;
  /**
   * Moves focus to the summary when the page loads (HTML `autofocus`, so it works without JavaScript), so
   * that a screen reader reads it first after a failed submission. Defaults to true.
   */
  focusOnLoad?: boolean;
}

/**
 * Summary of a form's errors at the top of the page, each linking to its field (the GOV.UK pattern).
 * Renders nothing when there is no error. Also prefix the page `<title>` with the word for "Error".
 */
export function FormErrorSummary({
  title,
  errors,
  description,
  headingLevel = 2,
  id,
  focusOnLoad = true,
}: FormErrorSummaryProps) {
  const titleId = useId();
  if (errors.length === 0) return null;
  return (
    <div
      className="rf-error-summary"
      id={id}
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      // biome-ignore lint/a11y/noAutofocus: the GOV.UK error summary pattern: after a failed submission, focus goes to the list of errors; without JavaScript only `autofocus` can do it.
      autoFocus={focusOnLoad}
    >
      <Heading level={headingLevel} className="rf-error-summary__title" id={titleId}>
        {title}
      </Heading>
      {description ? <p className="rf-error-summary__description">{description}</p> : null}
      <ul className="rf-error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
