// The frozen figures of one agenda item, as the preparation screen, the presenter and the
// audience show them: status (icon, word and colour), actual against plan, how far behind, the
// trend with its method, the pace needed against the pace so far, the rule as a sentence, and
// for indicators the chart of actual against plan.
import type { ItemFigures } from '../../shared/contract/evaluation.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { paceText } from '../../shared/evaluation/narrative.ts';
import { formatDate, formatNumber } from '../../shared/i18n/i18n.ts';
import { BreakPointBadge, IndicatorChart, StatusBadge } from '../base/charts.tsx';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';

export function Figures({ figures, large = false }: { figures: ItemFigures; large?: boolean }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const number = (value: number | null, decimals = 1) =>
    value === null ? '–' : formatNumber(language, value, { maximumFractionDigits: decimals });
  const unit = (u: string) => (u ? ` ${u}` : '');
  switch (figures.kind) {
    case 'indicator':
      return (
        <div className={`figures${large ? ' large' : ''}`}>
          <p className="figures-status">
            <StatusBadge status={figures.status} />
          </p>
          <dl className="facts figures-facts">
            <dt>{t('figures.actual')}</dt>
            <dd>
              {number(figures.actual, figures.decimals)}
              {unit(figures.unit)}
              {figures.lastMeasurement && ` (${formatDate(language, figures.lastMeasurement)})`}
            </dd>
            <dt>{t('figures.planned')}</dt>
            <dd>
              {number(figures.planned, figures.decimals)}
              {unit(figures.unit)}
            </dd>
            {figures.deviation !== null && figures.deviation > 0 && Number.isFinite(figures.deviation) && (
              <>
                <dt>{t('figures.deviation')}</dt>
                <dd>
                  {formatNumber(language, figures.deviation, { style: 'percent', maximumFractionDigits: 0 })}
                </dd>
              </>
            )}
            {figures.trend && (
              <>
                <dt>{t('figures.trend', { date: formatDate(language, figures.trend.until) })}</dt>
                <dd>
                  {number(figures.trend.value, figures.decimals)}
                  {unit(figures.unit)}{' '}
                  <span className="muted">
                    (
                    {t('figures.trendMethod', {
                      window: figures.trend.method.window,
                      from: formatDate(language, figures.trend.method.from),
                      to: formatDate(language, figures.trend.method.to),
                    })}
                    )
                  </span>
                </dd>
              </>
            )}
            {figures.pace && (
              <>
                <dt>{t('figures.pace')}</dt>
                <dd className="figures-pace">{paceText(language as Language, figures.pace, figures.unit)}</dd>
              </>
            )}
          </dl>
          <IndicatorChart
            indicator={figures.rules}
            series={figures.series}
            asOf={figures.lastMeasurement ?? figures.plan.at(-1)?.date ?? ''}
            trend={figures.trend}
            unit={figures.unit}
          />
        </div>
      );
    case 'break_point':
      return (
        <div className={`figures${large ? ' large' : ''}`}>
          <p className="figures-status">
            <BreakPointBadge status={figures.status} />
          </p>
          <p className="figures-sentence">{figures.sentence}</p>
          <dl className="facts figures-facts">
            <dt>{t('figures.checkDate')}</dt>
            <dd>{formatDate(language, figures.checkDate)}</dd>
            {figures.indicators.map((i) => (
              <div key={i.id} className="figures-row">
                <dt>{i.name}</dt>
                <dd>
                  {number(i.actual)}
                  {unit(i.unit)} <StatusBadge status={i.status} />
                </dd>
              </div>
            ))}
            {figures.pace && (
              <>
                <dt>{t('figures.pace')}</dt>
                <dd className="figures-pace">
                  {paceText(language as Language, figures.pace, figures.indicators[0]?.unit ?? '')}
                </dd>
              </>
            )}
          </dl>
        </div>
      );
    case 'milestone':
      return (
        <div className={`figures${large ? ' large' : ''}`}>
          <dl className="facts figures-facts">
            <dt>{t('figures.dueDate')}</dt>
            <dd>{formatDate(language, figures.dueDate)}</dd>
            <dt>{t('field.status')}</dt>
            <dd>{t(`option.status.${figures.status}`)}</dd>
            <dt>{t('figures.daysOverdue')}</dt>
            <dd>{figures.daysOverdue}</dd>
          </dl>
        </div>
      );
    case 'overall':
      return (
        <div className={`figures${large ? ' large' : ''}`}>
          <p className="figures-status">
            {t('figures.strategy')}: <StatusBadge status={figures.strategyStatus} />
          </p>
          <ul className="figures-goals">
            {figures.goals
              .filter((g) => g.parentId === null)
              .map((g) => (
                <li key={g.id}>
                  <StatusBadge status={g.status} /> {g.title}
                </li>
              ))}
          </ul>
        </div>
      );
    default:
      return null;
  }
}
