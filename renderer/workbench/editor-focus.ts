// Keyboard focus for an opened editor, as in VS Code: once the editor's content is on screen,
// focus goes to the requested field (selected for a new item's title), else to the editor's
// focus target (its grid, say), else to its first control. An editor that loads its data first
// is waited for; the request is dropped when the user clicks or types meanwhile, or after a while.
import type { FocusRequest } from '../stores/workbench.ts';

const GIVE_UP_MS = 5000;
const controls =
  'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

function target(pane: HTMLElement, request: FocusRequest, selector: string | undefined): HTMLElement | null {
  if (request.field) return pane.querySelector<HTMLElement>(`[name="${CSS.escape(request.field)}"]`);
  if (selector) return pane.querySelector<HTMLElement>(selector);
  return [...pane.querySelectorAll<HTMLElement>(controls)].find((e) => !e.matches(':disabled')) ?? null;
}

/** Focuses the editor in `pane` when its target appears; returns a function that stops waiting. */
export function focusWhenReady(
  pane: HTMLElement,
  request: FocusRequest,
  selector: string | undefined,
  done: () => void,
): () => void {
  const attempt = () => {
    const element = target(pane, request, selector);
    if (!element) return;
    element.focus();
    if (document.activeElement !== element) return;
    if (request.select && (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement))
      element.select();
    finish();
  };
  const observer = new MutationObserver(attempt);
  const timer = setTimeout(() => finish(), GIVE_UP_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    window.removeEventListener('pointerdown', userActed, true);
    window.removeEventListener('keydown', userActed, true);
  };
  const finish = () => {
    stop();
    done();
  };
  // The user went elsewhere before the editor was ready: focus stays where they put it.
  const userActed = () => finish();
  observer.observe(pane, { childList: true, subtree: true, attributes: true });
  window.addEventListener('pointerdown', userActed, true);
  window.addEventListener('keydown', userActed, true);
  attempt();
  return stop;
}
