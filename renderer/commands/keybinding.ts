// Key bindings in VS Code's notation ("CtrlCmd+Shift+P"): parsed once, matched against keyboard
// events, and shown per platform ("Ctrl+Shift+P" or "⇧⌘P").

export interface Keybinding {
  readonly ctrlCmd: boolean;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly key: string;
}

export function parseKeybinding(text: string): Keybinding {
  const parts = text.split('+');
  const key = parts.pop()!;
  const mods = new Set(parts);
  return {
    ctrlCmd: mods.has('CtrlCmd'),
    ctrl: mods.has('Ctrl'),
    shift: mods.has('Shift'),
    alt: mods.has('Alt'),
    key,
  };
}

interface KeyEventLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

function eventKey(event: KeyEventLike): string {
  // Use the physical key for letters and digits so Shift and layouts do not change the match.
  if (event.code?.startsWith('Key')) return event.code.slice(3);
  if (event.code?.startsWith('Digit')) return event.code.slice(5);
  if (event.key === ' ') return 'Space';
  return event.key.length === 1 ? event.key.toUpperCase() : event.key;
}

export function matchesKeybinding(binding: Keybinding, event: KeyEventLike, mac: boolean): boolean {
  const wantCtrl = binding.ctrl || (binding.ctrlCmd && !mac);
  const wantMeta = binding.ctrlCmd && mac;
  return (
    eventKey(event) === binding.key &&
    event.ctrlKey === wantCtrl &&
    event.metaKey === wantMeta &&
    event.shiftKey === binding.shift &&
    event.altKey === binding.alt
  );
}

const macSymbols: Record<string, string> = { Ctrl: '⌃', Shift: '⇧', Alt: '⌥', Cmd: '⌘' };
const keyNames: Record<string, string> = { PageUp: 'PgUp', PageDown: 'PgDn', Delete: 'Del' };

export function formatKeybinding(binding: Keybinding, mac: boolean): string {
  const mods: string[] = [];
  if (binding.ctrl || (binding.ctrlCmd && !mac)) mods.push('Ctrl');
  if (binding.shift) mods.push('Shift');
  if (binding.alt) mods.push('Alt');
  if (binding.ctrlCmd && mac) mods.push('Cmd');
  const key = keyNames[binding.key] ?? binding.key;
  return mac ? mods.map((m) => macSymbols[m]).join('') + key : [...mods, key].join('+');
}
