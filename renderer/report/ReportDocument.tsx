// One report as an HTML page, from its model: cover, contents, numbered sections with their
// tables, charts and texts. The same component is the in-app preview (inside the report editor,
// where narratives can be edited) and the page Chromium prints to PDF (the #report-print route).
// The contents' page numbers (`pages`: section id → page) come from the last print: in the PDF
// they are written into each entry's reserved slot after printing (db/report/print.ts), since
// Chromium has no target-counter().
import { type CSSProperties, Fragment, type MouseEvent, memo, type ReactNode } from 'react';
import { labelledSvg } from '../../shared/report/charts.ts';
import {
  type Block,
  type ChartBlock,
  contentsEntries,
  headingText,
  type NarrativeBlock,
  type ReportModel,
  type Section,
  type TableBlock,
  toneSymbol,
} from '../../shared/report/model.ts';

export interface ReportDocumentProps {
  readonly model: ReportModel;
  /** Where each section's heading landed in the last print (the contents' page numbers). */
  readonly pages: Readonly<Record<string, number>> | null;
  /** In the editor: how a narrative is shown (with its editing controls). */
  readonly renderNarrative?: (block: NarrativeBlock, section: Section) => ReactNode;
}

/** Tables up to this many rows are kept on one page. */
const SHORT_TABLE = 16;

/** Figures and printed tables are numbered in document order. */
function captionNumbers(model: ReportModel): Map<string, number> {
  const numbers = new Map<string, number>();
  let figures = 0;
  let tables = 0;
  const visit = (sections: readonly Section[]) => {
    for (const section of sections) {
      for (const block of section.blocks) {
        if (block.kind === 'chart') numbers.set(block.id, ++figures);
        if (block.kind === 'table' && block.printed !== false) numbers.set(block.id, ++tables);
      }
      visit(section.sections);
    }
  };
  visit(model.sections);
  return numbers;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function Tone({
  tone,
  children,
}: {
  tone: NonNullable<TableBlock['rows'][number]['cells'][number]['tone']>;
  children: ReactNode;
}) {
  return (
    <span className={`report-tone tone-${tone}`}>
      {/* The symbol stays with the first word (a no-break space); long texts wrap. */}
      <span className="report-tone-symbol" aria-hidden="true">
        {toneSymbol[tone]}
        {'\u00a0'}
      </span>
      {children}
    </span>
  );
}

function Table({ block, number, model }: { block: TableBlock; number: number; model: ReportModel }) {
  const total = block.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const numeric = (kind: string) =>
    kind === 'number' || kind === 'money' || kind === 'percent' || kind === 'date';
  return (
    <div className={`report-table-block${block.rows.length <= SHORT_TABLE ? ' short' : ''}`}>
      <table className="report-table" aria-describedby={block.note ? `${block.id}-note` : undefined}>
        <caption>
          <span className="report-caption-label">
            {model.furniture.table} {number}:
          </span>{' '}
          {block.caption}
        </caption>
        <colgroup>
          {block.columns.map((column, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
            <col key={i} style={{ width: `${(((column.width ?? 1) / total) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
              <th key={i} scope="col" className={numeric(column.kind) ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.length === 0 ? (
            <tr>
              <td colSpan={block.columns.length} className="report-empty">
                {block.empty ?? '–'}
              </td>
            </tr>
          ) : (
            block.rows.map((row, r) => (
              <tr
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a printed table never move
                key={r}
                className={row.emphasis ? `row-${row.emphasis}` : undefined}
              >
                {row.cells.map((cell, i) => {
                  const column = block.columns[i];
                  const className = [
                    column && numeric(column.kind) ? 'num' : '',
                    i === 0 && row.level ? `level-${Math.min(row.level, 4)}` : '',
                  ]
                    .filter(Boolean)
                    .join(' ');
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the columns
                    <td key={i} className={className || undefined}>
                      {cell.tone ? <Tone tone={cell.tone}>{cell.text}</Tone> : cell.text}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {block.note ? (
        <p className="report-note" id={`${block.id}-note`}>
          {block.note}
        </p>
      ) : null}
    </div>
  );
}

function Chart({ block, number, model }: { block: ChartBlock; number: number; model: ReportModel }) {
  return (
    <figure className="report-figure">
      <div
        className="report-chart"
        // The SVG is built from escaped text only (shared/report/charts.ts, the network picture by
        // shared/network/svg.ts); it is the image, named by the alt text (so the tagged PDF's
        // figure carries it).
        // biome-ignore lint/security/noDangerouslySetInnerHtml: generated, escaped SVG
        dangerouslySetInnerHTML={{ __html: labelledSvg(block.svg, block.alt) }}
      />
      <figcaption>
        <span className="report-caption-label">
          {model.furniture.figure} {number}:
        </span>{' '}
        {block.caption}
      </figcaption>
    </figure>
  );
}

function BlockView({
  block,
  section,
  numbers,
  model,
  renderNarrative,
}: {
  block: Block;
  section: Section;
  numbers: Map<string, number>;
  model: ReportModel;
  renderNarrative: ReportDocumentProps['renderNarrative'];
}) {
  switch (block.kind) {
    case 'paragraph':
      return <p className={block.style ? `report-${block.style}` : undefined}>{block.text}</p>;
    case 'narrative':
      if (renderNarrative) return <>{renderNarrative(block, section)}</>;
      if (!block.text.trim()) return null;
      return (
        <div className="report-narrative">
          {paragraphs(block.text).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text
            <p key={i}>{p}</p>
          ))}
        </div>
      );
    case 'facts':
      return (
        <dl className="report-facts">
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed list
            <Fragment key={i}>
              <dt>{item.label}</dt>
              <dd>{item.tone ? <Tone tone={item.tone}>{item.value}</Tone> : item.value}</dd>
            </Fragment>
          ))}
        </dl>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="report-list">
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed list
            <li key={i}>{item}</li>
          ))}
        </List>
      );
    }
    case 'callout':
      return (
        <aside className={`report-callout tone-${block.tone}`}>
          <p className="report-callout-title">
            <span className="report-tone-symbol" aria-hidden="true">
              {toneSymbol[block.tone]}
            </span>{' '}
            {block.title}
          </p>
          {paragraphs(block.text).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text
            <p key={i}>{p}</p>
          ))}
        </aside>
      );
    case 'signature':
      return (
        <div className="report-signatures">
          {block.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed list
            <div key={i} className="report-signature">
              {line}
            </div>
          ))}
        </div>
      );
    case 'table':
      if (block.printed === false) return null;
      return <Table block={block} number={numbers.get(block.id) ?? 0} model={model} />;
    case 'chart':
      return <Chart block={block} number={numbers.get(block.id) ?? 0} model={model} />;
  }
}

function SectionView({
  section,
  depth,
  numbers,
  model,
  renderNarrative,
}: {
  section: Section;
  depth: number;
  numbers: Map<string, number>;
  model: ReportModel;
  renderNarrative: ReportDocumentProps['renderNarrative'];
}) {
  const Heading = depth === 1 ? 'h1' : depth === 2 ? 'h2' : 'h3';
  const [first, ...rest] = section.blocks;
  const keepFirst = first && first.kind !== 'table';
  return (
    <section
      className={`report-section depth-${depth}${section.breakBefore ? ' break-before' : ''}${section.keep ? ' keep' : ''}`}
      aria-labelledby={`heading-${section.id}`}
    >
      {/* A heading never ends a page: it is kept with the block after it. */}
      <div className={keepFirst ? 'report-keep' : 'report-heading-only'}>
        <Heading id={`heading-${section.id}`} data-section={section.id}>
          {section.number ? (
            <>
              <span className="report-number">{section.number}</span>{' '}
            </>
          ) : null}
          {section.title}
        </Heading>
        {keepFirst ? (
          <BlockView
            block={first}
            section={section}
            numbers={numbers}
            model={model}
            renderNarrative={renderNarrative}
          />
        ) : null}
      </div>
      {(keepFirst ? rest : section.blocks).map((block, i) => (
        <BlockView
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a report never move
          key={i}
          block={block}
          section={section}
          numbers={numbers}
          model={model}
          renderNarrative={renderNarrative}
        />
      ))}
      {section.sections.map((child) => (
        <SectionView
          key={child.id}
          section={child}
          depth={depth + 1}
          numbers={numbers}
          model={model}
          renderNarrative={renderNarrative}
        />
      ))}
    </section>
  );
}

/** In the app the page's fragment is its route: a contents link scrolls instead of navigating. */
function scrollToHeading(event: MouseEvent<HTMLAnchorElement>): void {
  if (document.documentElement.dataset.reportPrint) return;
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
}

/** The numbered sections: drawn again only for another model (not when the page numbers change). */
const Sections = memo(function Sections({
  model,
  renderNarrative,
}: {
  model: ReportModel;
  renderNarrative: ReportDocumentProps['renderNarrative'];
}) {
  const numbers = captionNumbers(model);
  return model.sections.map((section) => (
    <SectionView
      key={section.id}
      section={section}
      depth={1}
      numbers={numbers}
      model={model}
      renderNarrative={renderNarrative}
    />
  ));
});

export function ReportDocument({ model, pages, renderNarrative }: ReportDocumentProps) {
  const entries = contentsEntries(model);
  const logo = model.design.logo
    ? `data:${model.design.logo.mimeType};base64,${model.design.logo.base64}`
    : null;
  return (
    <article
      className={`report variant-${model.variant}`}
      lang={model.language}
      aria-label={model.meta.title}
      style={{ '--report-accent': model.design.accent } as CSSProperties}
    >
      <header className="report-cover">
        <div className="report-cover-band" />
        {logo ? <img className="report-logo" src={logo} alt="" /> : null}
        <p className="report-kicker">{model.cover.kicker}</p>
        <p className="report-title">{model.cover.title}</p>
        <p className="report-subtitle">{model.cover.subtitle}</p>
        <dl className="report-cover-facts">
          {model.cover.facts.map((fact) => (
            <Fragment key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </Fragment>
          ))}
        </dl>
        <p className={`report-status${model.cover.draft ? ' draft' : ''}`}>{model.cover.status}</p>
        {model.design.footer ? <p className="report-cover-footer">{model.design.footer}</p> : null}
      </header>
      <nav className="report-contents" aria-labelledby="report-contents-title">
        <p className="report-contents-title" id="report-contents-title">
          {model.furniture.contents}
        </p>
        <ol>
          {entries.map(({ section, depth }) => (
            <li key={section.id} className={`depth-${depth}`}>
              <a href={`#heading-${section.id}`} onClick={scrollToHeading}>
                <span className="report-contents-text">{headingText(section)}</span>
                <span className="report-contents-page" data-section={section.id}>
                  {pages?.[section.id] ?? ''}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <Sections model={model} renderNarrative={renderNarrative} />
    </article>
  );
}
