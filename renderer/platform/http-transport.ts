// The web transport: contract calls as JSON over POST /api/call and backend events as a
// server-sent event stream, both carrying the host's one-time token in a header.
import type { Transport } from '../../shared/contract/client.ts';
import type { BackendEvent } from '../../shared/contract/events.ts';
import type { Result } from '../../shared/contract/result.ts';

export const TOKEN_HEADER = 'x-clusterpilot-token';

export function httpTransport(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): Transport {
  const listeners = new Set<(event: BackendEvent) => void>();
  let abort: AbortController | null = null;

  async function call(name: string, input: unknown): Promise<Result<unknown>> {
    const response = await fetchImpl(`${baseUrl}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ name, input }),
    });
    // The host answers refused envelopes and oversized calls with a typed result too.
    if (response.headers.get('content-type')?.startsWith('application/json'))
      return (await response.json()) as Result<unknown>;
    if (!response.ok) {
      return {
        ok: false,
        error: { kind: 'forbidden', reason: `${response.status} ${await response.text()}` },
      };
    }
    return { ok: false, error: { kind: 'internal', message: `unexpected answer ${response.status}` } };
  }

  async function stream(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        const response = await fetchImpl(`${baseUrl}/api/events`, {
          headers: { [TOKEN_HEADER]: token },
          signal,
        });
        if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end = buffer.indexOf('\n\n');
          while (end !== -1) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = frame
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice(6))
              .join('\n');
            if (data) {
              const event = JSON.parse(data) as BackendEvent;
              for (const listener of listeners) listener(event);
            }
            end = buffer.indexOf('\n\n');
          }
        }
      } catch {
        if (signal.aborted) return;
      }
      // The host went away or restarted: try again shortly.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  return {
    call,
    listen(listener) {
      listeners.add(listener);
      if (!abort) {
        abort = new AbortController();
        void stream(abort.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && abort) {
          abort.abort();
          abort = null;
        }
      };
    },
  };
}
