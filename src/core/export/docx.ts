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
}

/** A4 with 2 cm margins: text width in twips (1/1440 in) and in CSS pixels (96 per inch). */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_TWIPS = PAGE.width - 2 * PAGE.margin;
const TEXT_PX = Math.floor((TEXT_TWIPS / 1440) * 96);
const MAX_IMAGE_PX_HEIGHT = 820;

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
  private orderedLists = 0;
  /** Headings written so far (all levels), numbering their bookmarks as `contentsHeadings` does. */
  private headings = 0;

  constructor(
    private readonly doc: ExportDocument,
    private readonly options: DocxOptions,
  ) {}

  build(): Document {
    const { doc } = this;
    const body: Array<Paragraph | Table> = [];
    if (doc.contents) {
      body.push(
        new Paragraph({
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
        {
          properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: this.margins() } },
          children: this.cover(),
        },
        {
          properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: this.margins() } },
          headers: { default: this.header() },
          footers: { default: this.footer() },
          children: body,
        },
      ],
    });
  }

  private margins(): { top: number; bottom: number; left: number; right: number; header: number; footer: number } {
    return { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 };
  }

  private run(text: string, extra: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun {
    return new TextRun({ ...extra, text, font: this.fonts });
  }

  private para(text: string, extra: Omit<IRunOptions, 'text' | 'font'> = {}): Paragraph {
    return new Paragraph({ children: this.lines(text, extra) });
  }

  /** Line breaks inside a value become Word line breaks rather than vanishing. */
  private lines(text: string, extra: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun[] {
    return text
      .split(/\r?\n/)
      .map((line, i) => new TextRun({ ...extra, text: line, font: this.fonts, ...(i > 0 ? { break: 1 } : {}) }));
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
      entries.push(
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_TWIPS, leader: LeaderType.DOT }],
          indent: level === 2 ? { left: 440 } : undefined,
          spacing: { after: level === 1 ? 80 : 40 },
          children: [
            new InternalHyperlink({
              anchor: bookmark,
              children: [this.run(`${number}  ${text}`, level === 1 ? { bold: true } : {})],
            }),
            new TextRun({ font: this.fonts, children: [new Tab()] }),
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
              ...(b.ordered ? { numbering: { reference: 'ordered', level: 0, instance } } : { bullet: { level: 0 } }),
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
              ? { ascii: 'Consolas', hAnsi: 'Consolas', eastAsia: this.fonts.eastAsia, cs: 'Consolas' }
              : this.fonts,
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
      return new Paragraph({
        children,
        ...(ordered ? { numbering: { reference: 'ordered', level, instance } } : { bullet: { level } }),
      });
    });
  }

  private table(columns: string[], rows: Cell[][], widths: number[] | undefined): Table {
    const total = widths?.reduce((a, x) => a + x, 0) ?? columns.length;
    const twips = columns.map((_, i) => Math.floor(((widths?.[i] ?? 1) / total) * TEXT_TWIPS));
    const border = { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DB' };
    const borders = { top: border, bottom: border, left: border, right: border };
    const cell = (c: Cell, i: number, header: boolean): TableCell =>
      new TableCell({
        width: { size: twips[i] ?? 1000, type: WidthType.DXA },
        borders,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        shading: header
          ? { fill: 'DCE6F2', type: ShadingType.CLEAR, color: 'auto' }
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
      width: { size: TEXT_TWIPS, type: WidthType.DXA },
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
    if (!drawn.png) return note(label('noDiagrams', this.doc.lang));
    const scale = Math.min(1, TEXT_PX / Math.max(1, drawn.width), MAX_IMAGE_PX_HEIGHT / Math.max(1, drawn.height));
    const transformation = {
      width: Math.max(1, Math.round(drawn.width * scale)),
      height: Math.max(1, Math.round(drawn.height * scale)),
    };
    const altText = { name: caption, description: caption, title: caption };
    const image =
      this.options.embedSvg === true && drawn.svg
        ? new ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(drawn.svg),
            fallback: { type: 'png', data: drawn.png },
            transformation,
            altText,
          })
        : new ImageRun({ type: 'png', data: drawn.png, transformation, altText });
    return [
      new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }),
      new Paragraph({
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
