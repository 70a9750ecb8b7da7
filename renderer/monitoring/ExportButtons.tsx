// Export of a grid's measurements as CSV or XLSX in the UI language's spreadsheet format: the
// desktop app asks where to save (its window allows no downloads); a browser downloads.
import { Codicon } from '../base/Codicon.tsx';
import { download } from '../base/files.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';

export function ExportButtons({ clusterId, indicatorId }: { clusterId: number; indicatorId: number | null }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const input = { clusterId, ...(indicatorId === null ? {} : { indicatorId }), format, language } as const;
    // The desktop app asks where to save (its window allows no downloads); a browser downloads.
    const chosen = await client().call('workspace.choosePath', {
      purpose: format === 'csv' ? 'exportCsv' : 'exportXlsx',
      suggestedName: `${t('export.sheet')}.${format}`,
    });
    if (chosen.ok && chosen.data.supported) {
      if (chosen.data.path === null) return;
      const written = await client().call('measurements.export', { ...input, path: chosen.data.path });
      useWorkbench
        .getState()
        .notify(written.ok ? t('export.done', { path: written.data.path ?? '' }) : t('export.failed'));
      return;
    }
    const result = await client().call('measurements.export', input);
    if (result.ok) download(result.data.fileName, result.data.mimeType, result.data.content);
    else useWorkbench.getState().notify(t('export.failed'));
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={() => void exportAs('csv')}>
        <Codicon name="export" /> {t('export.csv')}
      </button>
      <button type="button" className="button secondary" onClick={() => void exportAs('xlsx')}>
        <Codicon name="export" /> {t('export.xlsx')}
      </button>
    </>
  );
}
