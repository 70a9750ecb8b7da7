// `npm start`: builds the app and opens it in Electron on the default workspace.
import { spawn, spawnSync } from 'node:child_process';
import { locateElectron } from './electron-binary.ts';

const electron = locateElectron();
if (!electron.ok) {
  console.error(electron.message);
  process.exit(1);
}
const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);
const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('close', (code) => process.exit(code ?? 0));
