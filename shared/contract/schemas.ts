// Runtime schemas of the contract's data transfer objects. Types derive from them, so the
// schema is the single statement of what crosses a transport. All values are JSON-safe: dates
// travel as ISO strings.
import { z } from 'zod';

export const id = z.number().int().positive();

/** Display names of things: trimmed, not empty, no control characters, 120 characters at most. */
export const displayName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((s) => !/\p{Cc}/u.test(s), { params: { code: 'invalidFormat' } });

export const isoDateTime = z.iso.datetime({ offset: true });

export const cluster = z.object({
  id,
  name: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Cluster = z.infer<typeof cluster>;

export const language = z.enum(['de', 'en']);
export type Language = z.infer<typeof language>;

export const themePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreference>;

export const preferences = z.object({
  /** null: follow the operating system's language. */
  language: language.nullable(),
  theme: themePreference,
});
export type Preferences = z.infer<typeof preferences>;

/** What an editor tab shows; stored in the view state so tabs come back after a restart. */
export const editorInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cluster'), id }),
  z.object({ kind: z.literal('welcome') }),
]);
export type EditorInput = z.infer<typeof editorInput>;

export const sideView = z.enum(['explorer', 'search', 'dashboard', 'reports', 'settings']);
export type SideView = z.infer<typeof sideView>;

export const panelView = z.enum(['problems', 'activity']);
export type PanelView = z.infer<typeof panelView>;

/** The workbench layout of one workspace: open editors, side bar and panel. */
export const viewState = z.object({
  editors: z.array(editorInput).max(50),
  activeEditor: z.number().int().min(0).nullable(),
  sideView: sideView.nullable(),
  sideBarWidth: z.number().int().min(170).max(800),
  panel: panelView.nullable(),
  expanded: z.array(z.string().max(64)).max(5000),
});
export type ViewState = z.infer<typeof viewState>;

export const workspaceInfo = z.object({
  path: z.string(),
  fileName: z.string(),
  schemaVersion: z.number().int(),
  readOnly: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;
