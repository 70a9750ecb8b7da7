import { describe, expect, it } from 'vitest';
import { formatKeybinding, matchesKeybinding, parseKeybinding } from './keybinding.ts';

const key = (
  k: string,
  code: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('key bindings', () => {
  it.each([
    ['CtrlCmd+Shift+P', key('P', 'KeyP', { ctrlKey: true, shiftKey: true }), false, true],
    ['CtrlCmd+Shift+P', key('P', 'KeyP', { metaKey: true, shiftKey: true }), true, true],
    ['CtrlCmd+Shift+P', key('P', 'KeyP', { ctrlKey: true, shiftKey: true }), true, false],
    ['CtrlCmd+P', key('p', 'KeyP', { ctrlKey: true, shiftKey: true }), false, false],
    ['CtrlCmd+W', key('w', 'KeyW', { ctrlKey: true }), false, true],
    ['Ctrl+Tab', key('Tab', 'Tab', { ctrlKey: true }), true, true],
    ['CtrlCmd+,', key(',', 'Comma', { ctrlKey: true }), false, true],
    ['F2', key('F2', 'F2'), false, true],
    ['CtrlCmd+Shift+E', key('E', 'KeyE', { ctrlKey: true, shiftKey: true, altKey: true }), false, false],
  ])('%s vs %j (mac=%s) → %s', (binding, event, mac, expected) => {
    expect(matchesKeybinding(parseKeybinding(binding), event, mac)).toBe(expected);
  });

  it('matches letters by physical key, so a German layout still triggers Ctrl+Z-style bindings', () => {
    expect(matchesKeybinding(parseKeybinding('CtrlCmd+B'), key('b', 'KeyB', { ctrlKey: true }), false)).toBe(
      true,
    );
  });

  it.each([
    ['CtrlCmd+Shift+P', false, 'Ctrl+Shift+P'],
    ['CtrlCmd+Shift+P', true, '⇧⌘P'],
    ['Ctrl+Shift+PageUp', false, 'Ctrl+Shift+PgUp'],
    ['F2', false, 'F2'],
  ])('formats %s (mac=%s) as %s', (binding, mac, expected) => {
    expect(formatKeybinding(parseKeybinding(binding), mac)).toBe(expected);
  });
});
