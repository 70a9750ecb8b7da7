// Workspace-level states in the workbench: a read-only file, and a file that could not be opened.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrations/migrate.ts';
import { APPLICATION_ID } from '../../db/sqlite/connection.ts';
import { runCommand } from '../../renderer/commands/registry.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

function workspaceWithCluster(file: string, name: string): void {
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db);
  db.prepare('insert into cluster (name, created_at, updated_at) values (?, ?, ?)').run(
    name,
    '2026-01-01T00:00:00Z',
    '2026-01-01T00:00:00Z',
  );
  db.close();
}

describe('workspace states', () => {
  it('shows a banner on a read-only workspace, and a refused change says why', async () => {
    await mountWorkbench(undefined, {
      prepare: (dir) => {
        const file = path.join(dir, 'ro.clusterpilot');
        workspaceWithCluster(file, 'Nur lesen');
        return { workspacePath: file, canWrite: () => false };
      },
    });
    await settle();
    expect(screen.getByText(/This workspace file is read-only/)).toBeTruthy();
    expect(screen.getByText('Read-only')).toBeTruthy();
    await runCommand('edit.undo');
    await settle();
    const notice = document.querySelector('footer [role="status"]');
    expect(notice?.textContent).toBe('This workspace is read-only: the change was not saved.');
  });

  it('explains at start-up why the requested file could not be opened', async () => {
    await mountWorkbench(undefined, {
      prepare: (dir) => {
        const broken = path.join(dir, 'kaputt.clusterpilot');
        fs.writeFileSync(broken, 'no database here');
        return { workspacePath: broken, fallbackWorkspacePath: path.join(dir, 'default.clusterpilot') };
      },
    });
    await settle();
    const dialog = screen.getByRole('alertdialog', {
      name: 'ClusterPilot could not open “kaputt.clusterpilot”',
    });
    expect(dialog.textContent).toContain(
      '“kaputt.clusterpilot” is not a ClusterPilot workspace: it is not a SQLite database.',
    );
    expect(dialog.textContent).toContain('The default workspace is open instead.');
    expect(within(dialog).queryByRole('button', { name: 'Restore the Latest Backup' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    await settle();
    expect(screen.getByText('default.clusterpilot')).toBeTruthy();
  });

  it('changes the name the activity log records, and refuses a negative retention next to the field', async () => {
    const { backend } = await mountWorkbench();
    await runCommand('workbench.view.settings');
    await settle(50);
    const name = screen.getByRole('textbox', { name: 'Your name in the activity log' });
    fireEvent.change(name, { target: { value: 'Anna Berger' } });
    fireEvent.blur(name);
    await settle();
    await backend.call('clusters.create', { name: 'Von Anna' });
    const audit = await backend.call('audit.list', { limit: 1 });
    expect(audit).toMatchObject({ ok: true, data: [{ label: 'clusters.create', user: 'Anna Berger' }] });
    // The hint names the computer's own user name (the one used when the field is empty), not the
    // name the latest entry was recorded under.
    await runCommand('workbench.view.explorer');
    await runCommand('workbench.view.settings');
    await settle(50);
    const computer = os.userInfo().username;
    expect(
      screen.getByText(
        computer
          ? `Empty: the user name of this computer (${computer}).`
          : 'Empty: the user name this computer reports.',
      ),
    ).toBeTruthy();
    const days = screen.getByRole('spinbutton', { name: 'Keep a daily backup for (days)' });
    fireEvent.change(days, { target: { value: '-3' } });
    fireEvent.blur(days);
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Keep a daily backup for (days) must be at least 0.');
    expect(await backend.call('settings.get', {})).toMatchObject({ ok: true, data: { backupDays: 7 } });
  });
});
