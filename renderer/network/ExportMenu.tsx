// Export of the actor register and of the relationships as CSV or XLSX in the UI language's
// spreadsheet format (the member-list and relationship imports read them back).
import { Codicon } from '../base/Codicon.tsx';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { saveFile } from './shared-ui.tsx';

export function ExportMenu({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const run = (what: 'actors' | 'relationships', format: 'csv' | 'xlsx') => {
    const call = what === 'actors' ? 'actors.export' : 'relationships.export';
    const input = { clusterId, format, language } as const;
    return saveFile({
      purpose: format === 'csv' ? 'exportCsv' : 'exportXlsx',
      suggestedName: `${t(`network.export.${what === 'actors' ? 'actor' : 'relationship'}.sheet`)}.${format}`,
      writeTo: (path) => client().call(call, { ...input, path }),
      download: async () => {
        const result = await client().call(call, input);
        return result.ok
          ? { fileName: result.data.fileName, mimeType: result.data.mimeType, base64: result.data.content }
          : null;
      },
      t,
    });
  };
  return (
    <details className="network-menu">
      <summary className="button secondary">
        <Codicon name="export" /> {t('network.export')}
      </summary>
      <fieldset className="network-menu-body" aria-label={t('network.export')}>
        {(['actors', 'relationships'] as const).flatMap((what) =>
          (['csv', 'xlsx'] as const).map((format) => (
            <button
              key={`${what}-${format}`}
              type="button"
              className="button secondary"
              onClick={() => void run(what, format)}
            >
              {t(`network.export.${what}.${format}`)}
            </button>
          )),
        )}
      </fieldset>
    </details>
  );
}
