// Starts the real web host (`node db/web/serve.ts`) as a child process on a temp data folder,
// as `npm run web` does, and stops it again. Restarting on the same folder is how the tests
// prove that data and layout survive a restart.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export interface RunningHost {
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
  readonly workspace: string;
  /** Milliseconds from spawning the process to the host printing its address. */
  readonly startupMs: number;
  stop(): Promise<void>;
}

export function tempDataDir(prefix = 'clusterpilot-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startHost(
  dataDir: string,
  /** `demo`: 'ui' passes no --demo (the demo then follows the browser's language). */
  options: {
    demo?: 'none' | 'de' | 'en' | 'ui';
    env?: Record<string, string>;
    /** The backend worker's entry (serve.ts --worker), e.g. the bundle `npm run web` runs. */
    worker?: string;
    /** The host itself: db/web/serve.ts (default), or its bundle dist/web/serve.mjs. */
    entry?: string;
  } = {},
): Promise<RunningHost> {
  const workspace = path.join(dataDir, 'workspace.clusterpilot');
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.resolve(root, options.entry ?? 'db/web/serve.ts'),
      '--data-dir',
      dataDir,
      '--workspace',
      workspace,
      ...(options.demo === 'ui' ? [] : ['--demo', options.demo ?? 'none']),
      ...(options.worker ? ['--worker', options.worker] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  const startupMs = performance.now() - started;
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    workspace,
    startupMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
