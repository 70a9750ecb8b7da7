// The desktop smoke suite's runner where the Electron binary is missing (as on these machines):
// one sentence, "not run" recorded, never counted as passed; standalone it exits non-zero.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function runner(args: string[], results: string) {
  return spawnSync(process.execPath, [path.join(root, 'scripts/test-electron.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: path.join(results, 'no-electron-here'),
      CLUSTERPILOT_TEST_RESULTS: results,
    },
  });
}

describe('npm run test:electron without the Electron binary', () => {
  it('says so in one sentence, records it as not run, and exits 3 (0 inside npm test)', () => {
    const results = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-electron-runner-'));
    try {
      const standalone = runner([], results);
      expect(standalone.status).toBe(3);
      const said = standalone.stdout.trim();
      expect(said.split('\n')).toHaveLength(1);
      expect(said).toMatch(/^The Electron binary is not installed .* did not run: .*\.$/);
      expect(fs.readFileSync(path.join(results, 'electron-not-run.txt'), 'utf8').trim()).toBe(said);
      expect(fs.existsSync(path.join(results, 'electron.json'))).toBe(false);
      expect(runner(['--optional'], results).status).toBe(0);
    } finally {
      fs.rmSync(results, { recursive: true, force: true });
    }
  });

  it('is named in the test summary and adds nothing to the passed count', () => {
    const results = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-summary-'));
    try {
      for (const kind of ['unit', 'component', 'e2e'])
        fs.writeFileSync(
          path.join(results, `${kind}.json`),
          JSON.stringify({ numPassedTests: 2, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 }),
        );
      fs.writeFileSync(path.join(results, 'electron-not-run.txt'), 'The Electron binary is not installed.\n');
      const summary = spawnSync(process.execPath, [path.join(root, 'scripts/test-summary.ts')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CLUSTERPILOT_TEST_RESULTS: results },
      });
      expect(summary.stdout).toContain('electron: not run. The Electron binary is not installed.');
      expect(summary.stdout.trim().split('\n').at(-1)).toBe('tests: 6 passed, 0 failed');
      expect(summary.status).toBe(0);
    } finally {
      fs.rmSync(results, { recursive: true, force: true });
    }
  });
});
