// Application state that belongs to this computer, not to the workspace file (which can be
// mailed to a colleague): preferences and each workspace's open editors and layout. One JSON
// file in the app-data folder, replaced atomically on every write.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  type Preferences,
  preferences as preferencesSchema,
  type RecentWorkspace,
  recentWorkspace,
  type ViewState,
  viewState,
} from '../../shared/contract/schemas.ts';

const stateFile = z.object({
  preferences: preferencesSchema,
  viewStates: z.record(z.string(), viewState),
  recent: z.array(recentWorkspace).default([]),
});
type StateFile = z.infer<typeof stateFile>;

const defaults: StateFile = {
  preferences: { language: null, theme: 'system', autoSave: false, enablePreview: true },
  viewStates: {},
  recent: [],
};
const MAX_RECENT = 10;

export class AppStateStore {
  readonly #file: string;
  #state: StateFile;

  constructor(dataDir: string) {
    this.#file = path.join(dataDir, 'state.json');
    this.#state = load(this.#file);
  }

  get preferences(): Preferences {
    return this.#state.preferences;
  }

  updatePreferences(patch: Partial<Preferences>): Preferences {
    this.#state = { ...this.#state, preferences: { ...this.#state.preferences, ...patch } };
    this.#save();
    return this.#state.preferences;
  }

  viewState(workspace: string): ViewState | null {
    return this.#state.viewStates[workspace] ?? null;
  }

  saveViewState(workspace: string, state: ViewState): void {
    this.#state = { ...this.#state, viewStates: { ...this.#state.viewStates, [workspace]: state } };
    this.#save();
  }

  get recent(): readonly RecentWorkspace[] {
    return this.#state.recent;
  }

  /** Remembers a workspace as the most recently opened one. */
  touchRecent(file: string, openedAt: string): void {
    const entry = { path: file, fileName: path.basename(file), openedAt };
    const recent = [entry, ...this.#state.recent.filter((r) => r.path !== file)].slice(0, MAX_RECENT);
    this.#state = { ...this.#state, recent };
    this.#save();
  }

  #save(): void {
    fs.mkdirSync(path.dirname(this.#file), { recursive: true });
    const temp = `${this.#file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.#state, null, 2));
    fs.renameSync(temp, this.#file);
  }
}

function load(file: string): StateFile {
  try {
    const parsed = stateFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : defaults;
  } catch {
    // Missing or unreadable: start from defaults; the next save writes a valid file.
    return defaults;
  }
}
