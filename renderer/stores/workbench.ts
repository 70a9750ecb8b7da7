// Layout and editors of the workbench: which side view and panel are open, the side bar's
// width, the open editor tabs (order, active, most recently used, dirty, the one preview tab), and the overlays
// (quick input, dialog, context menu). The persistent part is saved as the workspace's view state.
import { create } from 'zustand';
import type { EditorInput, PanelView, SideView, ViewState } from '../../shared/contract/schemas.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';

export interface EditorTab {
  readonly key: string;
  readonly input: EditorInput;
}

export function editorKey(input: EditorInput): string {
  if (input.kind === 'cluster') return `cluster:${input.id}`;
  if (input.kind === 'entity') return `${input.entity}:${input.id}`;
  if (input.kind === 'guide') return `guide:${input.clusterId}`;
  if (input.kind === 'measurements') return `measurements:${input.clusterId}:${input.indicatorId ?? 'all'}`;
  if (input.kind === 'help') return `help:${input.topic}`;
  if ('evaluationId' in input) return `${input.kind}:${input.evaluationId}`;
  if (input.kind === 'actor') return `actor:${input.id}`;
  if (input.kind === 'networkImport') return `networkImport:${input.clusterId}:${input.what}`;
  if ('clusterId' in input) return `${input.kind}:${input.clusterId}`;
  return input.kind;
}

/** How an editor opens: with focus in it (as in VS Code), unless asked to leave focus where it is. */
export interface OpenOptions {
  /** Leave keyboard focus where it is (opening from the explorer tree or the search results). */
  readonly preserveFocus?: boolean;
  /** The field to focus instead of the editor's first control (a problem's field, a new title). */
  readonly field?: string;
  /** Select the focused field's text, so typing replaces it (a new item's title). */
  readonly select?: boolean;
  /**
   * Open in the one reusable preview tab (a single click in a tree or list, as in VS Code): it
   * replaces the current preview tab instead of adding one. An editor already open stays as it is.
   */
  readonly preview?: boolean;
}

/** An opened editor asks to be focused once its content is there; the editor area does it. */
export interface FocusRequest {
  readonly editor: string;
  readonly field?: string;
  readonly select?: boolean;
  readonly id: number;
}

export interface QuickPickItem {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
  readonly icon?: string;
}

export type QuickInputState =
  | { readonly mode: 'quickOpen'; readonly initial: string }
  | {
      readonly mode: 'prompt';
      readonly title: string;
      readonly initial: string;
      /** Runs on Enter; returns an error message to show under the input, or null to close. */
      readonly accept: (value: string) => Promise<string | null>;
      /** Runs when the prompt is dismissed without an accepted answer (Escape, a click outside). */
      readonly cancel?: () => void;
    }
  | {
      readonly mode: 'pick';
      readonly title: string;
      readonly items: readonly QuickPickItem[];
      readonly pick: (item: QuickPickItem) => void;
    };

export interface DialogButton {
  readonly id: string;
  readonly label: string;
  readonly primary?: boolean;
}

export interface DialogState {
  readonly title: string;
  readonly detail?: string;
  /** Things the question is about, listed under the title (the unsaved editors being closed). */
  readonly items?: readonly string[];
  readonly buttons: readonly DialogButton[];
  readonly cancelId: string;
  /** The button that has focus when the dialog opens (Enter answers with it); else the primary. */
  readonly defaultId?: string;
  readonly resolve: (id: string) => void;
}

export interface ContextMenuItem {
  readonly commandId: string;
  readonly args?: readonly unknown[];
  /** The entry's text when it differs from the command's title ("Close Others" for "Close Other Editors"). */
  readonly label?: MessageKey;
}

export interface ContextMenuState {
  readonly x: number;
  readonly y: number;
  readonly items: readonly ContextMenuItem[];
  /** Where focus returns when the menu closes. */
  readonly returnFocus: HTMLElement | null;
}

interface WorkbenchState {
  readonly sideView: SideView | null;
  readonly sideBarWidth: number;
  readonly panel: PanelView | null;
  readonly expanded: readonly string[];
  readonly editors: readonly EditorTab[];
  readonly active: string | null;
  readonly mru: readonly string[];
  readonly dirty: Readonly<Record<string, boolean>>;
  /** The preview tab (shown in italics): the next item opened by a single click replaces it. */
  readonly preview: string | null;
  readonly quickInput: QuickInputState | null;
  readonly dialog: DialogState | null;
  readonly contextMenu: ContextMenuState | null;
  /** Tree item being renamed inline, by tree key. */
  readonly renaming: string | null;
  /** A short message in the status bar (announced to screen readers), e.g. "Undone: Goal deleted". */
  readonly notice: { readonly text: string; readonly id: number } | null;
  /** An explorer node to show and focus (quick open on items without an editor yet). */
  readonly reveal: string | null;
  /** An editor that should take keyboard focus once its content is on screen. */
  readonly focusRequest: FocusRequest | null;
  readonly restored: boolean;

  restore(state: ViewState | null, exists: (input: EditorInput) => boolean): void;
  persistent(): ViewState;
  showSideView(view: SideView): void;
  toggleSideBar(): void;
  setSideBarWidth(width: number): void;
  showPanel(view: PanelView): void;
  togglePanel(): void;
  setExpanded(key: string, expanded: boolean): void;
  collapseAll(): void;
  openEditor(input: EditorInput, options?: OpenOptions): void;
  activateEditor(key: string): void;
  /** Makes the preview tab a normal one (edited, its tab double-clicked, opened by double-click or Enter). */
  pinEditor(key: string): void;
  /** Removes a tab without asking; use the closeEditor command to honour unsaved changes. */
  removeEditor(key: string): void;
  moveEditor(key: string, toIndex: number): void;
  setDirty(key: string, dirty: boolean): void;
  setQuickInput(state: QuickInputState | null): void;
  setDialog(state: DialogState | null): void;
  setContextMenu(state: ContextMenuState | null): void;
  setRenaming(key: string | null): void;
  notify(text: string): void;
  setReveal(key: string | null): void;
  /** Drops the focus request `id` (done, or given up), unless a newer one replaced it. */
  endFocusRequest(id: number): void;
}

/**
 * Where an opened editor's tab goes: an open one stays where it is (and is pinned unless opened as
 * a preview); a new preview takes the place of the current preview tab; anything else is appended.
 */
function placeTab(
  s: Pick<WorkbenchState, 'editors' | 'mru' | 'dirty' | 'preview'>,
  tab: EditorTab,
  preview: boolean,
): Pick<WorkbenchState, 'editors' | 'mru' | 'preview'> {
  const mru = [tab.key, ...s.mru.filter((k) => k !== tab.key)];
  if (s.editors.some((e) => e.key === tab.key))
    return { editors: s.editors, mru, preview: !preview && s.preview === tab.key ? null : s.preview };
  if (!preview) return { editors: [...s.editors, tab], mru, preview: s.preview };
  const replaced = s.preview && !s.dirty[s.preview] ? s.preview : null;
  if (!replaced) return { editors: [...s.editors, tab], mru, preview: tab.key };
  return {
    editors: s.editors.map((e) => (e.key === replaced ? tab : e)),
    mru: mru.filter((k) => k !== replaced),
    preview: tab.key,
  };
}

/** Which tabs a close action takes, in the strip's order ("Close Others" of `key`, …). */
export type CloseScope = 'others' | 'right' | 'saved' | 'all';

export function editorsToClose(
  editors: readonly EditorTab[],
  dirty: Readonly<Record<string, boolean>>,
  scope: CloseScope,
  key: string | null,
): string[] {
  const index = editors.findIndex((e) => e.key === key);
  const keys = editors.map((e) => e.key);
  if (scope === 'others') return index === -1 ? [] : keys.filter((k) => k !== key);
  if (scope === 'right') return index === -1 ? [] : keys.slice(index + 1);
  if (scope === 'saved') return keys.filter((k) => !dirty[k]);
  return keys;
}

export const SIDEBAR_MIN = 170;
export const SIDEBAR_MAX = 800;
const clampWidth = (w: number) => Math.round(Math.min(SIDEBAR_MAX, Math.max(SIDEBAR_MIN, w)));

export const useWorkbench = create<WorkbenchState>()((set, get) => ({
  sideView: 'explorer',
  sideBarWidth: 280,
  panel: null,
  expanded: [],
  editors: [],
  active: null,
  mru: [],
  dirty: {},
  preview: null,
  quickInput: null,
  dialog: null,
  contextMenu: null,
  renaming: null,
  notice: null,
  reveal: null,
  focusRequest: null,
  restored: false,

  restore: (state, exists) => {
    if (!state) {
      const welcome: EditorTab = { key: 'welcome', input: { kind: 'welcome' } };
      set({ editors: [welcome], active: 'welcome', mru: ['welcome'], restored: true });
      return;
    }
    const editors = state.editors.filter(exists).map((input) => ({ key: editorKey(input), input }));
    const activeInput = state.activeEditor === null ? undefined : state.editors[state.activeEditor];
    const activeKey = activeInput && exists(activeInput) ? editorKey(activeInput) : (editors[0]?.key ?? null);
    const previewInput = state.previewEditor === undefined ? undefined : state.editors[state.previewEditor];
    set({
      editors,
      active: activeKey,
      preview: previewInput && exists(previewInput) ? editorKey(previewInput) : null,
      mru: activeKey ? [activeKey, ...editors.map((e) => e.key).filter((k) => k !== activeKey)] : [],
      sideView: state.sideView,
      sideBarWidth: clampWidth(state.sideBarWidth),
      panel: state.panel,
      expanded: state.expanded,
      restored: true,
    });
  },
  persistent: () => {
    const s = get();
    const activeIndex = s.editors.findIndex((e) => e.key === s.active);
    const previewIndex = s.editors.findIndex((e) => e.key === s.preview);
    return {
      editors: s.editors.map((e) => e.input),
      activeEditor: activeIndex === -1 ? null : activeIndex,
      ...(previewIndex === -1 ? {} : { previewEditor: previewIndex }),
      sideView: s.sideView,
      sideBarWidth: s.sideBarWidth,
      panel: s.panel,
      expanded: [...s.expanded],
    };
  },
  showSideView: (view) => set({ sideView: view }),
  toggleSideBar: () => set((s) => ({ sideView: s.sideView ? null : 'explorer' })),
  setSideBarWidth: (width) => set({ sideBarWidth: clampWidth(width) }),
  showPanel: (view) => set({ panel: view }),
  togglePanel: () => set((s) => ({ panel: s.panel ? null : 'problems' })),
  setExpanded: (key, expanded) =>
    set((s) => ({
      expanded: expanded ? [...new Set([...s.expanded, key])] : s.expanded.filter((k) => k !== key),
    })),
  collapseAll: () => set({ expanded: [] }),
  openEditor: (input, options = {}) => {
    const key = editorKey(input);
    set((s) => ({
      ...placeTab(s, { key, input }, options.preview === true),
      active: key,
      focusRequest: options.preserveFocus
        ? s.focusRequest
        : {
            editor: key,
            ...(options.field ? { field: options.field } : {}),
            ...(options.select ? { select: true } : {}),
            id: (s.focusRequest?.id ?? 0) + 1,
          },
    }));
  },
  activateEditor: (key) => set((s) => ({ active: key, mru: [key, ...s.mru.filter((k) => k !== key)] })),
  pinEditor: (key) => set((s) => (s.preview === key ? { preview: null } : {})),
  removeEditor: (key) =>
    set((s) => {
      const editors = s.editors.filter((e) => e.key !== key);
      const mru = s.mru.filter((k) => k !== key);
      const { [key]: _removed, ...dirty } = s.dirty;
      const active = s.active === key ? (mru[0] ?? null) : s.active;
      return { editors, mru, dirty, active, preview: s.preview === key ? null : s.preview };
    }),
  moveEditor: (key, toIndex) =>
    set((s) => {
      const from = s.editors.findIndex((e) => e.key === key);
      if (from === -1) return {};
      const editors = [...s.editors];
      const [tab] = editors.splice(from, 1);
      editors.splice(Math.max(0, Math.min(editors.length, toIndex)), 0, tab!);
      return { editors };
    }),
  // An editor with changes is no longer a preview: the next single click must not replace it.
  setDirty: (key, dirty) =>
    set((s) => ({
      ...(Boolean(s.dirty[key]) === dirty ? {} : { dirty: { ...s.dirty, [key]: dirty } }),
      ...(dirty && s.preview === key ? { preview: null } : {}),
    })),
  setQuickInput: (quickInput) => set({ quickInput }),
  setDialog: (dialog) => set({ dialog }),
  setContextMenu: (contextMenu) => set({ contextMenu }),
  setRenaming: (renaming) => set({ renaming }),
  endFocusRequest: (id) => set((s) => (s.focusRequest?.id === id ? { focusRequest: null } : {})),
  setReveal: (reveal) => set(reveal ? { reveal, sideView: 'explorer' } : { reveal }),
  notify: (text) => {
    const id = Date.now();
    set({ notice: { text, id } });
    setTimeout(() => {
      if (get().notice?.id === id) set({ notice: null });
    }, 6000);
  },
}));

/** Editors with unsaved changes register how to save them; the Save command calls this. */
const saveHandlers = new Map<string, () => Promise<boolean>>();

export function registerSaveHandler(key: string, save: () => Promise<boolean>): () => void {
  saveHandlers.set(key, save);
  return () => {
    if (saveHandlers.get(key) === save) saveHandlers.delete(key);
  };
}

export async function saveEditor(key: string): Promise<boolean> {
  const save = saveHandlers.get(key);
  return save ? save() : true;
}

/** A yes/no question with the confirming button first; true when confirmed. */
export async function confirmDialog(options: {
  title: string;
  detail: string;
  confirm: string;
  cancel: string;
}): Promise<boolean> {
  const choice = await showDialog({
    title: options.title,
    detail: options.detail,
    // A confirmation guards something that changes or removes data: Enter alone must not do it,
    // so Cancel is the default button and the action is one deliberate Tab away.
    buttons: [
      { id: 'confirm', label: options.confirm },
      { id: 'cancel', label: options.cancel, primary: true },
    ],
    cancelId: 'cancel',
    defaultId: 'cancel',
  });
  return choice === 'confirm';
}

export function showDialog(options: Omit<DialogState, 'resolve'>): Promise<string> {
  return new Promise((resolve) => {
    useWorkbench.getState().setDialog({
      ...options,
      resolve: (id) => {
        useWorkbench.getState().setDialog(null);
        resolve(id);
      },
    });
  });
}
