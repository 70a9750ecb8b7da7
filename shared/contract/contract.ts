// The one contract between the renderer and the backend. Each call has a name, an input schema
// and an output schema; the backend (db/) validates every input against it at run time, and
// both transports (Electron IPC, loopback HTTP) carry exactly these calls.
import { z } from 'zod';
import * as s from './schemas.ts';

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** True for calls that change the workspace: they run in one write transaction. */
  readonly writes: boolean;
}

function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> {
  return { input, output, writes: false };
}
function command<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> {
  return { input, output, writes: true };
}

const none = z.strictObject({});

export const contract = {
  'workspace.info': query(none, s.workspaceInfo),

  'clusters.list': query(none, z.array(s.cluster)),
  'clusters.get': query(z.strictObject({ id: s.id }), s.cluster),
  'clusters.create': command(z.strictObject({ name: s.displayName }), s.cluster),
  'clusters.rename': command(z.strictObject({ id: s.id, name: s.displayName }), s.cluster),
  'clusters.delete': command(z.strictObject({ id: s.id }), z.strictObject({ id: s.id })),

  'preferences.get': query(none, s.preferences),
  'preferences.update': command(s.preferences.partial().strict(), s.preferences),

  'viewState.get': query(none, s.viewState.nullable()),
  'viewState.save': command(s.viewState, z.strictObject({})),
} as const satisfies Record<string, CallSpec>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
