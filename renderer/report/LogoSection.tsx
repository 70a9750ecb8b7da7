// The cluster editor's report design: its logo (PNG, JPEG or SVG, stored in the workspace) beside
// the accent colour and footer text fields. Setting and removing the logo are each one undo step.
import type { SectionProps } from '../base/editor-registry.ts';
import { pickFile, toBase64 } from '../base/files.ts';
import { messageOf } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';

const types: Record<string, 'image/png' | 'image/jpeg' | 'image/svg+xml'> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

export function LogoSection({ item }: SectionProps<'cluster'>) {
  const t = useT();
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const logo = item as unknown as { id: number; reportLogo: string | null };
  const choose = async () => {
    const file = await pickFile('.png,.jpg,.jpeg,.svg');
    if (!file) return;
    const mimeType = types[file.name.split('.').pop()?.toLowerCase() ?? ''];
    if (!mimeType) return useWorkbench.getState().notify(t('workspace.error.report.logoUnreadable'));
    const result = await client().call('clusters.setLogo', {
      clusterId: logo.id,
      mimeType,
      content: toBase64(await file.arrayBuffer()),
    });
    useWorkbench.getState().notify(result.ok ? t('report.logo.set') : messageOf(result.error));
  };
  const clear = async () => {
    const result = await client().call('clusters.clearLogo', { clusterId: logo.id });
    if (!result.ok) useWorkbench.getState().notify(messageOf(result.error));
  };
  return (
    <section className="editor-section report-design" aria-labelledby={`report-design-${logo.id}`}>
      <h2 id={`report-design-${logo.id}`}>{t('report.design')}</h2>
      <p className="muted">{t('report.design.note')}</p>
      <p>
        {logo.reportLogo
          ? t('report.logo.present', { hash: logo.reportLogo.slice(0, 12) })
          : t('report.logo.none')}
      </p>
      <div className="form-actions">
        <button type="button" className="button secondary" disabled={readOnly} onClick={() => void choose()}>
          {t('report.logo.choose')}
        </button>
        {logo.reportLogo && (
          <button type="button" className="button secondary" disabled={readOnly} onClick={() => void clear()}>
            {t('report.logo.remove')}
          </button>
        )}
      </div>
    </section>
  );
}
