// How the network developed, year by year: one small SVG chart per indicator and the same
// figures as a table (readable without the charts, and what a screen reader gets).
import type { NetworkFigures } from '../../shared/contract/network.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDate, formatNumber, type MessageKey } from '../../shared/i18n/i18n.ts';
import { actorGroups, groupColours, type Theme } from '../../shared/network/palette.ts';
import { useT } from '../i18n/useT.ts';

export interface Series {
  readonly key: string;
  readonly title: MessageKey;
  /** Values per point; null where there is none (nothing to divide by). */
  readonly values: (p: NetworkFigures) => number | null;
  readonly format: (value: number, language: Language) => string;
}

const count = (value: number, language: Language) => formatNumber(language, value);
const percent = (value: number, language: Language) =>
  formatNumber(language, value, { style: 'percent', maximumFractionDigits: 1 });
const decimal = (value: number, language: Language) =>
  formatNumber(language, value, { maximumFractionDigits: 2, minimumFractionDigits: 0 });

export const developmentSeries: readonly Series[] = [
  { key: 'members', title: 'network.figure.members', values: (p) => p.members, format: count },
  {
    key: 'relationshipsPerActor',
    title: 'network.figure.relationshipsPerActor',
    values: (p) => p.relationshipsPerActor,
    format: decimal,
  },
  { key: 'density', title: 'network.figure.density', values: (p) => p.density, format: percent },
  {
    key: 'smeResearchShare',
    title: 'network.figure.smeResearchShare',
    values: (p) => p.smeResearchShare,
    format: percent,
  },
  {
    key: 'isolated',
    title: 'network.figure.isolatedMembers',
    values: (p) => p.isolatedMembers,
    format: count,
  },
  { key: 'broker', title: 'network.figure.topBrokerShare', values: (p) => p.topBrokerShare, format: percent },
  { key: 'communities', title: 'network.figure.communities', values: (p) => p.communities, format: count },
];

const yearOf = (p: NetworkFigures) => p.at.slice(0, 4);

function Chart({
  points,
  lines,
  label,
  format,
  language,
}: {
  points: readonly NetworkFigures[];
  lines: readonly { key: string; colour: string; values: (p: NetworkFigures) => number | null }[];
  label: string;
  format: (value: number, language: Language) => string;
  language: Language;
}) {
  const width = 240;
  const height = 96;
  const left = 34;
  const bottom = 18;
  const top = 8;
  const all = lines.flatMap((l) => points.map(l.values)).filter((v): v is number => v !== null);
  const max = Math.max(1e-9, ...all);
  const x = (i: number) =>
    left + (points.length < 2 ? (width - left) / 2 : (i / (points.length - 1)) * (width - left - 8));
  const y = (v: number) => top + (1 - v / max) * (height - top - bottom);
  return (
    <svg className="development-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <line className="chart-axis" x1={left} y1={height - bottom} x2={width} y2={height - bottom} />
      <text className="chart-tick" x={left - 4} y={top + 8} textAnchor="end">
        {format(max, language)}
      </text>
      <text className="chart-tick" x={left - 4} y={height - bottom} textAnchor="end">
        {format(0, language)}
      </text>
      {points.map((p, i) =>
        points.length <= 8 || i === 0 || i === points.length - 1 || i % Math.ceil(points.length / 6) === 0 ? (
          <text
            key={p.at}
            className="chart-tick"
            x={x(i)}
            y={height - 4}
            textAnchor={
              i === points.length - 1 && points.length > 1
                ? 'end'
                : i === 0 && points.length > 1
                  ? 'start'
                  : 'middle'
            }
          >
            {yearOf(p)}
          </text>
        ) : null,
      )}
      {lines.map((line) => {
        const path = points
          .map((p, i) => {
            const v = line.values(p);
            return v === null ? null : `${x(i)},${y(v)}`;
          })
          .filter((s) => s !== null);
        return (
          <g key={line.key}>
            {path.length > 1 && (
              <polyline className="development-line" points={path.join(' ')} stroke={line.colour} />
            )}
            {path.map((point) => {
              const [cx, cy] = point.split(',');
              return <circle key={point} cx={cx} cy={cy} r={2.5} fill={line.colour} />;
            })}
          </g>
        );
      })}
    </svg>
  );
}

export function DevelopmentCharts({
  points,
  language,
  theme,
}: {
  points: readonly NetworkFigures[];
  language: Language;
  theme: Theme;
}) {
  const t = useT();
  if (points.length === 0) return <p className="muted">{t('network.development.none')}</p>;
  const accent = theme === 'dark' ? '#3794ff' : '#005fb8';
  const describe = (series: Series) =>
    `${t(series.title)}: ${points
      .map((p) => {
        const v = series.values(p);
        return `${yearOf(p)} ${v === null ? '–' : series.format(v, language)}`;
      })
      .join(', ')}`;
  return (
    <div className="development">
      <div className="development-grid">
        <figure>
          <figcaption>{t('network.figure.membersByGroup')}</figcaption>
          <Chart
            points={points}
            lines={actorGroups.map((group) => ({
              key: group,
              colour: groupColours[theme][group],
              values: (p) => p.membersByGroup[group],
            }))}
            label={`${t('network.figure.membersByGroup')}: ${actorGroups
              .map(
                (g) =>
                  `${t(`option.actorGroup.${g}`)} ${points.map((p) => `${yearOf(p)} ${p.membersByGroup[g]}`).join(', ')}`,
              )
              .join('; ')}`}
            format={count}
            language={language}
          />
          <ul className="development-key">
            {actorGroups.map((g) => (
              <li key={g}>
                <span className="network-swatch" style={{ background: groupColours[theme][g] }} />{' '}
                {t(`option.actorGroup.${g}`)}
              </li>
            ))}
          </ul>
        </figure>
        {developmentSeries.map((series) => (
          <figure key={series.key}>
            <figcaption>{t(series.title)}</figcaption>
            <Chart
              points={points}
              lines={[{ key: series.key, colour: accent, values: series.values }]}
              label={describe(series)}
              format={series.format}
              language={language}
            />
          </figure>
        ))}
      </div>
      <details className="development-table">
        <summary>{t('network.development.table')}</summary>
        <table>
          <caption className="visually-hidden">{t('network.development.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.date')}</th>
              {actorGroups.map((g) => (
                <th key={g} scope="col">
                  {t('network.figure.membersOf', { group: t(`option.actorGroup.${g}`) })}
                </th>
              ))}
              {developmentSeries.map((s) => (
                <th key={s.key} scope="col">
                  {t(s.title)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.at}>
                <th scope="row">{formatDate(language, p.at)}</th>
                {actorGroups.map((g) => (
                  <td key={g}>{formatNumber(language, p.membersByGroup[g])}</td>
                ))}
                {developmentSeries.map((s) => {
                  const v = s.values(p);
                  return <td key={s.key}>{v === null ? '–' : s.format(v, language)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
