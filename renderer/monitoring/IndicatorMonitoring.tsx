// An indicator's monitoring, below its definition: status today, the chart of actual against
// planned (tolerance bands, trend projection) and the measurement history with who entered it.
import './monitoring.css';
import { formatDate, formatDateTime, formatNumber } from '../../shared/i18n/i18n.ts';
import { actualSeries, indicatorStatus, type StatusIndicator, trend } from '../../shared/status/status.ts';
import { localToday } from '../../shared/time/today.ts';
import { Codicon } from '../base/Codicon.tsx';
import type { SectionProps } from '../base/editor-registry.ts';
import { useCall } from '../base/use-call.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { IndicatorChart, StatusBadge } from './charts.tsx';

const HISTORY_ROWS = 24;

export function IndicatorMonitoring({ item }: SectionProps<'indicator'>) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const measurementVersion = useChanges((s) => s.versions.measurement ?? 0);
  const targetVersion = useChanges((s) => s.versions.target ?? 0);
  const { clusterId } = item;
  const rows =
    useCall('measurements.ofCluster', { clusterId, indicatorId: item.id }, { reload: measurementVersion })
      .data ?? [];
  const targets = (
    useCall('targets.list', { indicatorId: item.id }, { reload: targetVersion }).data ?? []
  ).map((x) => ({
    date: x.date,
    value: x.value,
  }));

  const indicator: StatusIndicator = {
    direction: item.direction,
    aggregation: item.aggregation,
    frequency: item.frequency,
    toleranceAtRisk: item.toleranceAtRisk,
    toleranceOffTrack: item.toleranceOffTrack,
    bandLow: item.bandLow,
    bandHigh: item.bandHigh,
    baselineDate: item.baselineDate,
    baselineValue: item.baselineValue,
    targets,
  };
  const today = localToday();
  const state = indicatorStatus(indicator, rows, today);
  const lastTarget = [...targets].sort((a, b) => a.date.localeCompare(b.date)).at(-1)?.date ?? today;
  const projection = trend(indicator, rows, today, lastTarget > today ? lastTarget : today);
  const { unit } = item;
  const derived = item.derived !== null;

  return (
    <section className="editor-section" aria-labelledby={`monitoring-${item.id}`}>
      <h2 id={`monitoring-${item.id}`}>{t('indicator.monitoring')}</h2>
      <p>
        <StatusBadge status={state.status} />{' '}
        {derived && (
          <span className="derived-badge" title={t('indicator.derived.hint')}>
            <Codicon name="symbol-operator" /> {t('indicator.derived')}
          </span>
        )}
      </p>
      {item.derived === 'members' && <MembersByGroup clusterId={clusterId} />}
      <IndicatorChart
        indicator={indicator}
        series={actualSeries(indicator, rows, today)}
        asOf={today}
        trend={projection}
        unit={unit}
      />
      {projection && (
        <p className="muted">
          {t('indicator.trendMethod', {
            window: projection.method.window,
            from: formatDate(language, projection.method.from),
            to: formatDate(language, projection.method.to),
          })}
        </p>
      )}
      <h3>{t('indicator.history')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('indicator.noMeasurements')}</p>
      ) : (
        <table className="grid history" aria-label={t('indicator.history')}>
          <thead>
            <tr>
              <th scope="col">{t('export.column.date')}</th>
              <th scope="col">{t('export.column.value')}</th>
              <th scope="col">{t('export.column.note')}</th>
              <th scope="col">{t('export.column.enteredBy')}</th>
              <th scope="col">{t('export.column.enteredAt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .slice(-HISTORY_ROWS)
              .reverse()
              .map((m) => (
                <tr key={m.id}>
                  <td>{formatDate(language, m.date)}</td>
                  <td className="number">{formatNumber(language, m.value, { maximumFractionDigits: 10 })}</td>
                  <td>{m.note}</td>
                  <td>{m.enteredBy}</td>
                  <td>{formatDateTime(language, m.enteredAt)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button secondary"
        onClick={() =>
          useWorkbench.getState().openEditor({ kind: 'measurements', clusterId, indicatorId: item.id })
        }
      >
        <Codicon name="table" /> {t('indicator.openGrid', { count: rows.length })}
      </button>
    </section>
  );
}

const groups = ['business', 'research', 'administration', 'culture'] as const;

/** The breakdown of the derived "members" indicator: members by actor group, today. */
function MembersByGroup({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const version = useChanges((s) => s.versions.actor ?? 0);
  const counts =
    useCall('monitoring.memberGroups', { clusterId, at: localToday() }, { reload: version }).data ?? {};
  return (
    <table className="grid members-by-group" aria-label={t('indicator.membersByGroup')}>
      <caption>{t('indicator.membersByGroup')}</caption>
      <tbody>
        {groups.map((g) => (
          <tr key={g}>
            <th scope="row">{t(`option.actorGroup.${g}`)}</th>
            <td className="number">{formatNumber(language, counts[g] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
