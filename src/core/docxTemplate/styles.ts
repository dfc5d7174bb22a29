import { child, descendants, elements, parseXml, type XmlElement } from './xmlTree';

/**
 * The styles our generated body uses, by role, and the names a template may give each one. Word
 * stores built-in styles under their English built-in name in every UI language (`heading 1`,
 * shown as 标题 1 in a Chinese Word) with an id it makes up (`Heading1` in English, `1` in Chinese);
 * WPS and some converters store the localised name itself. So a style is found by name, never by
 * id; the English id is a last resort for files written without names.
 */
export const STYLE_ROLES = [
  'heading1',
  'heading2',
  'heading3',
  'title',
  'subtitle',
  'caption',
  'tableGrid',
  'listBullet',
  'listNumber',
  'tocHeading',
  'toc1',
  'toc2',
] as const;
export type StyleRole = (typeof STYLE_ROLES)[number];

export interface RoleSpec {
  /** The id our generated body writes. */
  ourId: string;
  type: 'paragraph' | 'table';
  /** Names that mean this role, compared without case and whitespace. */
  names: readonly string[];
}

export const ROLES: Readonly<Record<StyleRole, RoleSpec>> = {
  heading1: { ourId: 'Heading1', type: 'paragraph', names: ['heading 1', '标题 1'] },
  heading2: { ourId: 'Heading2', type: 'paragraph', names: ['heading 2', '标题 2'] },
  heading3: { ourId: 'Heading3', type: 'paragraph', names: ['heading 3', '标题 3'] },
  title: { ourId: 'Title', type: 'paragraph', names: ['Title', '标题'] },
  subtitle: { ourId: 'Subtitle', type: 'paragraph', names: ['Subtitle', '副标题'] },
  caption: { ourId: 'Caption', type: 'paragraph', names: ['caption', '题注'] },
  tableGrid: { ourId: 'TableGrid', type: 'table', names: ['Table Grid', '网格型', '表格网格'] },
  listBullet: { ourId: 'ListBullet', type: 'paragraph', names: ['List Bullet', '列表项目符号', '项目符号列表'] },
  listNumber: { ourId: 'ListNumber', type: 'paragraph', names: ['List Number', '列表编号', '编号列表'] },
  tocHeading: { ourId: 'TOCHeading', type: 'paragraph', names: ['TOC Heading', 'TOC 标题', '目录标题'] },
  toc1: { ourId: 'TOC1', type: 'paragraph', names: ['toc 1', '目录 1'] },
  toc2: { ourId: 'TOC2', type: 'paragraph', names: ['toc 2', '目录 2'] },
};

/** The default paragraph style ("Normal", 正文): what our unstyled paragraphs already get. */
const NORMAL_NAMES = ['Normal', '正文'];

export interface TemplateStyle {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  isDefault: boolean;
  /** The style numbers its paragraphs (a numPr in it or in a style it is based on). */
  numbered: boolean;
  el: XmlElement;
}

export interface StyleSheet {
  root: XmlElement;
  styles: TemplateStyle[];
  byId: Map<string, TemplateStyle>;
}

const norm = (name: string): string => name.replace(/\s+/g, '').toLowerCase();

export function readStyleSheet(text: string, part = 'word/styles.xml'): StyleSheet {
  const root = parseXml(text, part);
  const styles: TemplateStyle[] = elements(root, 'w:style').map((el) => {
    const numId = descendants(child(el, 'w:pPr') ?? el, 'w:numId')[0]?.attrs['w:val'];
    return {
      id: el.attrs['w:styleId'] ?? '',
      name: child(el, 'w:name')?.attrs['w:val'] ?? '',
      type: el.attrs['w:type'] ?? 'paragraph',
      ...(child(el, 'w:basedOn')?.attrs['w:val'] ? { basedOn: child(el, 'w:basedOn')?.attrs['w:val'] } : {}),
      isDefault: el.attrs['w:default'] === '1' || el.attrs['w:default'] === 'true',
      numbered: numId !== undefined && numId !== '0',
      el,
    };
  });
  const byId = new Map(styles.map((s) => [s.id, s]));
  // Numbering is inherited through basedOn (bounded: a cycle in a broken file stops).
  for (const s of styles) {
    let at: TemplateStyle | undefined = s;
    for (let depth = 0; at && !s.numbered && depth < 20; depth++) {
      if (at.numbered) s.numbered = true;
      at = at.basedOn ? byId.get(at.basedOn) : undefined;
    }
  }
  return { root, styles, byId };
}

export interface RoleResolution {
  role: StyleRole;
  /** The template's style for the role, when it has one. */
  style?: TemplateStyle;
}

/** Each role's style in the template: by name (any alias), then by Word's English id. */
export function resolveRoles(sheet: StyleSheet): Map<StyleRole, TemplateStyle | undefined> {
  const byName = new Map<string, TemplateStyle>();
  for (const s of sheet.styles)
    if (s.name && !byName.has(`${s.type}:${norm(s.name)}`)) byName.set(`${s.type}:${norm(s.name)}`, s);
  const out = new Map<StyleRole, TemplateStyle | undefined>();
  for (const role of STYLE_ROLES) {
    const spec = ROLES[role];
    let found: TemplateStyle | undefined;
    for (const name of spec.names) {
      found = byName.get(`${spec.type}:${norm(name)}`);
      if (found) break;
    }
    if (!found) {
      const byId = sheet.byId.get(spec.ourId);
      if (byId && byId.type === spec.type && !byId.name) found = byId;
    }
    out.set(role, found);
  }
  return out;
}

/** The template's default paragraph style id (for `basedOn` in the styles we add). */
export function normalStyleId(sheet: StyleSheet): string | undefined {
  return (
    sheet.styles.find((s) => s.type === 'paragraph' && s.isDefault)?.id ??
    sheet.styles.find((s) => s.type === 'paragraph' && NORMAL_NAMES.some((n) => norm(n) === norm(s.name)))?.id
  );
}

/**
 * Our definition of a role's style, added when the template has none. `based` is the template's
 * Normal; headings carry their outline level so the contents and the navigation pane find them.
 */
export function fallbackStyle(role: StyleRole, id: string, based: string | undefined): string {
  const basedOn = based ? `<w:basedOn w:val="${based}"/>` : '';
  const next = based ? `<w:next w:val="${based}"/>` : '';
  const p = (name: string, pPr: string, rPr: string, ui: number): string =>
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/>${basedOn}${next}<w:uiPriority w:val="${ui}"/><w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
  const heading = (level: number, size: number): string =>
    p(
      `heading ${level}`,
      `<w:keepNext/><w:keepLines/><w:spacing w:before="${level === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/>`,
      `<w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`,
      9,
    );
  switch (role) {
    case 'heading1':
      return heading(1, 32);
    case 'heading2':
      return heading(2, 26);
    case 'heading3':
      return heading(3, 22);
    case 'title':
      return p('Title', '<w:spacing w:after="240"/>', '<w:b/><w:sz w:val="52"/><w:szCs w:val="52"/>', 10);
    case 'subtitle':
      return p('Subtitle', '<w:spacing w:after="240"/>', '<w:sz w:val="28"/><w:szCs w:val="28"/>', 11);
    case 'caption':
      return p(
        'caption',
        '<w:spacing w:after="200"/><w:jc w:val="center"/>',
        '<w:i/><w:iCs/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        35,
      );
    case 'listBullet':
      return p('List Bullet', '<w:spacing w:after="60"/>', '', 99);
    case 'listNumber':
      return p('List Number', '<w:spacing w:after="60"/>', '', 99);
    case 'tocHeading':
      return p(
        'TOC Heading',
        '<w:keepNext/><w:spacing w:before="240" w:after="200"/><w:outlineLvl w:val="9"/>',
        '<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>',
        39,
      );
    case 'toc1':
      return p('toc 1', '<w:spacing w:before="60" w:after="60"/>', '<w:b/><w:bCs/>', 39);
    case 'toc2':
      return p('toc 2', '<w:spacing w:after="40"/><w:ind w:left="440"/>', '', 39);
    case 'tableGrid': {
      const side = (s: string): string => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>`;
      return `<w:style w:type="table" w:customStyle="1" w:styleId="${id}"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side).join('')}</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;
    }
  }
}
