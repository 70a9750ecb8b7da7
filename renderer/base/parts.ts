// The workbench's parts for the keyboard, as VS Code's "Focus Next Part" (F6) and "Focus
// Previous Part" (Shift+F6) see them: activity bar, side bar, editor, panel, status bar, in that
// order and round again; a hidden part is skipped. Focus lands on the part's own element — the
// active view's item, the side view's current row, the editor's last focused control, the panel's
// list — so the keyboard user can act at once, never on a bare container unless it holds nothing.

export const parts = ['activitybar', 'sidebar', 'editor', 'panel', 'statusbar'] as const;
export type Part = (typeof parts)[number];

/** Each part's container in the existing markup (the landmarks that name them). */
const containers: Record<Part, string> = {
  activitybar: 'nav.activitybar',
  sidebar: 'aside.sidebar',
  editor: 'section.editor-area',
  panel: 'section.panel',
  statusbar: 'footer.statusbar',
};

const focusable =
  'input:not([type="hidden"]), select, textarea, button, a[href], summary, [tabindex]:not([tabindex="-1"])';

/** The part `step` away from `current` among the visible ones, wrapping; null when none is visible. */
export function nextPart(current: Part | null, visible: readonly Part[], step: 1 | -1): Part | null {
  const shown = parts.filter((p) => visible.includes(p));
  if (shown.length === 0) return null;
  if (current === null) return step === 1 ? shown[0]! : shown[shown.length - 1]!;
  // Start from the current part's place in the full order, so a part that just hid still counts.
  const from = parts.indexOf(current);
  for (let i = 1; i <= parts.length; i++) {
    const candidate = parts[(from + step * i + parts.length * 2) % parts.length]!;
    if (shown.includes(candidate)) return candidate;
  }
  return null;
}

export function partContainer(part: Part, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(containers[part]);
}

export function visibleParts(root: ParentNode = document): Part[] {
  return parts.filter((p) => partContainer(p, root) !== null);
}

/** The part holding `element`, or null (the page body, an overlay such as the palette). */
export function partOf(element: Element | null): Part | null {
  if (!element) return null;
  return parts.find((p) => element.closest(containers[p]) !== null) ?? null;
}

const firstFocusable = (scope: ParentNode | null | undefined): HTMLElement | null =>
  [...(scope?.querySelectorAll<HTMLElement>(focusable) ?? [])].find(
    (e) => !e.matches(':disabled') && !e.closest('[hidden]'),
  ) ?? null;

// The element last focused in each editor pane: F6 back into the editor returns there, as VS Code
// restores an editor's focus. Panes stay mounted while their tab is open, so they key the map.
const lastFocused = new WeakMap<Element, HTMLElement>();

/** Records focus inside editor panes; returns the function that stops recording. */
export function trackEditorFocus(): () => void {
  const onFocusIn = (event: FocusEvent) => {
    const element = event.target instanceof HTMLElement ? event.target : null;
    const pane = element?.closest('.editor-pane');
    if (element && pane) lastFocused.set(pane, element);
  };
  document.addEventListener('focusin', onFocusIn);
  return () => document.removeEventListener('focusin', onFocusIn);
}

function editorTarget(container: HTMLElement): HTMLElement | null {
  const pane = container.querySelector<HTMLElement>('.editor-pane:not([hidden])');
  if (!pane) return firstFocusable(container);
  const last = lastFocused.get(pane);
  if (last?.isConnected && pane.contains(last) && !last.closest('[hidden]')) return last;
  return firstFocusable(pane) ?? container.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
}

/** The element that takes focus when the keyboard moves into `part`. */
export function focusTarget(part: Part, container: HTMLElement): HTMLElement | null {
  switch (part) {
    case 'activitybar':
      return container.querySelector<HTMLElement>('[tabindex="0"]') ?? firstFocusable(container);
    case 'sidebar':
      return (
        container.querySelector<HTMLElement>('[data-side-view-focus]') ??
        container.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]') ??
        firstFocusable(container)
      );
    case 'editor':
      return editorTarget(container);
    case 'panel':
      // The view's list (its first row), else the view's tab: never a filter field, where
      // Ctrl+Z would undo typing instead of the workspace's last change.
      return (
        container.querySelector<HTMLElement>('[role="tabpanel"] [data-panel-focus]') ??
        container.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')
      );
    case 'statusbar':
      return firstFocusable(container);
  }
}

/** Puts keyboard focus into `part`; false when the part is not on screen. */
export function focusPart(part: Part, root: ParentNode = document): boolean {
  const container = partContainer(part, root);
  if (!container) return false;
  const target = focusTarget(part, container);
  if (target) {
    target.focus();
    return true;
  }
  // A part with nothing to operate (no editor open): its landmark takes focus, so F6 still
  // stops there and a screen reader names it.
  container.tabIndex = -1;
  container.focus();
  return true;
}

/** F6 and Shift+F6: focus moves to the next or previous visible part. */
export function focusNextPart(step: 1 | -1): void {
  const next = nextPart(partOf(document.activeElement), visibleParts(), step);
  if (next) focusPart(next);
}

const PANEL_WAIT_FRAMES = 60;

/**
 * Focuses the panel once it shows `view` (a command opened it): its list's first row as soon as
 * it is there (the Activity list loads first), else after a second the view's tab. The wait ends
 * when the user clicks or types meanwhile: focus stays where they put it.
 */
export function focusPanel(view: string): void {
  let frames = PANEL_WAIT_FRAMES;
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
  };
  const stop = () => {
    window.removeEventListener('pointerdown', cancel, true);
    window.removeEventListener('keydown', cancel, true);
  };
  const attempt = () => {
    if (cancelled) return stop();
    const body = document.getElementById(`panel-${view}`);
    if (body && (body.querySelector('[data-panel-focus]') || frames <= 0)) {
      stop();
      focusPart('panel');
    } else if (frames-- > 0) requestAnimationFrame(attempt);
    else stop();
  };
  window.addEventListener('pointerdown', cancel, true);
  window.addEventListener('keydown', cancel, true);
  attempt();
}
