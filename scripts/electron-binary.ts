// Finds the Electron binary the way the `electron` package does, which downloads it on first use.
// Where that download cannot happen (no access to GitHub), the caller gets one clear sentence.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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

/**
 * The Electron executable if it is already installed, without the download `require('electron')`
 * would start (the desktop smoke suite checks this first); else why not, in one sentence.
 */
export function installedElectron(env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  const packageDir = path.resolve(import.meta.dirname, '..', 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  if (fs.existsSync(candidate)) return { ok: true, path: candidate };
  return {
    ok: false,
    message:
      `The Electron binary is not installed (${candidate} is missing), so the desktop smoke suite did not run: ` +
      'run `npx install-electron` with internet access, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked ' +
      'Electron 45, then `npm run test:electron`.',
  };
}
