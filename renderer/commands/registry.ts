// The one registry of user actions. Every button, menu entry, palette row and shortcut runs a
// command from here by id, so they cannot drift apart.
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { type Keybinding, matchesKeybinding, parseKeybinding } from './keybinding.ts';

export interface Command {
  readonly id: string;
  readonly title: MessageKey;
  readonly category?: MessageKey;
  readonly keybinding?: Keybinding;
  /** Shown in the palette only when true (e.g. not "Close Editor" with no editor open). */
  readonly when?: () => boolean;
  /**
   * False: the key binding leaves text fields alone (Ctrl+Z there undoes typing, not the workspace).
   * True: it works in text fields even without Ctrl (F6 leaves a field for the next part).
   */
  readonly textInput?: boolean;
  run(...args: unknown[]): void | Promise<void>;
}

export interface CommandDefinition extends Omit<Command, 'keybinding'> {
  readonly keybinding?: string;
}

const commands = new Map<string, Command>();

export function registerCommand(definition: CommandDefinition): void {
  const { keybinding, ...rest } = definition;
  commands.set(definition.id, {
    ...rest,
    ...(keybinding ? { keybinding: parseKeybinding(keybinding) } : {}),
  });
}

export function getCommand(id: string): Command | undefined {
  return commands.get(id);
}

export function allCommands(): Command[] {
  return [...commands.values()];
}

export async function runCommand(id: string, ...args: unknown[]): Promise<void> {
  const command = commands.get(id);
  if (!command) throw new Error(`Unknown command: ${id}`);
  await command.run(...args);
}

export function commandForKey(
  event: Parameters<typeof matchesKeybinding>[1],
  mac: boolean,
): Command | undefined {
  for (const command of commands.values()) {
    if (command.keybinding && matchesKeybinding(command.keybinding, event, mac)) return command;
  }
  return undefined;
}
