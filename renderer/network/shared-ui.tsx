// Small pieces the network editors share: the theme in effect, the names of subtypes and
// relationship types in the UI language, and saving a file (the desktop app asks where, through
// its save dialog; a browser downloads).
import { useEffect, useState } from 'react';
import type { ActorGroup } from '../../shared/contract/entities.ts';
import type { Result } from '../../shared/contract/result.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import type { Theme } from '../../shared/network/palette.ts';
import type { Translate } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { useWorkbench } from '../stores/workbench.ts';

const readTheme = (): Theme =>
  typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';

/** The colour theme the workbench shows (its data-theme attribute). */
export function useTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(readTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(readTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

export function subtypeLabel(group: ActorGroup, subtype: string, t: Translate): string {
  return t(`option.actorSubtype.${group}.${subtype}` as MessageKey);
}

export function typeLabel(type: { key: string | null; name: string }, t: Translate): string {
  return type.key ? t(`option.relationshipType.${type.key}` as MessageKey) : type.name;
}

function download(fileName: string, mimeType: string, bytes: BlobPart) {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const base64Bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/**
 * Saves a file: where the desktop app's dialog says (the backend writes it), else as a browser
 * download. Says in the status bar what happened.
 */
export async function saveFile(options: {
  purpose: 'exportCsv' | 'exportXlsx' | 'exportSvg';
  suggestedName: string;
  writeTo: (path: string) => Promise<Result<{ path: string | null }>>;
  download: () => Promise<{ fileName: string; mimeType: string; text?: string; base64?: string } | null>;
  t: Translate;
}): Promise<void> {
  const { t } = options;
  const notify = (text: string) => useWorkbench.getState().notify(text);
  const chosen = await client().call('workspace.choosePath', {
    purpose: options.purpose,
    suggestedName: options.suggestedName.replace(/[\\/:*?"<>|]+/g, '-'),
  });
  if (chosen.ok && chosen.data.supported) {
    if (chosen.data.path === null) return;
    const written = await options.writeTo(chosen.data.path);
    notify(written.ok ? t('export.done', { path: written.data.path ?? '' }) : t('export.failed'));
    return;
  }
  const file = await options.download();
  if (!file) {
    notify(t('export.failed'));
    return;
  }
  download(file.fileName, file.mimeType, file.text ?? base64Bytes(file.base64 ?? ''));
}
