// The audience screen as a page of its own (a second window in the desktop app, a tab in the
// browser): the app opens it on the fragment #meeting=<evaluation id>. It needs no workbench,
// only the client, this computer's theme and the meeting.
import { useEffect } from 'react';
import type { ContractClient } from '../../shared/contract/client.ts';
import { useChanges } from '../stores/changes.ts';
import { setClient } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { MeetingScreen } from './MeetingScreen.tsx';

export async function initializeMeeting(client: ContractClient): Promise<void> {
  setClient(client);
  const preferences = await client.call('preferences.get', {});
  if (preferences.ok) usePrefs.getState().apply(preferences.data);
  // Edits in the manager's window (a verdict recorded) reach this screen too.
  client.listen((event) => {
    if (event.type === 'changed') useChanges.getState().bump(event.entities);
  });
}

export function MeetingApp({ evaluationId }: { evaluationId: number }) {
  const theme = usePrefs((s) => s.theme);
  const language = usePrefs((s) => s.language);
  useEffect(() => {
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
    document.documentElement.dataset.theme = theme === 'system' ? (dark ? 'dark' : 'light') : theme;
    document.documentElement.lang = language;
    document.documentElement.dataset.ready = 'true';
  }, [theme, language]);
  return <MeetingScreen evaluationId={evaluationId} onLeave={() => window.close()} />;
}
