import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldIssue } from '../api.ts';
import { useErrorMessage } from './useErrorMessage.ts';

export interface FormErrorOptions {
  /** The names of the form's fields; an issue on another path becomes the general error. */
  fields: readonly string[];
  /** A sentence per field (or per path outside the form) that replaces the generic one. */
  byField?: Partial<Record<string, string>>;
  /** A sentence per error code for the general error. */
  byCode?: Partial<Record<string, string>>;
}

export interface FormErrors {
  /** For `<Form validationErrors>`: shown beside each field until the person edits it. */
  fieldErrors: Record<string, string>;
  /** One sentence for the whole form, or null. */
  generalError: string | null;
}

/**
 * Splits a failed submission into errors beside the fields (from the zod issues in the API's
 * `details`) and a general error above the form.
 */
export function useFormErrors(error: unknown, options: FormErrorOptions): FormErrors {
  const { t } = useTranslation();
  const message = useErrorMessage();
  // The same error gives the same `fieldErrors` object, however the caller writes its options
  // (usually literals, new on every render). React Aria's Form shows `validationErrors` again
  // whenever it gets a new object: a person who corrects a field after a refused submission would
  // otherwise find the old server error back on the next keystroke, and the browser would block
  // the corrected submission with it.
  const optionsKey = JSON.stringify([options.fields, options.byField ?? {}, options.byCode ?? {}]);
  return useMemo(() => {
    const [fields, byField, byCode] = JSON.parse(optionsKey) as [readonly string[], Partial<Record<string, string>>, Partial<Record<string, string>>];
    if (!error) return { fieldErrors: {}, generalError: null };
    const fieldErrors: Record<string, string> = {};
    let outside: string | null = null;
    const issues: FieldIssue[] = error instanceof ApiError ? error.fieldIssues : [];
    for (const issue of issues) {
      const field = String(issue.path[0] ?? '');
      if (fields.includes(field)) fieldErrors[field] ??= byField?.[field] ?? issueMessage(t, issue);
      else outside ??= byField?.[field] ?? null;
    }
    const hasFieldErrors = Object.keys(fieldErrors).length > 0;
    const generalError = outside ?? (hasFieldErrors ? t('errors.validation_failed') : message(error, byCode));
    return { fieldErrors, generalError };
  }, [error, optionsKey, t, message]);
}

function issueMessage(t: TFunction, issue: FieldIssue): string {
  switch (issue.code) {
    case 'too_small':
      return t('validation.tooShort');
    case 'too_big':
      return t('validation.tooLong');
    case 'invalid_format':
      return t('validation.invalidFormat');
    default:
      return t('validation.invalid');
  }
}
