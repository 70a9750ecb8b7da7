// Names of actors for tab titles: the register is not part of the workspace outline (it can
// hold thousands), so an actor's tab asks for its name once and remembers it until it changes.
import { create } from 'zustand';
import { invalidateEditorTitles } from '../base/editor-registry.ts';
import { client } from '../stores/client.ts';

interface NamesState {
  readonly names: Readonly<Record<number, string>>;
  remember(id: number, name: string): void;
}

export const useActorNames = create<NamesState>()((set) => ({
  names: {},
  remember: (id, name) => {
    if (useActorNames.getState().names[id] === name) return;
    set((s) => ({ names: { ...s.names, [id]: name } }));
    invalidateEditorTitles();
  },
}));

const asked = new Set<number>();

/** The actor's name if known; asks the backend once otherwise (the tab title follows). */
export function actorName(id: number): string | undefined {
  const known = useActorNames.getState().names[id];
  if (known !== undefined) return known;
  if (!asked.has(id)) {
    asked.add(id);
    void client()
      .call('actors.get', { id })
      .then((r) => {
        if (r.ok) useActorNames.getState().remember(id, r.data.name);
      });
  }
  return undefined;
}
