import { describe, expect, it } from 'vitest';
import { appDataDir, defaultWorkspacePath } from './paths.ts';

describe('app-data folder (same as Electron userData for "ClusterPilot")', () => {
  it.each([
    ['linux', { HOME: '/home/anna' }, '/home/anna/.config/ClusterPilot'],
    ['linux', { HOME: '/home/anna', XDG_CONFIG_HOME: '/data/cfg' }, '/data/cfg/ClusterPilot'],
    ['darwin', { HOME: '/Users/anna' }, '/Users/anna/Library/Application Support/ClusterPilot'],
    [
      'win32',
      { HOME: 'C:\\Users\\anna', APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' },
      'C:\\Users\\anna\\AppData\\Roaming\\ClusterPilot',
    ],
  ] as const)('%s %j', (platform, env, expected) => {
    expect(appDataDir(env, platform)).toBe(expected);
  });

  it('names the default workspace with the .clusterpilot extension', () => {
    expect(defaultWorkspacePath('/d')).toBe('/d/workspace.clusterpilot');
  });
});
