// The contract client the whole renderer uses; set once at start-up (or by a test).
import type { ContractClient } from '../../shared/contract/client.ts';

let current: ContractClient | null = null;

export function setClient(client: ContractClient): void {
  current = client;
}

export function client(): ContractClient {
  if (!current) throw new Error('The contract client is not set up yet.');
  return current;
}
