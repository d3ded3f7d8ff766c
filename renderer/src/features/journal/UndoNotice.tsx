/**
 * "Entry deleted. Undo": a polite status at the foot of the window for ten seconds after a delete. Focus
 * moves to Undo (the Delete button that had it is gone with its entry). The time stops while the pointer
 * is on the notice, or while someone on the keyboard is on it, so nobody has to race it; Escape puts it
 * away.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '@renderer/ui/Button';
import styles from './UndoNotice.module.css';

export const UNDO_SECONDS = 10;

interface UndoNoticeProps {
  /** Changes with each delete; null when there is nothing to undo. */
  deletedId: string | null;
  onUndo: () => void;
  onExpire: () => void;
  /** Escape: put away now, and move focus somewhere sensible. */
  onDismiss: () => void;
}

export function UndoNotice({ deletedId, onUndo, onExpire, onDismiss }: UndoNoticeProps) {
  return (
    <div className={styles.region} role="status">
      {deletedId ? <Notice key={deletedId} onUndo={onUndo} onExpire={onExpire} onDismiss={onDismiss} /> : null}
    </div>
  );
}

function Notice({ onUndo, onExpire, onDismiss }: Omit<UndoNoticeProps, 'deletedId'>) {
  const noticeRef = useRef<HTMLDivElement>(null);
  const [isHovered, setHovered] = useState(false);
  const [hasKeyboardFocus, setKeyboardFocus] = useState(false);
  const isHeld = isHovered || hasKeyboardFocus;

  useEffect(() => {
    if (isHeld) return;
    const timer = setTimeout(onExpire, UNDO_SECONDS * 1_000);
    return () => clearTimeout(timer);
  }, [isHeld, onExpire]);

  useEffect(() => {
    noticeRef.current?.querySelector('button')?.focus();
  }, []);

  return (
    <div
      ref={noticeRef}
      className={styles.notice}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={(event) => setKeyboardFocus(event.target.matches(':focus-visible'))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setKeyboardFocus(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <p className={styles.message}>Entry deleted.</p>
      <Button variant="primary" onPress={onUndo}>
        Undo
      </Button>
    </div>
  );
}
