/**
 * A modal dialog opened by a button, over react-aria's DialogTrigger, Modal and Dialog: it is named by its
 * title, keeps focus inside while open, closes on Escape (or a click outside), and gives focus back to the
 * button that opened it. The content gets `close` to end it after a save or on Cancel.
 */
import type { ReactNode } from 'react';
import { Dialog as AriaDialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import styles from './Dialog.module.css';

interface DialogProps {
  /** The button that opens it: a ui Button (any react-aria pressable). */
  trigger: ReactNode;
  /** The dialog's heading and accessible name. */
  title: string;
  children: (close: () => void) => ReactNode;
}

export function Dialog({ trigger, title, children }: DialogProps) {
  return (
    <DialogTrigger>
      {trigger}
      <ModalOverlay className={styles.overlay} isDismissable>
        <Modal className={styles.modal}>
          <AriaDialog className={styles.dialog}>
            {({ close }) => (
              <>
                <Heading slot="title" className={styles.title}>
                  {title}
                </Heading>
                {children(close)}
              </>
            )}
          </AriaDialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
