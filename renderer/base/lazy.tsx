// Editors, sections and side views that are not on the first screen load when first shown: the
// contributions register a stand-in made here instead of importing the module, so the start-up
// bundle holds only the workbench (test/e2e/first-screen.e2e.test.ts keeps it so). The chunk
// comes from the app's own origin, as every script must under the CSP.
import {
  type ComponentType,
  createElement,
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useState,
} from 'react';
import { t } from '../i18n/useT.ts';

/** A local chunk usually loads well within this; only a slower load shows the message. */
export const LOADING_DELAY_MS = 250;

/** "Loading…", shown only once a load takes longer than LOADING_DELAY_MS so fast loads do not flash. */
export function DelayedLoading({ className = 'muted editor-message' }: { readonly className?: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), LOADING_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return shown ? <p className={className}>{t('editor.loading')}</p> : null;
}

const loaders: (() => Promise<unknown>)[] = [];

/**
 * Imports every module registered through lazyComponent, for the component tests: their editors
 * then render within the tick they are opened in, as the tests expect (test/support).
 */
export async function preloadLazyComponents(): Promise<void> {
  await Promise.all(loaders.map((load) => load()));
}

/**
 * A component that imports its module when first rendered: `load` is a dynamic import() picking
 * the export, e.g. `lazyComponent(() => import('./Editor.tsx').then((m) => m.Editor))`.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: 'message' | 'none' = 'message',
): (props: P) => ReactNode {
  let loading: Promise<ComponentType<P>> | null = null;
  const once = () => {
    loading ??= load();
    return loading;
  };
  loaders.push(once);
  const Loaded = lazy(async () => ({ default: await once() }));
  return function LazyComponent(props: P) {
    return (
      <Suspense fallback={fallback === 'message' ? <DelayedLoading /> : null}>
        {createElement(Loaded as ComponentType<P>, props)}
      </Suspense>
    );
  };
}
