// Builds the example company templates under examples/templates/ from code, so they can be read,
// reviewed and rebuilt: company.en.dotx (a Word template, English style names) and
// company.zh-CN.docx (a document as a Chinese Word writes it: heading styles named 标题 1 with ids
// 1, 2, ...). Each has a cover with placeholders (one of them split over runs, as Word often stores
// it), a header with a logo drawn here as a PNG, a footer with page numbers, A4 margins and its own
// styles and theme colours. The output is byte-for-byte reproducible (fixed dates and zip times):
// `node scripts/build-templates.mjs --check` fails when the committed files differ.
import { deflateSync } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'examples', 'templates');
const check = process.argv.includes('--check');

/** @typedef {{ lang: 'en' | 'zh-CN', file: string, template: boolean, company: string, short: string, accent: string, dark: string, styles: string, cover: (ids: Record<string, string>) => Paragraph[], headerText: string, footer: Paragraph[], firstFooter: string, fonts: { major: string, minor: string, ea: string } }} Company */

// ---------------------------------------------------------------------------------------------
// A tiny PNG encoder (RGBA, one IDAT) and the logo mark: a rounded square with a white chevron.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
/** @param {Uint8Array} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** @param {string} type @param {Uint8Array} data */
function chunk(type, data) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(strToU8(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
/** @param {number} width @param {number} height @param {(x: number, y: number) => [number, number, number, number]} pixel */
function png(width, height, pixel) {
  const raw = new Uint8Array((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
/** @param {string} hex @returns {[number, number, number]} */
const rgb = (hex) => [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];

/** A 4x supersampled mark: rounded square in `accent`, a white chevron and a bar in `dark`. */
function logo(accent, dark) {
  const size = 96;
  const a = rgb(accent);
  const d = rgb(dark);
  const inside = (/** @type {number} */ x, /** @type {number} */ y) => {
    const r = 18;
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const chevron = (/** @type {number} */ x, /** @type {number} */ y) => {
    // Two thick strokes meeting at the right: a ">" from (26,22) to (60,48) to (26,74).
    const dist = (/** @type {number[]} */ p, /** @type {number[]} */ q) => {
      const [px = 0, py = 0] = p;
      const [qx = 0, qy = 0] = q;
      const t = Math.max(
        0,
        Math.min(1, ((x - px) * (qx - px) + (y - py) * (qy - py)) / ((qx - px) ** 2 + (qy - py) ** 2)),
      );
      return Math.hypot(x - (px + t * (qx - px)), y - (py + t * (qy - py)));
    };
    return Math.min(dist([28, 24], [58, 48]), dist([58, 48], [28, 72])) <= 8;
  };
  const bar = (/** @type {number} */ x, /** @type {number} */ y) => x >= 62 && x <= 76 && y >= 62 && y <= 74;
  return png(size, size, (x, y) => {
    let r = 0;
    let g = 0;
    let b = 0;
    let alpha = 0;
    for (let sy = 0; sy < 4; sy++)
      for (let sx = 0; sx < 4; sx++) {
        const px = x + (sx + 0.5) / 4;
        const py = y + (sy + 0.5) / 4;
        if (!inside(px, py)) continue;
        const c = chevron(px, py) ? [255, 255, 255] : bar(px, py) ? d : a;
        r += c[0] ?? 0;
        g += c[1] ?? 0;
        b += c[2] ?? 0;
        alpha += 1;
      }
    return alpha
      ? [Math.round(r / alpha), Math.round(g / alpha), Math.round(b / alpha), Math.round((alpha / 16) * 255)]
      : [0, 0, 0, 0];
  });
}

// ---------------------------------------------------------------------------------------------
// Styles, written as Word writes them: what a merge reads by name.

/**
 * @param {{ id: string, name: string, type?: string, basedOn?: string, next?: string, isDefault?: boolean, pPr?: string, rPr?: string, tblPr?: string, ui?: number }} s
 */
function style(s) {
  return (
    `<w:style w:type="${s.type ?? 'paragraph'}"${s.isDefault ? ' w:default="1"' : ''} w:styleId="${s.id}">` +
    `<w:name w:val="${s.name}"/>` +
    (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
    (s.next ? `<w:next w:val="${s.next}"/>` : '') +
    (s.ui !== undefined ? `<w:uiPriority w:val="${s.ui}"/>` : '') +
    '<w:qFormat/>' +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
    (s.tblPr ? `<w:tblPr>${s.tblPr}</w:tblPr>` : '') +
    '</w:style>'
  );
}

/**
 * @param {{ ids: Record<string, string>, names: Record<string, string>, fonts: { major: string, minor: string, ea: string, eaMajor: string }, accent: string, dark: string, lang: string, omit: string[] }} o
 */
function stylesXml(o) {
  const { ids, names, fonts, accent, dark } = o;
  const f = (/** @type {string} */ latin, /** @type {string} */ ea) =>
    `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${ea}" w:cs="${latin}"/>`;
  const sz = (/** @type {number} */ halfPoints) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
  const colored = (/** @type {string} */ color, /** @type {number} */ halfPoints) =>
    `<w:color w:val="${color}"/>${sz(halfPoints)}`;
  /**
   * The style `key` under this Word's id and name for it.
   * @param {string} key @param {Omit<Parameters<typeof style>[0], 'id' | 'name'>} s
   */
  const named = (key, s) => ({ id: ids[key] ?? '', name: names[key] ?? '', ...s });
  const followsNormal = { basedOn: ids.normal, next: ids.normal };
  const heading = (/** @type {number} */ level, /** @type {number} */ size, /** @type {string} */ color) =>
    named(`heading${level}`, {
      ...followsNormal,
      ui: 9,
      // Children in the schema's order (pBdr before spacing): Word refuses a part that breaks it.
      pPr: `<w:keepNext/><w:keepLines/>${level === 1 ? `<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="${accent}"/></w:pBdr>` : ''}<w:spacing w:before="${level === 1 ? 480 : 280}" w:after="${level === 1 ? 200 : 120}"/><w:outlineLvl w:val="${level - 1}"/>`,
      rPr: `${f(fonts.major, fonts.eaMajor)}<w:b/>${colored(color, size)}`,
    });
  const list = { basedOn: ids.normal, ui: 99, pPr: '<w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>' };
  const tocTab = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9402"/></w:tabs>';
  /** The header's and the footer's paragraphs: small grey text, a right tab for what stands on the right. */
  const pageEdge = (/** @type {number} */ size) => ({
    basedOn: ids.normal,
    ui: 99,
    pPr: '<w:tabs><w:tab w:val="right" w:pos="9402"/></w:tabs><w:spacing w:after="0"/>',
    rPr: colored('595959', size),
  });
  /** @type {Array<Parameters<typeof style>[0]>} */
  const all = [
    named('normal', {
      isDefault: true,
      ui: 0,
      pPr: '<w:spacing w:after="120" w:line="276" w:lineRule="auto"/>',
      rPr: `${f(fonts.minor, fonts.ea)}${colored('262626', 21)}`,
    }),
    heading(1, 34, dark),
    heading(2, 28, accent),
    heading(3, 23, dark),
    named('title', {
      ...followsNormal,
      ui: 10,
      pPr: '<w:spacing w:before="240" w:after="240"/>',
      rPr: `${f(fonts.major, fonts.eaMajor)}<w:b/>${colored(dark, 56)}`,
    }),
    named('subtitle', { ...followsNormal, ui: 11, pPr: '<w:spacing w:after="480"/>', rPr: colored(accent, 30) }),
    named('caption', {
      ...followsNormal,
      ui: 35,
      pPr: '<w:spacing w:after="240"/><w:jc w:val="center"/>',
      rPr: `<w:i/>${colored(accent, 18)}`,
    }),
    named('listBullet', list),
    named('listNumber', list),
    named('tocHeading', { basedOn: ids.heading1, next: ids.normal, ui: 39, pPr: '<w:pBdr/><w:outlineLvl w:val="9"/>' }),
    named('toc1', {
      ...followsNormal,
      ui: 39,
      pPr: `${tocTab}<w:spacing w:before="120" w:after="60"/>`,
      rPr: `<w:b/><w:color w:val="${dark}"/>`,
    }),
    named('toc2', { ...followsNormal, ui: 39, pPr: `${tocTab}<w:spacing w:after="40"/><w:ind w:left="440"/>` }),
    named('header', pageEdge(17)),
    named('footer', pageEdge(16)),
    named('tableGrid', {
      type: 'table',
      basedOn: ids.tableNormal,
      ui: 39,
      pPr: '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
      tblPr: `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
        .map(
          (side) =>
            `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${side === 'top' || side === 'bottom' ? accent : 'BFBFBF'}"/>`,
        )
        .join('')}</w:tblBorders>`,
    }),
  ].filter((s) => !o.omit.some((k) => ids[k] === s.id));
  const defaults =
    `<w:style w:type="character" w:default="1" w:styleId="${ids.defaultFont}"><w:name w:val="${names.defaultFont}"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="${ids.tableNormal}"><w:name w:val="${names.tableNormal}"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<w:docDefaults><w:rPrDefault><w:rPr>${f(fonts.minor, fonts.ea)}${sz(21)}<w:lang w:val="${o.lang === 'zh-CN' ? 'en-US' : 'en-GB'}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    defaults +
    all.map(style).join('') +
    '</w:styles>'
  );
}

/** Word's own style ids and names (English Word). `listNumber` is left out on purpose: the merge adds ours and says so. */
const EN_IDS = {
  normal: 'Normal',
  defaultFont: 'DefaultParagraphFont',
  tableNormal: 'TableNormal',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  title: 'Title',
  subtitle: 'Subtitle',
  caption: 'Caption',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  tocHeading: 'TOCHeading',
  toc1: 'TOC1',
  toc2: 'TOC2',
  header: 'Header',
  footer: 'Footer',
  tableGrid: 'TableGrid',
};
const EN_NAMES = {
  normal: 'Normal',
  defaultFont: 'Default Paragraph Font',
  tableNormal: 'Normal Table',
  heading1: 'heading 1',
  heading2: 'heading 2',
  heading3: 'heading 3',
  title: 'Title',
  subtitle: 'Subtitle',
  caption: 'caption',
  listBullet: 'List Bullet',
  listNumber: 'List Number',
  tocHeading: 'TOC Heading',
  toc1: 'toc 1',
  toc2: 'toc 2',
  header: 'header',
  footer: 'footer',
  tableGrid: 'Table Grid',
};
/**
 * As a Chinese Word or WPS writes them: short generated ids (`1`, `a3`) and localised names for
 * most styles (标题 1, 题注, 网格型), the built-in English name for others (`heading 3`, `toc 1`).
 * `tocHeading` is left out on purpose.
 */
const ZH_IDS = {
  normal: 'a',
  defaultFont: 'a0',
  tableNormal: 'a1',
  heading1: '1',
  heading2: '2',
  heading3: '3',
  title: 'a3',
  subtitle: 'a4',
  caption: 'a5',
  listBullet: 'a7',
  listNumber: 'a8',
  tocHeading: 'TOC',
  toc1: '11',
  toc2: '21',
  header: 'a9',
  footer: 'aa',
  tableGrid: 'a6',
};
const ZH_NAMES = {
  normal: '正文',
  defaultFont: '默认段落字体',
  tableNormal: '普通表格',
  heading1: '标题 1',
  heading2: '标题 2',
  heading3: 'heading 3',
  title: '标题',
  subtitle: '副标题',
  caption: '题注',
  listBullet: '列表项目符号',
  listNumber: '列表编号',
  tocHeading: 'TOC 标题',
  toc1: 'toc 1',
  toc2: 'toc 2',
  header: '页眉',
  footer: '页脚',
  tableGrid: '网格型',
};

// ---------------------------------------------------------------------------------------------
// The two companies.

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1588, bottom: 1304, left: 1247, right: 1247, header: 680, footer: 567 };

/** @param {string} text @param {import('docx').IRunOptions} [o] */
const run = (text, o = {}) => new TextRun({ ...o, text });

/**
 * @param {{ lang: 'en' | 'zh-CN', ids: Record<string, string>, company: string, tagline: string, accent: string, dark: string,
 *   lines: { preparedFor: string, version: string, by: string, notice: string }, headerText: string, footerLeft: string,
 *   page: [string, string, string], firstFooter: string }} c
 */
function buildDocument(c) {
  const { ids, accent, dark } = c;
  const image = logo(accent, dark);
  const logoRun = () =>
    new ImageRun({
      type: 'png',
      data: image,
      transformation: { width: 30, height: 30 },
      altText: { name: c.company, description: c.company, title: c.company },
    });
  const cover = [
    new Paragraph({
      spacing: { before: 1200, after: 120 },
      children: [
        new ImageRun({
          type: 'png',
          data: image,
          transformation: { width: 64, height: 64 },
          altText: { name: c.company, description: c.company, title: c.company },
        }),
      ],
    }),
    new Paragraph({
      spacing: { after: 1600 },
      children: [
        run(c.company, { bold: true, color: dark, size: 26 }),
        run(`   ${c.tagline}`, { color: accent, size: 20 }),
      ],
    }),
    new Paragraph({ style: ids.title, children: [run('{{title}}')] }),
    new Paragraph({ style: ids.subtitle, children: [run('{{subtitle}}')] }),
    // The customer placeholder is split over three runs with different formatting, as Word stores
    // text typed in pieces: the merge must still find it.
    new Paragraph({
      spacing: { after: 120 },
      children: [
        run(c.lines.preparedFor, { color: '595959' }),
        run('{{cus', { bold: true }),
        run('tom', { bold: true, color: dark }),
        run('er}}', { bold: true }),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [run(c.lines.version, { color: '595959' })] }),
    new Paragraph({ spacing: { after: 120 }, children: [run(c.lines.by, { color: '595959' })] }),
    new Paragraph({
      spacing: { before: 2400 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 8 } },
      children: [run(c.lines.notice, { size: 16, color: '595959' })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ children: [run('{{body}}')] }),
  ];
  const header = new Header({
    children: [
      new Paragraph({
        style: ids.header,
        tabStops: [{ type: TabStopType.RIGHT, position: A4.width - MARGIN.left - MARGIN.right }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: accent, space: 4 } },
        children: [logoRun(), run(`  ${c.company}`, { bold: true, color: dark }), run('\t'), run(c.headerText)],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: ids.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: A4.width - MARGIN.left - MARGIN.right }],
        children: [
          run(c.footerLeft),
          run('\t'),
          new TextRun({ children: [c.page[0], PageNumber.CURRENT, c.page[1], PageNumber.TOTAL_PAGES, c.page[2]] }),
        ],
      }),
    ],
  });
  const firstFooter = new Footer({
    children: [new Paragraph({ style: ids.footer, alignment: AlignmentType.CENTER, children: [run(c.firstFooter)] })],
  });
  return new Document({
    creator: c.company,
    title: c.company,
    description: `${c.company} template`,
    sections: [
      {
        properties: { titlePage: true, page: { size: A4, margin: MARGIN } },
        headers: {
          default: header,
          first: new Header({ children: [new Paragraph({ style: ids.header, children: [] })] }),
        },
        footers: { default: footer, first: firstFooter },
        children: cover,
      },
    ],
  });
}

/** The theme docx writes, recoloured and with the company's fonts. @param {string} xml */
function recolourTheme(
  xml,
  /** @type {Record<string, string>} */ colors,
  /** @type {{ major: string, minor: string, eaMajor: string, ea: string }} */ fonts,
) {
  let out = xml;
  for (const [key, hex] of Object.entries(colors))
    out = out.replace(
      new RegExp(`<a:${key}><a:srgbClr val="[0-9A-F]{6}"/></a:${key}>`),
      `<a:${key}><a:srgbClr val="${hex}"/></a:${key}>`,
    );
  out = out.replace(
    /<a:majorFont><a:latin typeface="[^"]*"[^/]*\/><a:ea typeface=""\/>/,
    `<a:majorFont><a:latin typeface="${fonts.major}"/><a:ea typeface="${fonts.eaMajor}"/>`,
  );
  out = out.replace(
    /<a:minorFont><a:latin typeface="[^"]*"[^/]*\/><a:ea typeface=""\/>/,
    `<a:minorFont><a:latin typeface="${fonts.minor}"/><a:ea typeface="${fonts.ea}"/>`,
  );
  return out
    .replace('name="Office Theme"', 'name="Company"')
    .replace(/<a:clrScheme name="Office">/, '<a:clrScheme name="Company">');
}

const FIXED_DATE = '2026-01-05T09:00:00Z';

/** @param {Uint8Array} bytes @param {{ styles: string, template: boolean, colors: Record<string, string>, fonts: { major: string, minor: string, eaMajor: string, ea: string } }} o */
function finish(bytes, o) {
  const files = unzipSync(bytes);
  files['word/styles.xml'] = strToU8(o.styles);
  const theme = files['word/theme/theme1.xml'];
  if (theme) files['word/theme/theme1.xml'] = strToU8(recolourTheme(strFromU8(theme), o.colors, o.fonts));
  const core = files['docProps/core.xml'];
  if (core)
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE}`),
    );
  if (o.template) {
    const types = files['[Content_Types].xml'];
    if (types)
      files['[Content_Types].xml'] = strToU8(
        strFromU8(types).replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'),
      );
  }
  const mtime = new Date('2026-01-05T09:00:00Z');
  const names = Object.keys(files).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : 1,
  );
  /** @type {Record<string, [Uint8Array, { mtime: Date, level: 6 }]>} */
  const ordered = {};
  for (const name of names) {
    const data = files[name];
    if (data) ordered[name] = [data, { mtime, level: 6 }];
  }
  return zipSync(ordered);
}

const FONTS_EN = { major: 'Arial', minor: 'Arial', eaMajor: '', ea: '' };
const FONTS_ZH = { major: 'Arial', minor: 'Arial', eaMajor: 'SimHei', ea: 'SimSun' };

const en = {
  file: 'company.en.dotx',
  template: true,
  styles: stylesXml({
    ids: EN_IDS,
    names: EN_NAMES,
    fonts: FONTS_EN,
    accent: '0E7C7B',
    dark: '17324D',
    lang: 'en',
    omit: ['listNumber'],
  }),
  colors: {
    dk2: '17324D',
    accent1: '0E7C7B',
    accent2: 'E07A1F',
    accent3: '5B6C7D',
    accent4: 'F2B134',
    accent5: '2F8FCE',
    accent6: '6BA368',
  },
  fonts: FONTS_EN,
  doc: buildDocument({
    lang: 'en',
    ids: EN_IDS,
    company: 'Northwind Solutions',
    tagline: 'Engineering that delivers',
    accent: '0E7C7B',
    dark: '17324D',
    lines: {
      preparedFor: 'Prepared for ',
      version: 'Version {{version}} · {{date}}',
      by: 'Prepared by {{author}}',
      notice:
        'Northwind Solutions Ltd · 1 Harbour Street, Bristol · This document is confidential and intended for the addressee only.',
    },
    headerText: '{{title}} · v{{version}}',
    footerLeft: 'Northwind Solutions · Confidential',
    page: ['Page ', ' of ', ''],
    firstFooter: 'northwind.example · +44 117 000 0000',
  }),
};
const zh = {
  file: 'company.zh-CN.docx',
  template: false,
  styles: stylesXml({
    ids: ZH_IDS,
    names: ZH_NAMES,
    fonts: FONTS_ZH,
    accent: 'B22234',
    dark: '2B2B2B',
    lang: 'zh-CN',
    omit: ['tocHeading'],
  }),
  colors: {
    dk2: '2B2B2B',
    accent1: 'B22234',
    accent2: 'D98E04',
    accent3: '6E6E6E',
    accent4: 'E6B422',
    accent5: '3A6EA5',
    accent6: '4E8F4A',
  },
  fonts: FONTS_ZH,
  doc: buildDocument({
    lang: 'zh-CN',
    ids: ZH_IDS,
    company: '北辰智造科技有限公司',
    tagline: '让交付更可靠',
    accent: 'B22234',
    dark: '2B2B2B',
    lines: {
      preparedFor: '致：',
      version: '版本 {{version}} · {{date}}',
      by: '编制：{{author}}',
      notice: '北辰智造科技有限公司 · 北京市海淀区中关村大街 1 号 · 本文件仅供收件方内部使用，未经许可不得外传。',
    },
    headerText: '{{title}}',
    footerLeft: '北辰智造 · 商业机密',
    page: ['第 ', ' 页 共 ', ' 页'],
    firstFooter: 'www.beichen.example · 400-000-0000',
  }),
};

let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const t of [en, zh]) {
  const bytes = finish(new Uint8Array(await Packer.toArrayBuffer(t.doc)), t);
  const file = path.join(outDir, t.file);
  if (check) {
    let committed;
    try {
      committed = readFileSync(file);
    } catch {
      committed = undefined;
    }
    if (!committed || Buffer.compare(committed, Buffer.from(bytes)) !== 0) {
      console.error(`build-templates: examples/templates/${t.file} is stale; run node scripts/build-templates.mjs`);
      stale += 1;
    }
  } else {
    writeFileSync(file, bytes);
    console.log(`build-templates: examples/templates/${t.file} (${(bytes.length / 1024).toFixed(1)} KiB)`);
  }
}
process.exit(stale ? 1 : 0);
