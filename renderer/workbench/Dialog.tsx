// A modal dialog (confirmations, unsaved changes): focus moves to the default button (Cancel in a
// confirmation, else the primary one), Tab stays inside, Escape answers with the cancel button.
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useWorkbench } from '../stores/workbench.ts';

export function Dialog() {
  const dialog = useWorkbench((s) => s.dialog);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    const buttons = ref.current?.querySelectorAll<HTMLElement>('button');
    const index = dialog.buttons.findIndex((b) => b.id === dialog.defaultId);
    (buttons?.[index] ?? ref.current?.querySelector<HTMLElement>('button.primary, button'))?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, [dialog]);
  if (!dialog) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.resolve(dialog.cancelId);
    } else if (event.key === 'Tab') {
      const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('button') ?? [])];
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      event.preventDefault();
      buttons[next]?.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        aria-describedby={
          [dialog.items?.length ? 'dialog-items' : '', dialog.detail ? 'dialog-detail' : '']
            .join(' ')
            .trim() || undefined
        }
        onKeyDown={onKeyDown}
      >
        <h2 id="dialog-title">{dialog.title}</h2>
        {dialog.items && dialog.items.length > 0 && (
          <ul id="dialog-items" className="dialog-items">
            {dialog.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
        {dialog.detail && <p id="dialog-detail">{dialog.detail}</p>}
        <div className="dialog-buttons">
          {dialog.buttons.map((button) => (
            <button
              key={button.id}
              type="button"
              className={`button ${button.primary ? 'primary' : 'secondary'}`}
              onClick={() => dialog.resolve(button.id)}
            >
              {button.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
