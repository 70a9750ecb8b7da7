// Context menus list commands from the registry, so a menu entry and the palette run the same
// code. Arrow keys move, Enter runs, Escape closes and returns focus.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { formatKeybinding } from '../commands/keybinding.ts';
import { getCommand, runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { isMac } from '../platform/transport.ts';
import { useWorkbench } from '../stores/workbench.ts';

export function ContextMenu() {
  const menu = useWorkbench((s) => s.contextMenu);
  if (!menu) return null;
  return <Menu key={`${menu.x},${menu.y}`} />;
}

function Menu() {
  const t = useT();
  const menu = useWorkbench((s) => s.contextMenu)!;
  const [index, setIndex] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const items = menu.items.flatMap((item) => {
    const command = getCommand(item.commandId);
    return command ? [{ ...item, command }] : [];
  });

  useEffect(() => {
    ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[index]?.focus();
  }, [index]);

  const close = (restore = true) => {
    useWorkbench.getState().setContextMenu(null);
    if (restore) menu.returnFocus?.focus();
  };
  const run = (i: number) => {
    const item = items[i];
    if (!item) return;
    close();
    void runCommand(item.commandId, ...(item.args ?? []));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'ArrowDown') setIndex((index + 1) % items.length);
    else if (event.key === 'ArrowUp') setIndex((index - 1 + items.length) % items.length);
    else if (event.key === 'Home') setIndex(0);
    else if (event.key === 'End') setIndex(items.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') run(index);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicking outside dismisses; the keyboard uses Escape
    <div className="context-menu-backdrop" onMouseDown={() => close(false)}>
      <div
        ref={ref}
        role="menu"
        className="context-menu"
        style={{ left: menu.x, top: menu.y }}
        onKeyDown={onKeyDown}
        onMouseDown={(e) => e.stopPropagation()}
      >
        {items.map((item, i) => (
          <div
            key={item.commandId}
            role="menuitem"
            tabIndex={i === index ? 0 : -1}
            className="menu-item"
            onMouseEnter={() => setIndex(i)}
            onClick={() => run(i)}
            onKeyDown={() => undefined}
          >
            <span>{t(item.label ?? item.command.title)}</span>
            {item.command.keybinding && <kbd>{formatKeybinding(item.command.keybinding, isMac)}</kbd>}
          </div>
        ))}
      </div>
    </div>
  );
}
