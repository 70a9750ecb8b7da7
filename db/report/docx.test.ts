// The Word writer, read back from the DOCX's XML: headings and contents, tables, charts with their
// PNG fallbacks, cover, page furniture, properties, language and the embedded font.
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract/schemas.ts';
import type { ReportModel, TableBlock } from '../../shared/report/model.ts';
import { headingText, toneSymbol, walkSections } from '../../shared/report/model.ts';
import { reportDocx } from './docx.ts';
import { FIXTURE_CHART, fixtureModel } from './fixture-model.ts';
import { reportFontBuffers } from './fonts.ts';

interface Docx {
  readonly model: ReportModel;
  readonly files: Record<string, Uint8Array>;
  text(name: string): string;
  /** The target of a relationship of word/document.xml, as a path in the package. */
  target(id: string): string;
}

async function writeDocx(language: Language): Promise<Docx> {
  const model = fixtureModel(language);
  const files = unzipSync(await reportDocx(model));
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} is not in the DOCX`);
    return Buffer.from(file).toString('utf8');
  };
  const rels = text('word/_rels/document.xml.rels');
  const target = (id: string) => {
    const match = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels);
    if (!match) throw new Error(`no relationship ${id}`);
    return `word/${match[1]}`;
  };
  return { model, files, text, target };
}

const xmlText = (xml: string) =>
  xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The paragraphs of a part in order, with their style and text. */
function paragraphs(xml: string): { style: string | null; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: xmlText([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    xml: p,
  }));
}

/** The table (w:tbl) whose text contains `needle`. */
function tableWith(xml: string, needle: string): string {
  const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map(([t]) => t)
    .find((t) => t.includes(needle));
  if (!table) throw new Error(`no table with ${needle}`);
  return table;
}

function tableBlock(model: ReportModel, id: string): TableBlock {
  for (const { section } of walkSections(model.sections))
    for (const block of section.blocks) if (block.kind === 'table' && block.id === id) return block;
  throw new Error(`no table ${id}`);
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  const data = Buffer.from(png);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const documents = {} as Record<Language, Docx>;
beforeAll(async () => {
  documents.de = await writeDocx('de');
  documents.en = await writeDocx('en');
});

describe.each(['de', 'en'] as const)('reportDocx (%s)', (language) => {
  it('writes every section as a Word heading, Heading 1–3 by depth, in document order', () => {
    const { model, text } = documents[language];
    const expected = [...walkSections(model.sections)].map(({ section, depth }) => ({
      style: section.inContents === false ? `Heading${depth}Unlisted` : `Heading${Math.min(depth, 3)}`,
      text: headingText(section),
    }));
    const headings = paragraphs(text('word/document.xml'))
      .filter((p) => p.style?.startsWith('Heading'))
      .map(({ style, text }) => ({ style, text }));
    expect(headings).toEqual(expected);
    expect(headings.map((h) => h.style)).toEqual(
      expect.arrayContaining(['Heading1', 'Heading2', 'Heading3']),
    );
    // The heading styles carry outline levels (Word's navigation pane) and the accent colour.
    const styles = text('word/styles.xml');
    for (const level of [1, 2, 3])
      expect(styles).toMatch(
        new RegExp(
          `w:styleId="Heading${level}">[\\s\\S]*?<w:outlineLvl w:val="${level - 1}"/>[\\s\\S]*?1F5FA8`,
        ),
      );
  });

  it('puts the contents after the cover: a TOC field over Heading 1–2 that Word updates on opening', () => {
    const { model, text } = documents[language];
    const xml = text('word/document.xml');
    const toc = xml.indexOf('TOC \\h \\o &quot;1-2&quot;');
    expect(toc).toBeGreaterThan(xml.indexOf(`>${model.cover.title}<`));
    expect(toc).toBeLessThan(xml.indexOf('w:val="Heading1"'));
    expect(text('word/settings.xml')).toContain('<w:updateFields/>');
    const contents = paragraphs(xml).find((p) => p.style === 'ContentsHeading');
    expect(contents?.text).toBe(model.furniture.contents);
    expect(contents?.xml).toContain('<w:pageBreakBefore/>');
    // The entries written before Word updates the field: levels 1 and 2, not the opted-out section.
    const sdt = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(xml)![0];
    const entries = paragraphs(sdt).map((p) => p.text);
    expect(entries).toContain(headingText(model.sections[1]!.sections[0]!));
    expect(entries).not.toContain(headingText(model.sections[1]!.sections[0]!.sections[0]!));
    expect(entries).not.toContain(headingText(model.sections[4]!));
  });

  it('writes tables with a repeated header row, rows kept whole, widths by weight and aligned figures', () => {
    const { model, text } = documents[language];
    const xml = text('word/document.xml');
    const table = tableWith(xml, language === 'de' ? 'Indikator 1.1' : 'Indicator 1.1');
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows).toHaveLength(1 + 60 + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    // Weights 3, 1, 1, 1, 1, 1.5 over the text width of 9412 twips.
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toEqual([3321, 1107, 1107, 1107, 1107, 1663]);
    const cells = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => cell);
    const indicator = cells(rows[2]!);
    expect(indicator[0]).toContain('<w:ind w:left="227"/>');
    expect(indicator.slice(1, 5).every((cell) => cell.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(indicator[5]).toContain('<w:jc w:val="left"/>');
    // A group heading spans the table and is shaded; the total is bold.
    expect(cells(rows[1]!)[0]).toMatch(/<w:gridSpan w:val="6"\/>[\s\S]*<w:shd w:fill="EEF2F7"/);
    expect(cells(rows[61]!)[0]).toMatch(/<w:b\/>[\s\S]*>(Summe|Total)</);
    // The caption above ("Table 1: …", a SEQ field), the note below in small type.
    const block = tableBlock(model, 'indicators');
    const all = paragraphs(xml);
    const caption = all.find((p) => p.style === 'Caption' && p.text.endsWith(block.caption));
    expect(caption?.text).toBe(`${model.furniture.table} 1: ${block.caption}`);
    expect(caption?.xml).toContain(`w:instr="SEQ ${model.furniture.table} \\* ARABIC"`);
    expect(xml.indexOf(table)).toBeGreaterThan(xml.indexOf(caption!.xml));
    const note = all.find((p) => p.style === 'TableNote' && p.text === block.note);
    expect(xml.indexOf(note!.xml)).toBeGreaterThan(xml.indexOf(table));
  });

  it('prints status cells and facts with their tone symbols, and the empty table’s text', () => {
    const { text } = documents[language];
    const xml = text('word/document.xml');
    for (const symbol of Object.values(toneSymbol)) expect(xml).toContain(`>${symbol} <`);
    expect(xml).toContain(language === 'de' ? 'gefährdet' : 'at risk');
    expect(xml).toContain(language === 'de' ? 'Keine Meilensteine überfällig.' : 'No milestone is overdue.');
    // The callout: a one-cell table shaded in its tone's tint, with a border in its colour.
    const callout = tableWith(xml, language === 'de' ? 'Abbruchkriterium verfehlt' : 'Break-point missed');
    expect(callout).toContain('<w:shd w:fill="FDECEA"');
    expect(callout).toContain('<w:left w:val="single" w:color="C62828" w:sz="24"/>');
    expect(callout.match(/<w:tc>/g)).toHaveLength(1);
    // Signature lines: a rule to sign on, space above.
    const signature = paragraphs(xml).filter((p) => p.xml.includes('<w:pBdr><w:top w:val="single"'));
    expect(signature.map((p) => p.text)).toEqual(
      language === 'de'
        ? ['Ort, Datum', 'Unterschrift Clustermanagement']
        : ['Place, date', 'Signature, cluster management'],
    );
    expect(signature.every((p) => p.xml.includes('w:before="840"'))).toBe(true);
    // Four tables of the fixture have rows; the empty one has no Word table, so four repeat a header.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(4);
  });

  it('embeds the chart as an SVG picture with a PNG fallback twice its size, alt text and a caption below', () => {
    const { model, files, text, target } = documents[language];
    const xml = text('word/document.xml');
    const chart = model.sections[1]!.sections[0]!.blocks[0]!;
    if (chart.kind !== 'chart') throw new Error('fixture changed');
    const drawing = /<w:drawing>(?:(?!<\/w:drawing>)[\s\S])*?name="members-chart"[\s\S]*?<\/w:drawing>/.exec(
      xml,
    )![0];
    expect(drawing).toContain(`descr="${chart.alt}"`);
    expect(drawing).toContain(`title="${chart.caption}"`);
    const png = target(/<a:blip r:embed="(rId\d+)"/.exec(drawing)![1]!);
    const svg = target(/<asvg:svgBlip [^>]*r:embed="(rId\d+)"/.exec(drawing)![1]!);
    expect(png).toMatch(/^word\/media\/.+\.png$/);
    expect(svg).toMatch(/^word\/media\/.+\.svg$/);
    expect(text(svg)).toBe(chart.svg);
    expect(pngSize(files[png]!)).toEqual({
      width: FIXTURE_CHART.width * 2,
      height: FIXTURE_CHART.height * 2,
    });
    // Wider than the text (627 px): shown at the text width, in proportion (EMU: 9525 per pixel).
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(drawing)!;
    expect(Number(cx) / 9525).toBeCloseTo(627.47, 0);
    expect(Number(cx) / Number(cy)).toBeCloseTo(FIXTURE_CHART.width / FIXTURE_CHART.height, 2);
    const all = paragraphs(xml);
    const at = all.findIndex((p) => p.xml.includes('name="members-chart"'));
    expect(all[at + 1]).toMatchObject({
      style: 'Caption',
      text: `${model.furniture.figure} 1: ${chart.caption}`,
    });
  });

  it('writes the cover (logo, kicker, title, subtitle, facts, status) before the contents', () => {
    const { model, files, text, target } = documents[language];
    const xml = text('word/document.xml');
    const cover = xml.slice(0, xml.indexOf('ContentsHeading'));
    const texts = paragraphs(cover)
      .map((p) => p.text)
      .filter(Boolean);
    expect(texts).toEqual([
      model.cover.kicker,
      model.cover.title,
      model.cover.subtitle,
      ...model.cover.facts.flatMap((fact) => [fact.label, fact.value]),
      model.cover.status,
    ]);
    expect(paragraphs(cover).find((p) => p.text === model.cover.title)?.style).toBe('Title');
    const logo = target(/<a:blip r:embed="(rId\d+)"/.exec(cover)![1]!);
    expect(Buffer.from(files[logo]!)).toEqual(Buffer.from(model.design.logo!.base64, 'base64'));
  });

  it('runs the header and a "Page X of Y" footer with PAGE and NUMPAGES fields, not on the cover', () => {
    const { model, text, target } = documents[language];
    const xml = text('word/document.xml');
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(xml)![0];
    expect(sectPr).toContain('<w:titlePg/>');
    const part = (kind: 'header' | 'footer', type: 'default' | 'first') =>
      text(target(new RegExp(`<w:${kind}Reference w:type="${type}" r:id="(rId\\d+)"/>`).exec(sectPr)![1]!));
    expect(paragraphs(part('header', 'default'))[0]?.text).toBe(model.furniture.header);
    const footer = part('footer', 'default');
    expect(paragraphs(footer)[0]?.text).toBe(
      `${model.design.footer}${model.furniture.page}  ${model.furniture.of} `,
    );
    expect(footer).toMatch(
      new RegExp(
        `${model.furniture.page} <[\\s\\S]*>PAGE<[\\s\\S]*> ${model.furniture.of} <[\\s\\S]*>NUMPAGES<`,
      ),
    );
    expect(paragraphs(part('header', 'first')).every((p) => p.text === '')).toBe(true);
    expect(paragraphs(part('footer', 'first')).every((p) => p.text === '')).toBe(true);
  });

  it('sets the properties, the language and Source Sans 3 as the document font', () => {
    const { model, text } = documents[language];
    const core = xmlText(text('docProps/core.xml'));
    expect(core).toContain(`<dc:title>${model.meta.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${model.meta.subject}</dc:subject>`);
    expect(core).toContain(`<dc:creator>${model.meta.author}</dc:creator>`);
    expect(core).toContain(`<cp:keywords>${model.meta.keywords.join(', ')}</cp:keywords>`);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(text('word/styles.xml'))![0];
    expect(defaults).toContain(`<w:lang w:val="${language === 'de' ? 'de-DE' : 'en-US'}"/>`);
    expect(defaults).toContain('w:ascii="Source Sans 3"');
  });

  it('lists items as real Word lists: bullets, and numbers that start at 1 for each list', () => {
    const { text } = documents[language];
    const numbering = text('word/numbering.xml');
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/><w:lvlText w:val="•"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/);
    const listed = paragraphs(text('word/document.xml')).filter((p) => p.xml.includes('<w:numPr>'));
    expect(listed).toHaveLength(4);
    const numIds = listed.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p.xml)![1]);
    expect(new Set(numIds).size).toBe(2);
  });
});

describe('reportDocx font embedding', () => {
  it('embeds Source Sans 3 regular, bold and italic (obfuscated TTF), and no other font', () => {
    const { files, text } = documents.de;
    const table = text('word/fontTable.xml');
    expect(table).toMatch(
      /<w:font w:name="Source Sans 3">[\s\S]*<w:embedRegular[\s\S]*<w:embedBold[\s\S]*<w:embedItalic/,
    );
    const fonts = Object.keys(files).filter((name) => name.startsWith('word/fonts/'));
    expect(fonts).toHaveLength(3);
    // An obfuscated font is the TTF with its first 32 bytes scrambled by its key.
    const ttf = reportFontBuffers();
    const embedded = fonts.map((name) => Buffer.from(files[name]!.subarray(32)));
    for (const face of [ttf.regular, ttf.bold, ttf.italic])
      expect(embedded.some((bytes) => bytes.equals(face.subarray(32)))).toBe(true);
  });
});

describe('reportDocx with other input', () => {
  it('embeds an SVG logo as SVG with a PNG fallback twice its size', async () => {
    const model = fixtureModel('en');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50"><rect width="150" height="50" fill="#1f5fa8"/><text x="10" y="34" font-family="Source Sans 3" font-size="24" fill="#fff">Logo</text></svg>';
    const logo = { mimeType: 'image/svg+xml', base64: Buffer.from(svg).toString('base64') };
    const files = unzipSync(await reportDocx({ ...model, design: { ...model.design, logo } }));
    const xml = Buffer.from(files['word/document.xml']!).toString('utf8');
    const rels = Buffer.from(files['word/_rels/document.xml.rels']!).toString('utf8');
    const cover = xml.slice(0, xml.indexOf('ContentsHeading'));
    const target = (id: string) => `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
    const png = target(/<a:blip r:embed="(rId\d+)"/.exec(cover)![1]!);
    const svgPart = target(/<asvg:svgBlip [^>]*r:embed="(rId\d+)"/.exec(cover)![1]!);
    expect(Buffer.from(files[svgPart]!).toString('utf8')).toBe(svg);
    expect(pngSize(files[png]!)).toEqual({ width: 300, height: 100 });
    // Shown at its own size (it fits the logo's box of 220 × 72 pixels): 150 × 50 pixels in EMU.
    expect(cover).toContain('<wp:extent cx="1428750" cy="476250"/>');
  });

  it('drops control characters that XML does not allow, keeping the rest of the text', async () => {
    const model = fixtureModel('de');
    const summary = model.sections[0]!;
    const dirty = {
      ...model,
      sections: [
        {
          ...summary,
          blocks: [
            {
              kind: 'narrative' as const,
              key: 'section:summary',
              draft: false,
              text: 'Be\u0007richt\u000c 2025',
            },
          ],
        },
      ],
    };
    const files = unzipSync(await reportDocx(dirty));
    const xml = Buffer.from(files['word/document.xml']!).toString('utf8');
    expect(xml).toContain('>Bericht 2025<');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
