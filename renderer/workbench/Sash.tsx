// The draggable edge between side bar and editors; also resizable with the arrow keys.
import { type PointerEvent, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { SIDEBAR_MAX, SIDEBAR_MIN, useWorkbench } from '../stores/workbench.ts';

export function Sash() {
  const t = useT();
  const width = useWorkbench((s) => s.sideBarWidth);
  const setWidth = useWorkbench((s) => s.setSideBarWidth);
  const start = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    start.current = { x: event.clientX, width };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current) setWidth(start.current.width + event.clientX - start.current.x);
  };
  const onPointerUp = () => {
    start.current = null;
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator is the ARIA pattern for a splitter
    <div
      className="sash"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('sidebar.resize')}
      aria-valuenow={width}
      aria-valuemin={SIDEBAR_MIN}
      aria-valuemax={SIDEBAR_MAX}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={(event) => {
        const step = event.shiftKey ? 50 : 10;
        if (event.key === 'ArrowLeft') setWidth(width - step);
        else if (event.key === 'ArrowRight') setWidth(width + step);
        else return;
        event.preventDefault();
      }}
    />
  );
}
