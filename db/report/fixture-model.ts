// A funder report built by hand, in German and English, for the Word and Excel writers' tests:
// nested numbered sections, a 60-row indicator table with group and total rows and status cells,
// a money table, an empty table, two tables whose captions make the same sheet name, a chart SVG
// with text, a narrative, lists, facts, a callout, a signature and a PNG logo made in code.
import zlib from 'node:zlib';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDate, formatNumber } from '../../shared/i18n/i18n.ts';
import type { Row, Section, TableBlock, Tone } from '../../shared/report/model.ts';
import { REPORT_MODEL_VERSION, type ReportModel } from '../../shared/report/model.ts';

/** A PNG of one colour (8-bit RGB), written with zlib: a logo that needs no image library. */
export function solidPng(width: number, height: number, rgb: readonly [number, number, number]): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const line = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) line.set(rgb, 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => line));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels)),
    chunk('IEND', new Uint8Array()),
  ]);
}

export const FIXTURE_CHART = { width: 640, height: 300 } as const;

/** Members by year as a line chart; without its text elements for the test that text is drawn. */
export function fixtureChartSvg(language: Language, { withText = true } = {}): string {
  const { width, height } = FIXTURE_CHART;
  const values = [42, 47, 55, 61, 68, 74];
  const years = [2020, 2021, 2022, 2023, 2024, 2025];
  const x = (i: number) => 60 + i * 110;
  const y = (v: number) => 250 - (v - 30) * 4;
  const points = values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
  const text = (tx: number, ty: number, content: string, size = 13, weight = 400) =>
    withText
      ? `<text x="${tx}" y="${ty}" font-family="Source Sans 3, sans-serif" font-size="${size}" font-weight="${weight}" fill="#333">${content}</text>`
      : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<line x1="50" y1="250" x2="${width - 20}" y2="250" stroke="#999"/>`,
    `<polyline points="${points}" fill="none" stroke="#1f5fa8" stroke-width="3"/>`,
    ...values.map((v, i) => `<circle cx="${x(i)}" cy="${y(v)}" r="4" fill="#1f5fa8"/>`),
    ...years.map((year, i) => text(x(i) - 14, 272, String(year))),
    ...values.map((v, i) => text(x(i) - 8, y(v) - 12, formatNumber(language, v))),
    text(60, 28, language === 'de' ? 'Mitglieder je Jahr' : 'Members per year', 16, 600),
    '</svg>',
  ].join('');
}

const tones: readonly Tone[] = ['good', 'warn', 'bad', 'none', 'info'];

function indicatorTable(language: Language): TableBlock {
  const de = language === 'de';
  const statusWord: Record<Tone, string> = de
    ? { good: 'im Plan', warn: 'gefährdet', bad: 'verfehlt', none: 'keine Daten', info: 'zu bewerten' }
    : { good: 'on track', warn: 'at risk', bad: 'off track', none: 'no data', info: 'needs assessment' };
  const rows: Row[] = [];
  let targetSum = 0;
  let actualSum = 0;
  for (let goal = 1; goal <= 5; goal++) {
    rows.push({
      emphasis: 'group',
      cells: [{ text: de ? `Ziel ${goal}: Netzwerk stärken` : `Goal ${goal}: strengthen the network` }],
    });
    for (let n = 1; n <= 11; n++) {
      const index = (goal - 1) * 11 + n;
      const target = 100 + index * 12.5;
      const actual = target * (0.6 + ((index * 7) % 50) / 100);
      const share = actual / target;
      const tone = tones[index % tones.length]!;
      const date = `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`;
      targetSum += target;
      actualSum += actual;
      rows.push({
        level: 1,
        cells: [
          { text: de ? `Indikator ${goal}.${n}` : `Indicator ${goal}.${n}`, value: null },
          { text: formatNumber(language, target, { maximumFractionDigits: 1 }), value: target },
          { text: formatNumber(language, actual, { maximumFractionDigits: 1 }), value: actual },
          {
            text: formatNumber(language, share, { style: 'percent', maximumFractionDigits: 1 }),
            value: share,
          },
          { text: formatDate(language, date), value: date },
          { text: statusWord[tone], value: statusWord[tone], tone },
        ],
      });
    }
  }
  // 5 groups × 11 indicators = 55, plus the 5 group rows = 60 rows, and the total.
  rows.push({
    emphasis: 'total',
    cells: [
      { text: de ? 'Summe' : 'Total' },
      { text: formatNumber(language, targetSum, { maximumFractionDigits: 1 }), value: targetSum },
      { text: formatNumber(language, actualSum, { maximumFractionDigits: 1 }), value: actualSum },
      {
        text: formatNumber(language, actualSum / targetSum, { style: 'percent', maximumFractionDigits: 1 }),
        value: actualSum / targetSum,
      },
      { text: '' },
      { text: '' },
    ],
  });
  return {
    kind: 'table',
    id: 'indicators',
    caption: de
      ? 'Indikatoren: Plan und Ist zum Stichtag'
      : 'Indicators: plan and actual at the cut-off date',
    columns: [
      { label: de ? 'Indikator' : 'Indicator', kind: 'text', width: 3 },
      { label: de ? 'Ziel' : 'Target', kind: 'number', numberFormat: '#,##0.0' },
      { label: de ? 'Ist' : 'Actual', kind: 'number', numberFormat: '#,##0.0' },
      { label: de ? 'Erfüllung' : 'Achieved', kind: 'percent', numberFormat: '0.0%' },
      { label: de ? 'Stand' : 'As of', kind: 'date' },
      { label: 'Status', kind: 'status', width: 1.5 },
    ],
    rows,
    note: de
      ? 'Status nach den Toleranzen des jeweiligen Indikators; Werte bis zum Stichtag.'
      : 'Status by each indicator’s tolerances; values up to the cut-off date.',
    data: true,
    sheet: de ? 'Indikatoren' : 'Indicators',
  };
}

function fundingTable(language: Language): TableBlock {
  const de = language === 'de';
  const money = (value: number) => ({
    text: formatNumber(language, value, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
    value,
  });
  return {
    kind: 'table',
    id: 'funding',
    // No sheet name: derived from the caption, without its ':' and '/'.
    caption: de ? 'Finanzierung 2025/2026: Quellen und Ausgaben' : 'Funding 2025/2026: sources and spending',
    columns: [
      { label: de ? 'Quelle' : 'Source', kind: 'text', width: 3 },
      { label: '2025', kind: 'money', numberFormat: '#,##0 "€"' },
      { label: '2026', kind: 'money', numberFormat: '#,##0 "€"' },
    ],
    rows: [
      {
        emphasis: 'group',
        cells: [{ text: de ? 'Öffentliche Mittel' : 'Public funds' }, { text: '' }, { text: '' }],
      },
      { level: 1, cells: [{ text: de ? 'Land' : 'State' }, money(180000), money(150000)] },
      {
        level: 2,
        cells: [{ text: de ? 'davon Sachmittel' : 'of which material costs' }, money(40000), money(30000)],
      },
      { level: 1, cells: [{ text: 'EFRE' }, money(120000), money(100000)] },
      {
        emphasis: 'group',
        cells: [{ text: de ? 'Private Mittel' : 'Private funds' }, { text: '' }, { text: '' }],
      },
      {
        level: 1,
        cells: [{ text: de ? 'Mitgliedsbeiträge' : 'Membership fees' }, money(64500.5), money(81000)],
      },
      { emphasis: 'total', cells: [{ text: de ? 'Summe' : 'Total' }, money(364500.5), money(331000)] },
    ],
    data: true,
  };
}

/** Two data tables whose long captions cut to the same 31 characters: the sheets need a suffix. */
function sameNamedTables(language: Language): TableBlock[] {
  const de = language === 'de';
  const caption = de
    ? 'Veranstaltungen und Teilnehmende nach Quartal'
    : 'Events and participants by quarter of the year';
  return [2024, 2025].map((year) => ({
    kind: 'table' as const,
    id: `events-${year}`,
    caption: `${caption} ${year}`,
    columns: [
      { label: de ? 'Quartal' : 'Quarter', kind: 'text' as const },
      { label: de ? 'Teilnehmende' : 'Participants', kind: 'number' as const, numberFormat: '#,##0' },
    ],
    rows: [1, 2, 3, 4].map((q) => ({
      cells: [
        { text: `Q${q}` },
        { text: formatNumber(language, q * 25 + year - 2000), value: q * 25 + year - 2000 },
      ],
    })),
    data: true,
  }));
}

export function fixtureModel(language: Language): ReportModel {
  const de = language === 'de';
  const t = (german: string, english: string) => (de ? german : english);
  const summary: Section = {
    id: 'summary',
    number: '1',
    title: t('Zusammenfassung', 'Summary'),
    breakBefore: true,
    blocks: [
      {
        kind: 'paragraph',
        style: 'lead',
        text: t(
          'Das Netzwerk ist 2025 auf 74 Mitglieder gewachsen und hat drei von fünf Zielen erreicht.',
          'The network grew to 74 members in 2025 and reached three of its five goals.',
        ),
      },
      {
        kind: 'narrative',
        key: 'section:summary',
        draft: true,
        text: t(
          'Die Zahl der Mitglieder stieg um 6 auf 74.\n\nZwei Ziele liegen hinter dem Plan; die Gründe stehen in Abschnitt 2.',
          'Membership rose by 6 to 74.\n\nTwo goals are behind plan; section 2 gives the reasons.',
        ),
      },
      {
        kind: 'facts',
        items: [
          { label: t('Mitglieder', 'Members'), value: '74', tone: 'good' },
          { label: t('Ziele erreicht', 'Goals reached'), value: t('3 von 5', '3 of 5'), tone: 'warn' },
          { label: t('Abbruchkriterien verfehlt', 'Break-points missed'), value: '1', tone: 'bad' },
        ],
      },
      {
        kind: 'callout',
        tone: 'bad',
        title: t('Abbruchkriterium verfehlt', 'Break-point missed'),
        text: t(
          'Die private Kofinanzierung lag unter 30 %. Der Beirat hat Anpassungen beschlossen.',
          'Private co-funding stayed below 30%. The board decided on adjustments.',
        ),
      },
    ],
    sections: [],
  };
  const goals: Section = {
    id: 'goals',
    number: '2',
    title: t('Ziele und Indikatoren', 'Goals and indicators'),
    breakBefore: true,
    blocks: [
      {
        kind: 'paragraph',
        text: t('Stand aller Indikatoren zum Stichtag.', 'All indicators at the cut-off date.'),
      },
    ],
    sections: [
      {
        id: 'goals-members',
        number: '2.1',
        title: t('Mitglieder', 'Members'),
        blocks: [
          {
            kind: 'chart',
            id: 'members-chart',
            svg: fixtureChartSvg(language),
            width: FIXTURE_CHART.width,
            height: FIXTURE_CHART.height,
            caption: t('Mitglieder je Jahr', 'Members per year'),
            alt: t(
              'Liniendiagramm: Mitglieder von 42 (2020) auf 74 (2025) gestiegen.',
              'Line chart: members rose from 42 (2020) to 74 (2025).',
            ),
          },
          {
            kind: 'list',
            ordered: false,
            items: [t('Zwölf Neueintritte', 'Twelve joiners'), t('Sechs Austritte', 'Six leavers')],
          },
        ],
        sections: [
          {
            id: 'goals-members-groups',
            number: '2.1.1',
            title: t('Mitglieder nach Gruppen', 'Members by group'),
            blocks: [
              {
                kind: 'paragraph',
                style: 'note',
                text: t('Gruppen nach der Satzung des Netzwerks.', 'Groups as in the network’s statutes.'),
              },
            ],
            sections: [],
          },
        ],
      },
      {
        id: 'goals-indicators',
        number: '2.2',
        title: t('Alle Indikatoren', 'All indicators'),
        blocks: [indicatorTable(language)],
        sections: [],
      },
    ],
  };
  const activities: Section = {
    id: 'activities',
    number: '3',
    title: t('Aktivitäten', 'Activities'),
    breakBefore: true,
    blocks: [
      {
        kind: 'list',
        ordered: true,
        items: [
          t('Fachtag Photonik im März', 'Photonics day in March'),
          t('Gemeinschaftsstand auf der Messe', 'Joint stand at the trade fair'),
        ],
      },
      ...sameNamedTables(language),
      {
        kind: 'table',
        id: 'milestones-overdue',
        caption: t('Überfällige Meilensteine', 'Overdue milestones'),
        columns: [
          { label: t('Meilenstein', 'Milestone'), kind: 'text' },
          { label: t('Fällig', 'Due'), kind: 'date' },
        ],
        rows: [],
        empty: t('Keine Meilensteine überfällig.', 'No milestone is overdue.'),
        data: false,
      },
    ],
    sections: [],
  };
  const funding: Section = {
    id: 'funding',
    number: '4',
    title: t('Finanzierung', 'Funding'),
    breakBefore: true,
    blocks: [fundingTable(language)],
    sections: [],
  };
  const signature: Section = {
    id: 'signature',
    number: '',
    title: t('Bestätigung', 'Confirmation'),
    inContents: false,
    blocks: [
      {
        kind: 'signature',
        lines: [
          t('Ort, Datum', 'Place, date'),
          t('Unterschrift Clustermanagement', 'Signature, cluster management'),
        ],
      },
    ],
    sections: [],
  };
  return {
    version: REPORT_MODEL_VERSION,
    language,
    variant: 'standard',
    evaluationId: 7,
    meta: {
      title: t(
        'Jahresbericht 2025 – Photonik-Netzwerk Havelland',
        'Annual report 2025 – Havelland Photonics Network',
      ),
      subject: t('Evaluation 2025 für die Fördergeber', 'Evaluation 2025 for the funders'),
      author: 'Dr. Anna Beispiel',
      keywords: [t('Cluster', 'cluster'), t('Evaluation', 'evaluation'), '2025'],
      producedAt: '2026-03-14T10:30:00.000Z',
      producedBy: 'Dr. Anna Beispiel',
    },
    design: {
      accent: '#1f5fa8',
      footer: t('Photonik-Netzwerk Havelland e. V.', 'Havelland Photonics Network'),
      logo: {
        mimeType: 'image/png',
        base64: Buffer.from(solidPng(120, 40, [31, 95, 168])).toString('base64'),
      },
    },
    cover: {
      kicker: t('Bericht an die Fördergeber', 'Report to the funders'),
      title: t('Jahresbericht 2025', 'Annual report 2025'),
      subtitle: t('Photonik-Netzwerk Havelland', 'Havelland Photonics Network'),
      facts: [
        { label: 'Cluster', value: t('Photonik-Netzwerk Havelland', 'Havelland Photonics Network') },
        { label: t('Zeitraum', 'Period'), value: '2025' },
        { label: t('Stichtag', 'Cut-off date'), value: formatDate(language, '2025-12-31') },
        { label: t('Erstellt am', 'Produced on'), value: formatDate(language, '2026-03-14') },
      ],
      status: t('Beschlossen am 12. März 2026', 'Decided on 12 March 2026'),
      draft: false,
    },
    furniture: {
      header: t(
        'Jahresbericht 2025 · Photonik-Netzwerk Havelland',
        'Annual report 2025 · Havelland Photonics Network',
      ),
      page: t('Seite', 'Page'),
      of: t('von', 'of'),
      contents: t('Inhalt', 'Contents'),
      figure: t('Abbildung', 'Figure'),
      table: t('Tabelle', 'Table'),
    },
    sections: [summary, goals, activities, funding, signature],
  };
}
