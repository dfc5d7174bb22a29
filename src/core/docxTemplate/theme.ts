import { mainPart, partText, readRels, REL, type Relationship } from './parts';
import { child, descendants, elements, parseXml, type XmlElement } from './xmlTree';

/**
 * The look of a Word template, for outputs that cannot take the template itself (the deck): the
 * theme's colours and fonts and the logo (the first picture in the header the template shows on
 * its pages). Pure: `files` are the unzipped parts.
 */
export interface TemplateLook {
  /** Hex RGB without '#', upper case. Absent entries fall back to Office's defaults. */
  colors: ThemeColors;
  fonts: ThemeFonts;
  logo?: TemplateImage;
}

export interface ThemeColors {
  dk1: string;
  lt1: string;
  dk2: string;
  lt2: string;
  accent1: string;
  accent2: string;
  accent3: string;
  accent4: string;
  accent5: string;
  accent6: string;
}

export interface ThemeFonts {
  /** Headings (the theme's major font). */
  majorLatin: string;
  majorEastAsia: string;
  /** Body text (the theme's minor font). */
  minorLatin: string;
  minorEastAsia: string;
}

export interface TemplateImage {
  bytes: Uint8Array;
  /** `png`, `jpeg`, `gif`, `svg`, ... from the part name. */
  extension: string;
  /** The part it was read from (`word/media/image1.png`). */
  part: string;
}

/** Office 2013+'s default theme, used for whatever the template does not say. */
export const OFFICE_COLORS: ThemeColors = {
  dk1: '000000',
  lt1: 'FFFFFF',
  dk2: '44546A',
  lt2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
};
export const OFFICE_FONTS: ThemeFonts = {
  majorLatin: 'Calibri Light',
  majorEastAsia: '',
  minorLatin: 'Calibri',
  minorEastAsia: '',
};

const COLOR_KEYS = Object.keys(OFFICE_COLORS) as Array<keyof ThemeColors>;

export function readTemplateLook(files: ReadonlyMap<string, Uint8Array>): TemplateLook {
  const main = mainPart(files) ?? 'word/document.xml';
  const rels = readRels(files, main);
  const themePart = rels.find((r) => r.type === REL.theme)?.part ?? 'word/theme/theme1.xml';
  const colors = { ...OFFICE_COLORS };
  const fonts = { ...OFFICE_FONTS };
  const themeText = partText(files, themePart);
  if (themeText !== undefined) {
    const theme = parseXml(themeText, themePart);
    const scheme = descendants(theme, 'a:clrScheme')[0];
    for (const key of COLOR_KEYS) {
      const c = scheme ? child(scheme, `a:${key}`) : undefined;
      const hex = c ? colorOf(c) : undefined;
      if (hex) colors[key] = hex;
    }
    const fontScheme = descendants(theme, 'a:fontScheme')[0];
    const major = fontScheme ? child(fontScheme, 'a:majorFont') : undefined;
    const minor = fontScheme ? child(fontScheme, 'a:minorFont') : undefined;
    if (major) {
      fonts.majorLatin = typeface(major, 'a:latin') || fonts.majorLatin;
      fonts.majorEastAsia = eastAsian(major);
    }
    if (minor) {
      fonts.minorLatin = typeface(minor, 'a:latin') || fonts.minorLatin;
      fonts.minorEastAsia = eastAsian(minor);
    }
  }
  const logo = findLogo(files, main, rels);
  return { colors, fonts, ...(logo ? { logo } : {}) };
}

function colorOf(el: XmlElement): string | undefined {
  const srgb = child(el, 'a:srgbClr')?.attrs.val;
  if (srgb && /^[0-9a-fA-F]{6}$/.test(srgb)) return srgb.toUpperCase();
  const sys = child(el, 'a:sysClr')?.attrs.lastClr;
  if (sys && /^[0-9a-fA-F]{6}$/.test(sys)) return sys.toUpperCase();
  return undefined;
}

function typeface(font: XmlElement, name: string): string {
  return child(font, name)?.attrs.typeface ?? '';
}

/** The `a:ea` face, or the face the theme names for Simplified Chinese (`Hans`) when `a:ea` is empty. */
function eastAsian(font: XmlElement): string {
  const ea = typeface(font, 'a:ea');
  if (ea) return ea;
  return elements(font, 'a:font').find((f) => f.attrs.script === 'Hans')?.attrs.typeface ?? '';
}

/**
 * The logo: the first picture of the header the body's pages show (the last section's default
 * header, then its first-page header, then any header), else none. Headers are where templates keep
 * the company mark; pictures in the body are the cover's artwork, not a logo.
 */
function findLogo(
  files: ReadonlyMap<string, Uint8Array>,
  main: string,
  rels: readonly Relationship[],
): TemplateImage | undefined {
  const headers = rels.filter((r) => r.type === REL.header);
  const order: Relationship[] = [];
  const docText = partText(files, main);
  if (docText !== undefined) {
    const body = descendants(parseXml(docText, main), 'w:body')[0];
    const sectPrs = body ? descendants(body, 'w:sectPr') : [];
    const last = sectPrs[sectPrs.length - 1];
    const refs = last ? elements(last, 'w:headerReference') : [];
    for (const kind of ['default', 'first', 'even']) {
      const id = refs.find((r) => (r.attrs['w:type'] ?? 'default') === kind)?.attrs['r:id'];
      const rel = headers.find((h) => h.id === id);
      if (rel) order.push(rel);
    }
  }
  for (const h of headers) if (!order.includes(h)) order.push(h);
  for (const header of order) {
    const image = readRels(files, header.part).find((r) => r.type === REL.image && !r.external);
    const bytes = image ? files.get(image.part) : undefined;
    if (image && bytes) {
      const ext = (/\.([A-Za-z0-9]+)$/.exec(image.part)?.[1] ?? '').toLowerCase();
      return { bytes, extension: ext === 'jpg' ? 'jpeg' : ext, part: image.part };
    }
  }
  return undefined;
}
