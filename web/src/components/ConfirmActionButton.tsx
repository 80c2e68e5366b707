import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './ErrorNotice.tsx';

interface ConfirmActionButtonProps {
  label: string;
  ariaLabel: string;
  title: string;
  text: ReactNode;
  confirmLabel: string;
  /** The message of a failed attempt, shown in the dialog. */
  error: string | null;
  isPending: boolean;
  /** Runs the action; call `close` when it succeeded. */
  onConfirm: (close: () => void) => void;
}

/** A small button that asks for confirmation in an alert dialog before an action that cannot be undone. */
export function ConfirmActionButton({ label, ariaLabel, title, text, confirmLabel, error, isPending, onConfirm }: ConfirmActionButtonProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button button-small button-secondary" aria-label={ariaLabel}>
        {label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{title}</Heading>
                <p>{text}</p>
                {error ? <ErrorNotice>{error}</ErrorNotice> : null}
                <div className="form-actions">
                  <Button className="button button-danger" isPending={isPending} onPress={() => onConfirm(close)}>
                    {confirmLabel}
                  </Button>
                  <Button className="button button-secondary" onPress={close}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
