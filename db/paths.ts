// Where ClusterPilot keeps its data when the user has not chosen a file: the same folder
// Electron's app.getPath('userData') gives for the product name "ClusterPilot".
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'ClusterPilot';

/** The operating system's name for the user ('' where it has none, as in some containers). */
export function systemUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
export const WORKSPACE_EXTENSION = '.clusterpilot';

export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = env.HOME ?? os.homedir();
  switch (platform) {
    case 'win32':
      return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
  }
}

export function defaultWorkspacePath(dataDir: string): string {
  return path.join(dataDir, `workspace${WORKSPACE_EXTENSION}`);
}
