// Where a meeting stands, shared by the presenter view and the audience screen: the backend
// keeps it and announces every move (a `meeting` event), so every screen follows.
import { useEffect, useState } from 'react';
import type { MeetingState } from '../../shared/contract/evaluation.ts';
import { client } from '../stores/client.ts';

export function useMeetingState(evaluationId: number): MeetingState | null {
  const [state, setState] = useState<MeetingState | null>(null);
  useEffect(() => {
    let current = true;
    void client()
      .call('meeting.state', { evaluationId })
      .then((r) => {
        if (current && r.ok) setState((s) => s ?? r.data);
      });
    const stop = client().listen((event) => {
      if (event.type !== 'meeting' || event.state.evaluationId !== evaluationId) return;
      if (requested.get(evaluationId) === event.state.index) requested.delete(evaluationId);
      setState(event.state);
    });
    return () => {
      current = false;
      stop();
    };
  }, [evaluationId]);
  return state;
}

// Keys pressed faster than the backend answers add up: the next move starts from the item last
// asked for, not the one last shown.
const requested = new Map<number, number>();

/** Moves the meeting: every screen follows the backend's event. */
export function goTo(evaluationId: number, index: number): Promise<unknown> {
  requested.set(evaluationId, index);
  return client().call('meeting.goto', { evaluationId, index });
}

/** The item a key moves to, from the item last asked for (or shown). */
export function nextIndex(evaluationId: number, key: string, shown: number, count: number): number | null {
  return meetingKey(key, requested.get(evaluationId) ?? shown, count);
}

/** The meeting's keys, as a presentation program has them. */
export function meetingKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return Math.min(index + 1, count - 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The time of day as the language writes it (14:05; 2:05 PM). */
export function clockText(language: string, now: Date): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-US', {
    hour: 'numeric',
    minute: '2-digit',
  }).format(now);
}

/** The current time, ticking every second. */
export function useClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function minutesSpent(state: MeetingState, itemId: number, now: Date, current: boolean): number {
  const before = state.spent[String(itemId)] ?? 0;
  const running = current ? Math.max(0, (now.getTime() - Date.parse(state.since)) / 1000) : 0;
  return (before + running) / 60;
}
