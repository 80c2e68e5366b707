import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export const MIN_PASSWORD_LENGTH = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Field checks for react-aria's `validate`, with messages in the UI's language (the browser's
 * own messages would follow the browser's language instead).
 */
export function useValidators() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      required: (value: string) => (value.trim() ? null : t('validation.required')),
      email: (value: string) => (!value.trim() ? t('validation.required') : EMAIL.test(value.trim()) ? null : t('validation.email')),
      password: (value: string) =>
        !value ? t('validation.required') : value.length < MIN_PASSWORD_LENGTH ? t('validation.passwordTooShort', { count: MIN_PASSWORD_LENGTH }) : null,
      repeatOf: (first: string) => (value: string) => (!value ? t('validation.required') : value === first ? null : t('validation.passwordsDiffer')),
      minLength: (min: number) => (value: string) => (!value.trim() ? t('validation.required') : value.trim().length < min ? t('validation.minLength', { count: min }) : null),
    }),
    [t],
  );
}
