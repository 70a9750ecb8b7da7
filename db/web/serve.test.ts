// `npm run web` options: --demo decides only for a new workspace, so an existing one is opened as
// it is and the host says so in one sentence naming the file; --fresh starts with a new workspace
// in a temporary folder (empty with --demo none), removed when the host stops; --help lists them.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callHost } from '../../test/e2e/support/api.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { openWorkspace } from '../sqlite/connection.ts';

const serve = path.join(import.meta.dirname, 'serve.ts');
const newDir = tempDirs();
const running: ChildProcess[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map(stop));
});

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts serve.ts and resolves with its output up to the address to open. */
async function start(...args: string[]): Promise<{ child: ChildProcess; stdout: string; url: string }> {
  const child = spawn(process.execPath, [serve, '--renderer', newDir(), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${stdout}${stderr}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Open: (\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${stdout}${stderr}`)));
  });
  return { child, stdout, url };
}

describe('npm run web', () => {
  it('--help lists the options, --fresh among them', () => {
    const result = spawnSync(process.execPath, [serve, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    for (const option of ['--workspace', '--data-dir', '--demo', '--fresh', '--port']) {
      expect(result.stdout).toContain(option);
    }
  });

  it('says in one sentence that --demo does not apply to an existing workspace, and how to start empty', async () => {
    const dataDir = newDir();
    const workspace = path.join(dataDir, 'workspace.clusterpilot');
    (await openWorkspace(workspace)).db.close();
    const { stdout } = await start('--data-dir', dataDir, '--demo', 'none');
    const first = stdout.split('\n')[0]!;
    expect(first).toBe(
      `Opening the existing workspace ${workspace} as it is (--demo applies only to a new one); ` +
        'to start empty, use npm run web -- --fresh --demo none.',
    );
  });

  it('says nothing of the kind for a new workspace', async () => {
    const { stdout } = await start('--data-dir', newDir(), '--demo', 'none');
    expect(stdout).not.toContain('existing workspace');
  });

  it('--fresh --demo none starts with an empty workspace in a temporary folder, removed on stop', async () => {
    const { child, stdout, url } = await start('--fresh', '--demo', 'none');
    const workspace = /\(workspace (.+)\)/.exec(stdout)![1]!;
    expect(path.dirname(path.dirname(workspace))).toBe(path.resolve(os.tmpdir()));
    expect(path.basename(path.dirname(workspace))).toMatch(/^clusterpilot-web-/);
    // The first call waits for the backend, which has created the workspace by then.
    expect(await callHost(url, 'clusters.list', {})).toEqual({ ok: true, data: [] });
    expect(fs.existsSync(workspace)).toBe(true);
    await stop(child);
    expect(fs.existsSync(path.dirname(workspace))).toBe(false);
  });

  it('refuses --fresh together with a workspace or data folder', () => {
    const result = spawnSync(process.execPath, [serve, '--fresh', '--workspace', 'x.clusterpilot'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      '--fresh makes its own temporary workspace: leave out --workspace and --data-dir.',
    );
  });
});
