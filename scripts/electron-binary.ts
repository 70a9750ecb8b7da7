// Finds the Electron binary the way the `electron` package does, which downloads it on first use.
// Where that download cannot happen (no access to GitHub), the caller gets one clear sentence.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export type ElectronLookup = { ok: true; path: string } | { ok: false; message: string };

export const missingElectronMessage =
  'ClusterPilot cannot start: the Electron binary is not installed and could not be downloaded (no network access to its download server), so run `npm run web` to use the same app in your browser.';

export function locateElectron(env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const binary = probe.status === 0 ? probe.stdout.trim() : '';
  if (!binary || !fs.existsSync(binary)) return { ok: false, message: missingElectronMessage };
  return { ok: true, path: binary };
}
