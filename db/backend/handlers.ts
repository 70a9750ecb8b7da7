// The backend's implementation of every contract call, in one table. Inputs arrive validated;
// the dispatcher (backend.ts) runs write calls in one transaction.

import path from 'node:path';
import type { z } from 'zod';
import type { CallName, CallOutput, Contract } from '../../shared/contract/contract.ts';
import * as clusters from './clusters.ts';
import type { CallContext } from './context.ts';

export type Handlers = {
  [N in CallName]: (input: z.output<Contract[N]['input']>, ctx: CallContext) => CallOutput<N>;
};

export const handlers: Handlers = {
  'workspace.info': (_input, ctx) => ({
    path: ctx.workspacePath,
    fileName: path.basename(ctx.workspacePath),
    schemaVersion: ctx.schemaVersion,
    readOnly: ctx.readOnly,
  }),

  'clusters.list': (_input, ctx) => clusters.listClusters(ctx),
  'clusters.get': ({ id }, ctx) => clusters.getCluster(ctx, id),
  'clusters.create': ({ name }, ctx) => clusters.createCluster(ctx, name),
  'clusters.rename': ({ id, name }, ctx) => clusters.renameCluster(ctx, id, name),
  'clusters.delete': ({ id }, ctx) => clusters.deleteCluster(ctx, id),

  'preferences.get': (_input, ctx) => ctx.appState.preferences,
  'preferences.update': (patch, ctx) => {
    const updated = ctx.appState.updatePreferences(
      Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    );
    ctx.emit({ type: 'preferencesChanged' });
    return updated;
  },

  'viewState.get': (_input, ctx) => ctx.appState.viewState(ctx.workspacePath),
  'viewState.save': (state, ctx) => {
    ctx.appState.saveViewState(ctx.workspacePath, state);
    return {};
  },
};
