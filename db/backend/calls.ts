// The shape of a feature's calls. Every contract call has exactly one handler, typed by its
// name: the input is what the call's schema yields after validation, the output what its output
// schema accepts. A feature module lists its calls in two tables:
//   rows:  synchronous handlers on the open workspace; the dispatcher wraps each write call in
//          one audited transaction (one Activity entry, one undo step);
//   files: asynchronous handlers that work on files (open, back up, import, export), given the
//          workspace sessions instead of a transaction.
// `satisfies Partial<RowHandlers>` (or FileHandlers) types each handler by its key; the backend
// assembles the tables into `Handlers`, so a missing handler, an unknown name or a wrong type is
// a compile error, and a test checks that no call is handled twice.
import type { z } from 'zod';
import type { CallName, Contract } from '../../shared/contract/contract.ts';
import type { ApiError, Result } from '../../shared/contract/result.ts';
import type { CallContext } from './context.ts';
import type { HostServices } from './host-services.ts';
import type { WorkspaceSessions } from './sessions.ts';

/** A call's input after validation (defaults filled in). */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
/** What a handler returns: anything the call's output schema accepts. */
export type HandlerOutput<N extends CallName> = z.input<Contract[N]['output']>;

export type RowHandler<N extends CallName> = (input: ParsedInput<N>, ctx: CallContext) => HandlerOutput<N>;
export type FileHandler<N extends CallName> = (
  input: ParsedInput<N>,
  ctx: FileContext,
) => Promise<HandlerOutput<N>>;

export type RowHandlers = { [N in CallName]: RowHandler<N> };
export type FileHandlers = { [N in CallName]: FileHandler<N> };
/** One handler for every call of the contract. */
export type Handlers = { [N in CallName]: RowHandler<N> | FileHandler<N> };

/** What a file handler gets: the workspace sessions and the host, not a transaction. */
export interface FileContext {
  readonly sessions: WorkspaceSessions;
  readonly host: HostServices | undefined;
  readonly dataDir: string;
  now(): Date;
  /**
   * Runs `body` as the write call `name` would run: validated input, one audited transaction,
   * its events delivered on success. For file calls that end in a write (an import).
   */
  runAudited<N extends CallName>(name: N, input: unknown, body: RowHandler<N>): Result<HandlerOutput<N>>;
  /** Reads the open workspace as a query call would (no transaction, no audit). */
  read<T>(body: (ctx: CallContext) => T): T;
}

/** Ends a call with a typed error (the dispatcher turns it into a failed result). */
export type { ApiError };
