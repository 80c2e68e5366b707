import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';

const KNOWN_CODES = ['validation_failed', 'unauthenticated', 'forbidden', 'not_found', 'conflict', 'gone', 'rate_limited', 'network'] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnown(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/**
 * Translates an error into a sentence in the UI's language. The API's own messages are English
 * and meant for developers, so the UI speaks by error code.
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, byCode: Partial<Record<string, string>> = {}) => {
      if (error instanceof ApiError) {
        const own = byCode[error.code];
        if (own) return own;
        if (isKnown(error.code)) return t(`errors.${error.code}`);
      }
      return t('errors.unknown');
    },
    [t],
  );
}
