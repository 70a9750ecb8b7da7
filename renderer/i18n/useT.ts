import { useCallback } from 'react';
import { type MessageKey, type MessageParams, translate } from '../../shared/i18n/i18n.ts';
import { usePrefs } from '../stores/prefs.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Translation in components: re-renders when the language changes. */
export function useT(): Translate {
  const language = usePrefs((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}

/** Translation outside React (commands, dialogs opened from commands). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(usePrefs.getState().language, key, params);
}
