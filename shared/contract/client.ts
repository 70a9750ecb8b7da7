// The typed client both transports plug into. UI code calls `client.call('clusters.create', …)`
// and never knows whether IPC or HTTP carries it.
import type { CallInput, CallName, CallOutput } from './contract.ts';
import type { BackendEvent } from './events.ts';
import type { Result } from './result.ts';

/** What a transport provides: one function to call, one to listen. */
export interface Transport {
  call(name: string, input: unknown): Promise<Result<unknown>>;
  listen(listener: (event: BackendEvent) => void): () => void;
}

export interface ContractClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>>;
  listen(listener: (event: BackendEvent) => void): () => void;
}

export function createClient(transport: Transport): ContractClient {
  return {
    call: async (name, input) => {
      try {
        return (await transport.call(name, input)) as Result<never>;
      } catch (error) {
        return { ok: false, error: { kind: 'internal', message: String(error) } };
      }
    },
    listen: (listener) => transport.listen(listener),
  };
}
