import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LeaderType,
  LevelFormat,
  Packer,
  PageNumber,
  PageReference,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Cell, DiagramId, ExportDocument, RenderedDiagram, RenderedDiagrams } from './documentModel';
import { label } from './exportLabels';
import { WORD_FIGURE_AREA, placeFigure, svgBoxCentres, svgLabelPx, svgViewBox, type FigurePart } from './figureParts';
import { markdownToParagraphs, type ParagraphSpec } from './markdownText';

/**
 * Word (DOCX) through the `docx` library: a cover page, a table of contents whose page numbers are
 * PAGEREF fields (right in Word and in LibreOffice, see `contents`), numbered Heading 1-3 styles, tables whose header row repeats
 * on every page, the diagrams as pictures (SVG with a PNG fallback when both were drawn), a header
 * with the title and a footer with the confidentiality and "page X of Y". The cover counts as page 1
 * and shows no footer; numbering runs on through the document, so X, Y (NUMPAGES) and the contents'
 * page numbers agree in every reader (LibreOffice computes neither SECTIONPAGES nor a restarted count). Fonts name an East Asian
 * face on every run so Chinese shows in Word and in LibreOffice.
 */
export interface DocxOptions {
  diagrams?: RenderedDiagrams;
  diagramsOmitted?: boolean;
  /**
   * Also embed the SVG, with the PNG as its fallback (Word 2016+ then shows the SVG). Default false:
   * LibreOffice 7 prefers the SVG and draws Mermaid's CSS-styled SVG blank, so the PNG is safer.
   */
  embedSvg?: boolean;
  /**
   * The body only, to be poured into a company's Word template (src/core/docxTemplate/merge.ts):
   * no cover, header or footer (the template's), no fonts or colours on runs (the template's styles
   * give them), and every paragraph and table under a style the merge maps to the template's by name:
   * Heading1-3, Caption, TableGrid, ListBullet, ListNumber, TOCHeading, TOC1/TOC2.
   */
  templated?: boolean;
  /** The template's text width in twips (page width less margins), for tables, pictures and the contents' tab. */
  textTwips?: number;
}

/** A4 with 2 cm margins: text width in twips (1/1440 in) and in CSS pixels (96 per inch). */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_TWIPS = PAGE.width - 2 * PAGE.margin;
/** Its text column is WORD_FIGURE_AREA's width, the area the stored PNGs are sized for. */
const MAX_IMAGE_PX_HEIGHT = WORD_FIGURE_AREA.height;

interface Fonts {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
}
/**
 * Microsoft YaHei ships with Windows and Office for Mac; where it is absent (LibreOffice on Linux)
 * fontconfig substitutes the installed CJK face (Noto Sans CJK). Latin text keeps a Latin face.
 */
const FONTS: Fonts = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei', cs: 'Calibri' };

export async function toDocx(doc: ExportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const w = new DocxWriter(doc, options);
  const file = w.build();
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

class DocxWriter {
  private readonly fonts: Fonts = FONTS;
  private readonly templated: boolean;
  private readonly textTwips: number;
  /** The font on a run: none when templated (the template's styles decide). */
  private readonly font: Fonts | undefined;
  private orderedLists = 0;
  /** Headings written so far (all levels), numbering their bookmarks as `contentsHeadings` does. */
  private headings = 0;

  constructor(
    private readonly doc: ExportDocument,
    private readonly options: DocxOptions,
  ) {
    this.templated = options.templated === true;
    this.textTwips = options.textTwips && options.textTwips > 1440 ? options.textTwips : TEXT_TWIPS;
    this.font = this.templated ? undefined : FONTS;
  }

  build(): Document {
    const { doc } = this;
    const body: Array<Paragraph | Table> = [];
    if (doc.contents) {
      body.push(
        this.templated
          ? new Paragraph({ style: 'TOCHeading', children: [this.run(label('contents', doc.lang))] })
          : new Paragraph({
              children: [this.run(label('contents', doc.lang), { bold: true, size: 32, color: '10243E' })],
              spacing: { after: 200 },
            }),
      );
      body.push(...this.contents());
      body.push(new Paragraph({ pageBreakBefore: true, children: [] }));
    }
    if (this.options.diagramsOmitted)
      body.push(this.para(label('noDiagrams', doc.lang), { italics: true, color: '6B4B00' }));
    for (const b of doc.blocks) body.push(...this.block(b));
    const lang = doc.lang === 'zh-CN' ? { value: 'zh-CN', eastAsia: 'zh-CN' } : { value: 'en-GB', eastAsia: 'zh-CN' };
    return new Document({
      creator: 'Presales Studio',
      title: `${doc.title} · ${doc.kindTitle}`,
      description: doc.kindTitle,
      // Word updates the fields on open; LibreOffice computes the contents' PAGEREF fields itself.
      // docx's layout estimator is left out: it was off by a page for LibreOffice, added 1.5 MiB to
      // the bundles and took over a minute on a proposal holding 10,000-character words.
      features: { updateFields: true },
      styles: {
        default: {
          document: { run: { font: this.fonts, size: 21, language: lang }, paragraph: { spacing: { after: 120 } } },
          heading1: {
            run: { font: this.fonts, size: 32, bold: true, color: '10243E' },
            paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
          },
          heading2: {
            run: { font: this.fonts, size: 26, bold: true, color: '1F5FA8' },
            paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
          },
          heading3: {
            run: { font: this.fonts, size: 22, bold: true, color: '10243E' },
            paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
          },
        },
      },
      numbering: {
        config: [
          {
            reference: 'headings',
            levels: [0, 1, 2].map((level) => ({
              level,
              format: LevelFormat.DECIMAL,
              text: ['%1.', '%1.%2', '%1.%2.%3'][level] ?? '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 0, hanging: 0 } } },
            })),
          },
          {
            reference: 'bullets',
            levels: [0, 1, 2].map((level) => ({
              level,
              format: LevelFormat.BULLET,
              text: ['\u2022', '\u2013', '\u25AA'][level] ?? '\u2022',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
            })),
          },
          {
            reference: 'ordered',
            levels: [0, 1, 2].map((level) => ({
              level,
              format: LevelFormat.DECIMAL,
              text: `%${level + 1}.`,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
            })),
          },
        ],
      },
      sections: [
        ...(this.templated
          ? []
          : [
              {
                properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: this.margins() } },
                children: this.cover(),
              },
            ]),
        {
          properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: this.margins() } },
          ...(this.templated ? {} : { headers: { default: this.header() }, footers: { default: this.footer() } }),
          children: body,
        },
      ],
    });
  }

  private margins(): { top: number; bottom: number; left: number; right: number; header: number; footer: number } {
    return { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 };
  }

  private run(text: string, extra: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun {
    return new TextRun({ ...extra, text, font: this.font });
  }

  private para(text: string, extra: Omit<IRunOptions, 'text' | 'font'> = {}): Paragraph {
    return new Paragraph({ children: this.lines(text, extra) });
  }

  /** Line breaks inside a value become Word line breaks rather than vanishing. */
  private lines(text: string, extra: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun[] {
    return text
      .split(/\r?\n/)
      .map((line, i) => new TextRun({ ...extra, text: line, font: this.font, ...(i > 0 ? { break: 1 } : {}) }));
  }

  private cover(): Paragraph[] {
    const { doc } = this;
    const out: Paragraph[] = [
      new Paragraph({
        spacing: { before: 2400 },
        children: [this.run(doc.kindTitle.toUpperCase(), { color: '1F5FA8', bold: true, size: 24 })],
      }),
      // Not Word's Title style: its fixed line height overlaps the line above in LibreOffice.
      new Paragraph({
        spacing: { before: 120, after: 240 },
        children: [this.run(doc.title, { size: 52, bold: true, color: '10243E' })],
      }),
    ];
    if (doc.subtitle)
      out.push(
        new Paragraph({ spacing: { after: 600 }, children: [this.run(doc.subtitle, { size: 28, color: '5F6B7A' })] }),
      );
    for (const [k, v] of doc.cover) {
      out.push(
        new Paragraph({
          spacing: { after: 80 },
          children: [this.run(`${k}: `, { color: '5F6B7A' }), this.run(v, { bold: true })],
        }),
      );
    }
    out.push(
      new Paragraph({
        spacing: { before: 2400 },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: 'D5DBE3', space: 8 } },
        children: [
          this.run(`${label('cover.confidentiality', doc.lang)}: ${doc.confidentiality}`, {
            size: 18,
            color: '5F6B7A',
          }),
        ],
      }),
    );
    return out;
  }

  /**
   * The contents as paragraphs, one per heading of level 1-2: number and title linked to a bookmark
   * on the heading, then a PAGEREF field to it. Not a TOC field: LibreOffice shows a TOC field's text
   * as written and never recomputes the page numbers inside it, while it computes every PAGEREF
   * from its own layout. Word updates the PAGEREFs on open (`updateFields`).
   */
  private contents(): Paragraph[] {
    const entries: Paragraph[] = [];
    for (const { level, number, text, bookmark } of this.contentsHeadings()) {
      const templated = this.templated;
      entries.push(
        new Paragraph({
          ...(templated ? { style: level === 1 ? 'TOC1' : 'TOC2' } : {}),
          tabStops: [{ type: TabStopType.RIGHT, position: this.textTwips, leader: LeaderType.DOT }],
          indent: level === 2 && !templated ? { left: 440 } : undefined,
          spacing: templated ? undefined : { after: level === 1 ? 80 : 40 },
          children: [
            new InternalHyperlink({
              anchor: bookmark,
              children: [this.run(`${number}  ${text}`, level === 1 && !templated ? { bold: true } : {})],
            }),
            new TextRun({ font: this.font, children: [new Tab()] }),
            new PageReference(bookmark, { hyperlink: true }),
          ],
        }),
      );
    }
    return entries;
  }

  /** Headings of level 1-2 with the numbers the heading numbering gives them (1., 1.1) and their bookmark names. */
  private contentsHeadings(): Array<{ level: number; number: string; text: string; bookmark: string }> {
    const out: Array<{ level: number; number: string; text: string; bookmark: string }> = [];
    let top = 0;
    let second = 0;
    let index = 0;
    for (const b of this.doc.blocks) {
      if (b.type !== 'heading') continue;
      if (b.level === 1) {
        top += 1;
        second = 0;
      } else if (b.level === 2) second += 1;
      index += 1;
      if (b.level > 2) continue;
      out.push({
        level: b.level,
        number: b.level === 1 ? `${top}.` : `${top}.${second}`,
        text: b.text,
        bookmark: headingBookmark(index),
      });
    }
    return out;
  }

  private header(): Header {
    return new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [this.run(`${this.doc.title} · ${this.doc.kindTitle}`, { size: 16, color: '5F6B7A' })],
        }),
      ],
    });
  }

  private footer(): Footer {
    const { lang } = this.doc;
    const small = { size: 16, color: '5F6B7A' };
    return new Footer({
      children: [
        new Paragraph({ children: [this.run(this.doc.confidentiality, small)] }),
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [
            new TextRun({
              ...small,
              font: this.fonts,
              children: [
                `${label('page', lang)} `,
                PageNumber.CURRENT,
                ` ${label('pageOf', lang)} `,
                PageNumber.TOTAL_PAGES,
                label('pageSuffix', lang) ? ` ${label('pageSuffix', lang)}` : '',
              ],
            }),
          ],
        }),
      ],
    });
  }

  private block(b: Block): Array<Paragraph | Table> {
    switch (b.type) {
      case 'heading': {
        const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][b.level - 1];
        const text = this.run(b.text);
        const index = ++this.headings;
        const bookmarked = this.doc.contents && b.level <= 2;
        return [
          new Paragraph({
            heading,
            numbering: { reference: 'headings', level: b.level - 1 },
            children: [bookmarked ? new Bookmark({ id: headingBookmark(index), children: [text] }) : text],
          }),
        ];
      }
      case 'paragraph':
        if (this.templated && b.emphasis === 'caption')
          return [new Paragraph({ style: 'Caption', children: this.lines(b.text) })];
        return [
          this.para(
            b.text,
            b.emphasis === 'note' ? { italics: true, color: '5F6B7A' } : b.emphasis === 'caption' ? { bold: true } : {},
          ),
        ];
      case 'markdown':
        return this.markdown(markdownToParagraphs(b.source));
      case 'list': {
        const instance = ++this.orderedLists;
        return b.items.map(
          (item) =>
            new Paragraph({
              children: this.lines(item),
              ...this.listItem(b.ordered === true, 0, instance),
            }),
        );
      }
      case 'table':
        return [this.table(b.columns, b.rows, b.widths), new Paragraph({ children: [], spacing: { after: 60 } })];
      case 'diagram':
        return this.diagram(b.id, b.caption);
      case 'pageBreak':
        return [new Paragraph({ pageBreakBefore: true, children: [] })];
    }
  }

  private markdown(paragraphs: ParagraphSpec[]): Paragraph[] {
    let instance = ++this.orderedLists;
    let wasOrdered = false;
    return paragraphs.map((p) => {
      const children: ParagraphChild[] = p.runs.map(
        (r) =>
          new TextRun({
            text: r.text,
            font: r.code
              ? {
                  ascii: 'Consolas',
                  hAnsi: 'Consolas',
                  ...(this.templated ? {} : { eastAsia: this.fonts.eastAsia }),
                  cs: 'Consolas',
                }
              : this.font,
            ...(r.bold || p.strong ? { bold: true } : {}),
            ...(r.italic ? { italics: true } : {}),
          }),
      );
      const ordered = p.list?.ordered === true;
      // Each separate numbered list in a field restarts at 1.
      if (ordered && !wasOrdered) instance = ++this.orderedLists;
      wasOrdered = ordered;
      if (!p.list) return new Paragraph({ children });
      const level = Math.min(p.list.level, 2);
      return new Paragraph({ children, ...this.listItem(ordered, level, instance) });
    });
  }

  /** A list paragraph: Word's bullet list as before, or (templated) the List Bullet / List Number styles with our numbering. */
  private listItem(
    ordered: boolean,
    level: number,
    instance: number,
  ):
    | { numbering: { reference: string; level: number; instance?: number }; style?: string }
    | { bullet: { level: number } } {
    if (!this.templated)
      return ordered ? { numbering: { reference: 'ordered', level, instance } } : { bullet: { level } };
    return ordered
      ? { style: 'ListNumber', numbering: { reference: 'ordered', level, instance } }
      : { style: 'ListBullet', numbering: { reference: 'bullets', level } };
  }

  private table(columns: string[], rows: Cell[][], widths: number[] | undefined): Table {
    const total = widths?.reduce((a, x) => a + x, 0) ?? columns.length;
    const textTwips = this.textTwips;
    const templated = this.templated;
    const twips = columns.map((_, i) => Math.floor(((widths?.[i] ?? 1) / total) * textTwips));
    const border = { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DB' };
    // Templated: the borders are the template's table style's.
    const borders = templated ? undefined : { top: border, bottom: border, left: border, right: border };
    const cell = (c: Cell, i: number, header: boolean): TableCell =>
      new TableCell({
        width: { size: twips[i] ?? 1000, type: WidthType.DXA },
        borders,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        shading: header
          ? { fill: templated ? 'F2F2F2' : 'DCE6F2', type: ShadingType.CLEAR, color: 'auto' }
          : c.shade
            ? { fill: c.shade, type: ShadingType.CLEAR, color: 'auto' }
            : undefined,
        children: [
          new Paragraph({
            spacing: { after: 0 },
            children: this.lines(c.text, { size: 18, ...(header || c.bold ? { bold: true } : {}) }),
          }),
        ],
      });
    return new Table({
      ...(templated ? { style: 'TableGrid' } : {}),
      width: { size: textTwips, type: WidthType.DXA },
      columnWidths: twips,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: columns.map((c, i) => cell({ text: c }, i, true)),
        }),
        ...rows.map(
          (r) =>
            new TableRow({ cantSplit: true, children: columns.map((_, i) => cell(r[i] ?? { text: '' }, i, false)) }),
        ),
      ],
    });
  }

  private diagram(id: DiagramId, caption: string): Paragraph[] {
    const drawn: RenderedDiagram | undefined = this.options.diagrams?.get(id);
    const note = (text: string): Paragraph[] => [this.para(text, { italics: true, color: '6B4B00' })];
    if (!drawn) return note(label('noDiagrams', this.doc.lang));
    if (drawn.error) return note(`${label('diagramError', this.doc.lang)} ${drawn.error}`);
    const png = drawn.png;
    if (!png) return note(label('noDiagrams', this.doc.lang));
    const width = Math.max(1, drawn.width);
    const height = Math.max(1, drawn.height);
    const box = svgViewBox(drawn.svg, { width, height });
    // Box centres in the picture's pixels: the PNG is the SVG's viewBox drawn at the figure's size.
    const boxes = svgBoxCentres(drawn.svg, box).map((c) => ({
      x: (c.x * width) / box.width,
      y: (c.y * height) / box.height,
    }));
    const area = { width: Math.floor((this.textTwips / 1440) * 96), height: MAX_IMAGE_PX_HEIGHT };
    const { scale, parts } = placeFigure({ width, height }, svgLabelPx(drawn.svg), area, boxes);
    return parts.flatMap((part, i) => {
      const shown =
        parts.length === 1
          ? caption
          : label('figurePart', this.doc.lang, { caption, part: i + 1, parts: parts.length });
      return this.picture({ svg: drawn.svg, png }, part, { width, height }, scale, shown);
    });
  }

  /**
   * One picture and its caption: the part of the drawing shown by cropping the one PNG (Word and
   * LibreOffice both honour the crop, and the PNG is stored once however many parts show it).
   */
  private picture(
    drawn: { svg: string; png: Uint8Array },
    part: FigurePart,
    size: { width: number; height: number },
    scale: number,
    caption: string,
  ): Paragraph[] {
    const transformation = {
      width: Math.max(1, Math.round(part.width * scale)),
      height: Math.max(1, Math.round(part.height * scale)),
    };
    const whole = part.width >= size.width && part.height >= size.height;
    const percent = (n: number, of: number): number => Math.min(100, Math.max(0, (n / of) * 100));
    const crop = whole
      ? undefined
      : {
          left: percent(part.x, size.width),
          top: percent(part.y, size.height),
          right: percent(size.width - part.x - part.width, size.width),
          bottom: percent(size.height - part.y - part.height, size.height),
        };
    const altText = { name: caption, description: caption, title: caption };
    const image =
      this.options.embedSvg === true && drawn.svg && whole
        ? new ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(drawn.svg),
            fallback: { type: 'png', data: drawn.png },
            transformation,
            altText,
          })
        : new ImageRun({ type: 'png', data: drawn.png, transformation, altText, ...(crop ? { crop } : {}) });
    return [
      new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }),
      this.templated
        ? new Paragraph({ style: 'Caption', children: [this.run(caption)] })
        : new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [this.run(caption, { italics: true, size: 18, color: '5F6B7A' })],
          }),
    ];
  }
}

/** `_Toc` names are hidden in Word's bookmark list, as Word's own contents bookmarks are. */
function headingBookmark(index: number): string {
  return `_TocPs${index}`;
}
