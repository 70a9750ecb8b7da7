// Making a folder really read-only in a test, also for root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Makes a folder really read-only, also for root (who ignores permission bits): permission
 * bits when not root, else the immutable attribute, else a read-only bind mount. Returns the
 * undo. Fails the test when none of them works (it must not pass without testing anything).
 */
export function makeReadOnly(folder: string): () => void {
  const isRoot = process.getuid?.() === 0;
  const writable = () => {
    try {
      fs.writeFileSync(path.join(folder, '.probe'), '');
      fs.rmSync(path.join(folder, '.probe'));
      return true;
    } catch {
      return false;
    }
  };
  const files = fs.readdirSync(folder).map((f) => path.join(folder, f));
  if (!isRoot) {
    for (const f of files) fs.chmodSync(f, 0o444);
    fs.chmodSync(folder, 0o555);
    return () => {
      fs.chmodSync(folder, 0o755);
      for (const f of files) fs.chmodSync(f, 0o644);
    };
  }
  if (spawnSync('chattr', ['+i', folder, ...files]).status === 0 && !writable()) {
    return () => void spawnSync('chattr', ['-i', folder, ...files]);
  }
  spawnSync('chattr', ['-i', folder, ...files]);
  const mounted = `${folder}-ro`;
  fs.renameSync(folder, mounted);
  fs.mkdirSync(folder);
  if (spawnSync('mount', ['--bind', '-o', 'ro', mounted, folder]).status === 0 && !writable()) {
    return () => {
      spawnSync('umount', [folder]);
      fs.rmdirSync(folder);
      fs.renameSync(mounted, folder);
    };
  }
  fs.rmdirSync(folder);
  fs.renameSync(mounted, folder);
  throw new Error(
    'This machine offers no way to make a folder read-only for this test (chmod, chattr, mount).',
  );
}
