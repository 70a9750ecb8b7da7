// Node version truth: the npm scripts run TypeScript files with Node's type stripping, which Node
// has by default (and without an experimental warning) from 22.18 on the 22 line and from 24.3
// on. package.json's `engines` says so, and scripts/check-node.cjs, run first by every npm script
// that starts Node on a .ts file, refuses any other Node in one sentence before anything runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const preflight = 'node scripts/check-node.cjs';

/** Runs the preflight in this Node, which it is made to believe is `version`. */
function check(version?: string) {
  const fake = `data:text/javascript,Object.defineProperty(process.versions,'node',{value:'${version}'})`;
  const args = version ? ['--import', fake] : [];
  return spawnSync(process.execPath, [...args, path.join(root, 'scripts/check-node.cjs')], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('Node version preflight', () => {
  it('states the real minimum in engines', () => {
    expect(pkg.engines.node).toBe('^22.18.0 || >=24.3.0');
  });

  it('passes silently in this Node', () => {
    const result = check();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });

  it.each(['22.18.0', '22.22.2', '24.3.0', '24.22.3', '26.0.0'])('accepts Node %s', (version) => {
    const result = check(version);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });

  it.each(['18.20.4', '20.19.0', '22.12.0', '22.17.1', '23.11.0', '24.2.0'])(
    'refuses Node %s in one sentence that names the Node needed',
    (version) => {
      const result = check(version);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        'ClusterPilot needs Node.js 22.18 or a later 22.x, or 24.3 or newer (recommended: 24, see .nvmrc); ' +
          `this is Node.js ${version}.\n`,
      );
    },
  );

  it('runs first in every npm script that starts Node on a TypeScript file (or one built from it)', () => {
    const scripts = Object.entries(pkg.scripts as Record<string, string>);
    // dist/web/serve.mjs is the web host built from db/web/serve.ts (npm run web).
    const runningTs = scripts.filter(([, command]) => /\bnode \S+\.(ts|mjs)\b/.test(command));
    expect(runningTs.map(([name]) => name)).toEqual(
      expect.arrayContaining(['start', 'web', 'test', 'bench', 'demo', 'schema:types', 'schema:snapshot']),
    );
    for (const [name, command] of runningTs) {
      // Scripts called only by another script that checks first (build → build:electron) are fine.
      const callers = scripts.filter(([, c]) => c.includes(`npm run ${name}`)).map(([n]) => n);
      const checked =
        command.startsWith(`${preflight} && `) ||
        (callers.length > 0 && callers.every((c) => pkg.scripts[c].startsWith(`${preflight} && `)));
      expect(checked, `npm run ${name}: ${command}`).toBe(true);
    }
  });

  it('is stated in the README', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('22.18');
    expect(readme).toContain('24.3');
    expect(fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim()).toBe('24');
  });
});
