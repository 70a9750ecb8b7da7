// The app's help on the status rules, in the UI language, with the formulas the status engine
// (shared/status) computes. Text and formulas come from the message catalogues.
import './monitoring.css';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { GRACE_DAYS, TREND_WINDOW } from '../../shared/status/status.ts';
import { ScrollRegion } from '../base/ScrollRegion.tsx';
import { useT } from '../i18n/useT.ts';

const sections: readonly { title: MessageKey; body: MessageKey; formula?: MessageKey }[] = [
  { title: 'help.status.plan.title', body: 'help.status.plan.body', formula: 'help.status.plan.formula' },
  {
    title: 'help.status.actual.title',
    body: 'help.status.actual.body',
    formula: 'help.status.actual.formula',
  },
  {
    title: 'help.status.deviation.title',
    body: 'help.status.deviation.body',
    formula: 'help.status.deviation.formula',
  },
  {
    title: 'help.status.status.title',
    body: 'help.status.status.body',
    formula: 'help.status.status.formula',
  },
  { title: 'help.status.stale.title', body: 'help.status.stale.body', formula: 'help.status.stale.formula' },
  { title: 'help.status.trend.title', body: 'help.status.trend.body', formula: 'help.status.trend.formula' },
  { title: 'help.status.breakPoint.title', body: 'help.status.breakPoint.body' },
  { title: 'help.status.rollUp.title', body: 'help.status.rollUp.body' },
  { title: 'help.status.due.title', body: 'help.status.due.body' },
];

export function HelpEditor() {
  const t = useT();
  const params = { grace: GRACE_DAYS, window: TREND_WINDOW };
  return (
    <ScrollRegion className="help-scroll" labelledBy="help-status-title">
      <article className="monitoring-editor help" aria-labelledby="help-status-title">
        <h1 id="help-status-title">{t('help.status.title')}</h1>
        <p>{t('help.status.intro')}</p>
        {sections.map((s) => (
          <section key={s.title} className="help-section">
            <h2>{t(s.title)}</h2>
            {t(s.body, params)
              .split('\n')
              .map((line) => (
                <p key={line}>{line}</p>
              ))}
            {s.formula && <pre className="formula">{t(s.formula, params)}</pre>}
          </section>
        ))}
      </article>
    </ScrollRegion>
  );
}
