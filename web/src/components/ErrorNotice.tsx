import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isRetryable } from './retryable.ts';
import { useErrorMessage } from './useErrorMessage.ts';

/** An error announced at once (role=alert); with `onRetry`, a button to try again when that can help. */
export function ErrorNotice({ error, onRetry, children }: { error?: unknown; onRetry?: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const retry = onRetry && isRetryable(error) ? onRetry : undefined;
  return (
    <div role="alert" className="notice notice-error">
      <p>{children ?? message(error)}</p>
      {retry ? (
        <Button className="button button-secondary" onPress={retry}>
          {t('errors.retry')}
        </Button>
      ) : null}
    </div>
  );
}

/** A confirmation announced politely (role=status). */
export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="notice notice-success">
      <p>{children}</p>
    </div>
  );
}
