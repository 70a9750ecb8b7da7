// UI language and colour theme. The stored preference may be "follow the system"; `language`
// is always the one in effect.
import { create } from 'zustand';
import type { Language, Preferences, ThemePreference } from '../../shared/contract/schemas.ts';
import { languageForLocale } from '../../shared/i18n/i18n.ts';
import { client } from './client.ts';

interface PrefsState {
  readonly language: Language;
  readonly languagePreference: Language | null;
  readonly theme: ThemePreference;
  readonly autoSave: boolean;
  /** A single click in a tree or list opens the item in the reusable preview tab. */
  readonly enablePreview: boolean;
  apply(preferences: Preferences): void;
  setAutoSave(on: boolean): Promise<void>;
  setEnablePreview(on: boolean): Promise<void>;
  setLanguage(language: Language | null): Promise<void>;
  setTheme(theme: ThemePreference): Promise<void>;
}

export function systemLanguage(): Language {
  return languageForLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}

export const usePrefs = create<PrefsState>()((set, get) => ({
  language: systemLanguage(),
  languagePreference: null,
  theme: 'system',
  autoSave: false,
  enablePreview: true,
  apply: (preferences) =>
    set({
      languagePreference: preferences.language,
      language: preferences.language ?? systemLanguage(),
      theme: preferences.theme,
      autoSave: preferences.autoSave,
      enablePreview: preferences.enablePreview,
    }),
  setAutoSave: async (autoSave) => {
    set({ autoSave });
    await client().call('preferences.update', { autoSave });
  },
  setEnablePreview: async (enablePreview) => {
    set({ enablePreview });
    await client().call('preferences.update', { enablePreview });
  },
  setLanguage: async (language) => {
    get().apply({
      language,
      theme: get().theme,
      autoSave: get().autoSave,
      enablePreview: get().enablePreview,
    });
    await client().call('preferences.update', { language });
  },
  setTheme: async (theme) => {
    set({ theme });
    await client().call('preferences.update', { theme });
  },
}));
