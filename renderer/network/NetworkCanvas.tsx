// The network drawn with sigma.js (WebGL): actors coloured by group and sized by their
// relationships, the links in force as thin lines, the focused actor and its partners
// highlighted. Panning and zooming move the last picture with a CSS transform while the gesture
// lasts and redraw once it ends, so the view stays fluid with 5,000 actors and 20,000
// relationships even where WebGL runs in software (`npm run bench`). Keyboard: arrows pan,
// + and − zoom, 0 shows everything.
// biome-ignore-all lint/a11y/noNoninteractiveTabindex: the picture (role application) takes the keyboard to pan and zoom; actors are reached through search, the partner list and the indicators
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type Sigma from 'sigma';
import type { EdgeLineProgram } from 'sigma/rendering';
import type { ActorGroup } from '../../shared/contract/entities.ts';
import { groupColours, linkColours, type Theme } from '../../shared/network/palette.ts';
import { useT } from '../i18n/useT.ts';
import { type NetworkModel, type NodeAttributes, nodeSize, type Visible } from './network-model.ts';

export interface CanvasHandle {
  /** Moves the camera to an actor (and zooms in if far out). */
  showActor(id: number): void;
  zoom(factor: number): void;
  fit(): void;
}

interface Props {
  readonly model: NetworkModel;
  readonly visible: Visible;
  readonly focus: number | null;
  readonly theme: Theme;
  readonly label: string;
  readonly onFocus: (id: number | null) => void;
}

interface Transform {
  dx: number;
  dy: number;
  scale: number;
  /** The point scaled around, in the element's pixels. */
  ox: number;
  oy: number;
}

const identity = (): Transform => ({ dx: 0, dy: 0, scale: 1, ox: 0, oy: 0 });
const DRAG_THRESHOLD = 3;
const SETTLE_MS = 160;

/** A pale version of a colour, for actors that are partners rather than members. */
function pale(hex: string, theme: Theme): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = theme === 'light' ? 255 : 31;
  const channel = (shift: number) => Math.round(((n >> shift) & 255) * 0.55 + mix * 0.45);
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('')}`;
}

type HoverData = { x: number; y: number; size: number; label?: string | null };
type LabelSettings = { labelSize: number; labelFont: string; labelWeight: string };

/** The highlighted actor's label on a box in the editor's own background (sigma's is always white). */
function drawHover(
  context: CanvasRenderingContext2D,
  data: HoverData,
  settings: LabelSettings,
  theme: Theme,
): void {
  const { labelSize: size, labelFont: font, labelWeight: weight } = settings;
  context.font = `${weight} ${size}px ${font}`;
  context.fillStyle = theme === 'dark' ? '#252526' : '#ffffff';
  context.shadowBlur = 6;
  context.shadowColor = theme === 'dark' ? '#000000' : '#808080';
  const padding = 2;
  const radius = Math.max(data.size, size / 2) + padding;
  if (data.label) {
    const width = Math.round(context.measureText(data.label).width + 6);
    const height = Math.round(size + 2 * padding);
    context.beginPath();
    context.rect(data.x, data.y - height / 2, radius + width, height);
    context.arc(data.x, data.y, radius, 0, Math.PI * 2);
    context.fill();
  }
  context.shadowBlur = 0;
  if (data.label) {
    context.fillStyle = theme === 'dark' ? '#e0e0e0' : '#1f1f1f';
    context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
  }
}

type SigmaLibrary = {
  Sigma: typeof Sigma;
  EdgeLineProgram: typeof EdgeLineProgram;
};
let library: Promise<SigmaLibrary | null> | null = null;

/** sigma.js, loaded with the first picture; null where it cannot run (no WebGL 2 at all). */
function loadSigma(): Promise<SigmaLibrary | null> {
  library ??= (async () => {
    if (typeof WebGL2RenderingContext === 'undefined') return null;
    try {
      const [core, rendering] = await Promise.all([import('sigma'), import('sigma/rendering')]);
      return { Sigma: core.default, EdgeLineProgram: rendering.EdgeLineProgram };
    } catch {
      return null;
    }
  })();
  return library;
}

// This module loads with the network view: fetch sigma.js meanwhile, while the view asks the
// backend for the network.
void loadSigma();

/**
 * Moves sigma's camera. Its own panning and zooming are switched off (the gestures are ours), and
 * a switched-off camera ignores positions and ratios: allowed for this one move.
 */
function moveCamera(renderer: Sigma<NodeAttributes>, state: { x: number; y: number; ratio: number }): void {
  const camera = renderer.getCamera();
  camera.enabledPanning = true;
  camera.enabledZooming = true;
  try {
    camera.setState(state);
  } finally {
    camera.enabledPanning = false;
    camera.enabledZooming = false;
  }
}

export const NetworkCanvas = forwardRef<CanvasHandle, Props>(function NetworkCanvas(
  { model, visible, focus, theme, label, onFocus },
  ref,
) {
  const t = useT();
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<NodeAttributes> | null>(null);
  const [failed, setFailed] = useState(false);
  // What the reducers read; updated on every render, applied with sigma.refresh().
  const view = useRef({ visible, focus, theme, neighbours: new Set<number>() });
  view.current = {
    visible,
    focus,
    theme,
    neighbours: new Set(focus === null ? [] : (visible.partners.get(focus) ?? [])),
  };
  const onFocusRef = useRef(onFocus);
  onFocusRef.current = onFocus;

  // The gesture in progress: a CSS transform of the last picture, committed to the camera at its end.
  const transform = useRef<Transform>(identity());
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const apply = () => {
    const element = inner.current;
    if (!element) return;
    const { dx, dy, scale, ox, oy } = transform.current;
    element.style.transformOrigin = `${ox}px ${oy}px`;
    element.style.transform =
      dx === 0 && dy === 0 && scale === 1 ? '' : `translate(${dx}px, ${dy}px) scale(${scale})`;
  };
  const commit = () => {
    clearTimeout(settle.current);
    const renderer = sigma.current;
    const element = inner.current;
    const { dx, dy, scale, ox, oy } = transform.current;
    if (!renderer || !element || (dx === 0 && dy === 0 && scale === 1)) return;
    const camera = renderer.getCamera();
    const state = camera.getState();
    const cx = element.clientWidth / 2;
    const cy = element.clientHeight / 2;
    // The point now in the middle of the view came from here before the transform.
    const from = renderer.viewportToFramedGraph({
      x: (cx - dx - ox) / scale + ox,
      y: (cy - dy - oy) / scale + oy,
    });
    transform.current = identity();
    // Keep the moved picture until sigma has drawn the new one, then drop the transform.
    renderer.once('afterRender', apply);
    moveCamera(renderer, { x: from.x, y: from.y, ratio: camera.getBoundedRatio(state.ratio / scale) });
  };
  const later = () => {
    clearTimeout(settle.current);
    settle.current = setTimeout(commit, SETTLE_MS);
  };

  useImperativeHandle(ref, () => ({
    showActor(id) {
      const renderer = sigma.current;
      const data = renderer?.getNodeDisplayData(String(id));
      if (!renderer || !data) return;
      transform.current = identity();
      apply();
      moveCamera(renderer, {
        x: data.x,
        y: data.y,
        ratio: Math.min(renderer.getCamera().getState().ratio, 0.35),
      });
    },
    zoom(factor) {
      const element = inner.current;
      if (!element) return;
      const t0 = transform.current;
      transform.current = {
        ...t0,
        scale: t0.scale * factor,
        ox: t0.scale === 1 && t0.dx === 0 ? element.clientWidth / 2 : t0.ox,
        oy: t0.scale === 1 && t0.dy === 0 ? element.clientHeight / 2 : t0.oy,
      };
      apply();
      later();
    },
    fit() {
      transform.current = identity();
      apply();
      if (sigma.current) moveCamera(sigma.current, { x: 0.5, y: 0.5, ratio: 1 });
    },
  }));

  // One sigma per graph (a new answer from the backend makes a new graph).
  useEffect(() => {
    const container = inner.current;
    if (!container) return;
    let cancelled = false;
    let cleanup: () => void = () => undefined;
    void loadSigma().then((lib) => {
      if (cancelled) return;
      if (!lib) {
        setFailed(true);
        return;
      }
      let renderer: Sigma<NodeAttributes>;
      try {
        renderer = new lib.Sigma<NodeAttributes>(model.graph, container, {
          defaultEdgeType: 'line',
          edgeProgramClasses: { line: lib.EdgeLineProgram },
          enableCameraPanning: false,
          enableCameraZooming: false,
          enableCameraRotation: false,
          minCameraRatio: 0.02,
          maxCameraRatio: 4,
          zIndex: true,
          labelRenderedSizeThreshold: 9,
          labelDensity: 0.6,
          labelFont: 'system-ui, "Segoe UI", Ubuntu, "DejaVu Sans", sans-serif',
          labelSize: 12,
          labelColor: { color: view.current.theme === 'dark' ? '#e0e0e0' : '#1f1f1f' },
          stagePadding: 24,
          // The editor may open hidden (another tab in front): sized when it shows (ResizeObserver).
          allowInvalidContainer: true,
          defaultDrawNodeHover: (context, data, settings) =>
            drawHover(context, data, settings, view.current.theme),
          nodeReducer: (node, data) => {
            const { visible, focus, theme, neighbours } = view.current;
            const id = Number(node);
            if (!visible.actors.has(id)) return { ...data, hidden: true };
            const colour = groupColours[theme][data.group as ActorGroup];
            const base = visible.members.has(id) ? colour : pale(colour, theme);
            const size = nodeSize(visible.degree.get(id) ?? 0, visible.actors.size);
            if (focus === null) return { ...data, size, color: base };
            if (id === focus)
              return { ...data, size: size + 3, color: base, forceLabel: true, zIndex: 2, highlighted: true };
            if (neighbours.has(id))
              return { ...data, size, color: base, forceLabel: neighbours.size <= 30, zIndex: 1 };
            return { ...data, size, color: linkColours[theme].dimmed, label: '', zIndex: 0 };
          },
          edgeReducer: (edge, data) => {
            const { visible, focus, theme } = view.current;
            if (!visible.links.has(edge)) return { ...data, hidden: true };
            const colours = linkColours[theme];
            if (focus === null) return { ...data, color: colours.normal, size: 1 };
            const [a, b] = edge.split('-').map(Number);
            const touches = a === focus || b === focus;
            return {
              ...data,
              color: touches ? colours.focus : colours.dimmed,
              size: 1,
              zIndex: touches ? 1 : 0,
            };
          },
        });
      } catch {
        setFailed(true);
        return;
      }
      setFailed(false);
      sigma.current = renderer;
      // A hidden tab has no size; sigma learns its size when the tab shows and when the pane resizes.
      const observer = new ResizeObserver(() => {
        if (container.clientWidth > 0 && container.clientHeight > 0) renderer.resize().refresh();
      });
      observer.observe(container);
      // How many pictures sigma has drawn (the benchmark reads it to time the first and the settling one).
      let renders = 0;
      renderer.on('afterRender', () => {
        outer.current?.setAttribute('data-renders', String(++renders));
      });
      renderer.on('clickNode', ({ node }) => onFocusRef.current(Number(node)));
      renderer.on('clickStage', () => onFocusRef.current(null));
      renderer.on('doubleClickNode', (event) => event.preventSigmaDefault());
      renderer.on('doubleClickStage', (event) => event.preventSigmaDefault());
      renderer.on('enterNode', () => {
        if (outer.current) outer.current.style.cursor = 'pointer';
      });
      renderer.on('leaveNode', () => {
        if (outer.current) outer.current.style.cursor = '';
      });
      cleanup = () => {
        observer.disconnect();
        renderer.kill();
        sigma.current = null;
      };
    });
    return () => {
      cancelled = true;
      clearTimeout(settle.current);
      cleanup();
    };
  }, [model.graph]);

  // Filters, date, focus or theme changed: redraw with the reducers.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reducers read these through `view`
  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    renderer.setSetting('labelColor', { color: theme === 'dark' ? '#e0e0e0' : '#1f1f1f' });
    renderer.refresh();
  }, [visible, focus, theme]);

  // Pointer and wheel gestures: caught before sigma sees them.
  useEffect(() => {
    const element = outer.current;
    if (!element) return;
    let down: { x: number; y: number; dx: number; dy: number } | null = null;
    let dragged = false;
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      clearTimeout(settle.current);
      down = { x: e.clientX, y: e.clientY, dx: transform.current.dx, dy: transform.current.dy };
      dragged = false;
    };
    const onMove = (e: MouseEvent) => {
      if (!down) return;
      const mx = e.clientX - down.x;
      const my = e.clientY - down.y;
      if (!dragged && Math.hypot(mx, my) < DRAG_THRESHOLD) return;
      dragged = true;
      // sigma would look for the actor under the pointer on every move: not while dragging.
      e.stopPropagation();
      transform.current = { ...transform.current, dx: down.dx + mx, dy: down.dy + my };
      apply();
    };
    const onUp = () => {
      if (!down) return;
      down = null;
      if (dragged) commit();
    };
    const onClick = (e: MouseEvent) => {
      // A drag ends with a click that is no click.
      if (dragged) {
        e.stopPropagation();
        dragged = false;
      }
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      e.stopPropagation();
      const rect = element.getBoundingClientRect();
      const t0 = transform.current;
      const fresh = t0.scale === 1 && t0.dx === 0 && t0.dy === 0;
      const factor = Math.exp(-Math.max(-300, Math.min(300, e.deltaY)) / 400);
      transform.current = {
        ...t0,
        scale: t0.scale * factor,
        ox: fresh ? e.clientX - rect.left : t0.ox,
        oy: fresh ? e.clientY - rect.top : t0.oy,
      };
      apply();
      later();
    };
    element.addEventListener('pointerdown', onDown, { capture: true });
    document.addEventListener('mousemove', onMove, { capture: true });
    document.addEventListener('mouseup', onUp, { capture: true });
    element.addEventListener('click', onClick, { capture: true });
    element.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => {
      element.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('mousemove', onMove, { capture: true });
      document.removeEventListener('mouseup', onUp, { capture: true });
      element.removeEventListener('click', onClick, { capture: true });
      element.removeEventListener('wheel', onWheel, { capture: true });
    };
  });

  const onKeyDown = (e: React.KeyboardEvent) => {
    const element = inner.current;
    if (!element) return;
    const step = Math.min(element.clientWidth, element.clientHeight) * 0.15;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = pan[e.key];
    if (move) {
      e.preventDefault();
      transform.current = {
        ...transform.current,
        dx: transform.current.dx + move[0],
        dy: transform.current.dy + move[1],
      };
      apply();
      later();
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      (ref as { current: CanvasHandle | null }).current?.zoom(1.25);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      (ref as { current: CanvasHandle | null }).current?.zoom(0.8);
    } else if (e.key === '0') {
      e.preventDefault();
      (ref as { current: CanvasHandle | null }).current?.fit();
    } else if (e.key === 'Escape' && focus !== null) {
      e.preventDefault();
      e.stopPropagation();
      onFocus(null);
    }
  };

  if (failed) {
    return (
      <div className="network-canvas network-no-webgl" role="status">
        {t('network.noWebgl')}
      </div>
    );
  }
  return (
    <div
      ref={outer}
      className="network-canvas"
      role="application"
      aria-roledescription={t('network.canvas.role')}
      aria-label={label}
      aria-describedby="network-canvas-keys"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div ref={inner} className="network-stage" />
      <span id="network-canvas-keys" className="visually-hidden">
        {t('network.canvas.keys')}
      </span>
    </div>
  );
});
