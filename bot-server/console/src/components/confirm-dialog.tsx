/**
 * A question asked before something that cannot be undone, as a modal dialog. The native <dialog>
 * keeps focus inside and closes on Escape; on closing, focus goes back to what opened it. The
 * parent mounts it to ask and unmounts it to stop asking.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ErrorMessage } from './error-message';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, read out with the title. */
  description: ReactNode;
  /** Fields the answer needs (a reason), between the description and the buttons. */
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ title, description, children, confirmLabel, pendingLabel, cancelLabel, pending, error, onConfirm, onClose }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      // Not every browser gives focus back when a dialog leaves the page.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onClose();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-description`} className="dialog__description">
        {description}
      </div>
      {children}
      <div className="confirm__buttons">
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={pending}>
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose} disabled={pending}>
          {cancelLabel}
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </dialog>
  );
}
