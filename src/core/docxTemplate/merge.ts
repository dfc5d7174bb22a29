import { strFromU8 } from 'fflate';
import { fillPlaceholders } from './placeholders';
import {
  mainPart,
  partText,
  readRels,
  REL,
  relsPathOf,
  setPartText,
  type PackageFiles,
  type Relationship,
} from './parts';
import {
  fallbackStyle,
  normalStyleId,
  readStyleSheet,
  resolveRoles,
  ROLES,
  STYLE_ROLES,
  type StyleRole,
  type TemplateStyle,
} from './styles';
import { CT, type OpenedTemplate } from './template';
import {
  applySplices,
  child,
  descendants,
  elements,
  escapeXml,
  parseXml,
  type Splice,
  type XmlElement,
} from './xmlTree';

/**
 * Our generated document poured into a company's template: the template's package (styles,
 * numbering, theme, settings, headers and footers with their pictures, section properties, cover)
 * stays as it is, placeholders are filled, and our body goes where `{{body}}` stands (after the
 * template's content when there is no marker). Our paragraphs and tables take the template's styles
 * by role (`styles.ts`); a role the template lacks gets our definition, and the report says so.
 * Relationship ids, numbering ids, drawing and bookmark ids are renumbered so nothing clashes.
 */
export interface MergeReport {
  /** Roles our body uses that the template's own styles serve: its style id and name. */
  resolved: Array<{ role: StyleRole; id: string; name: string }>;
  /** Roles the template had no style for: ours was added under this id. */
  added: Array<{ role: StyleRole; id: string }>;
  /** Placeholders the template holds that have no value (left as written). */
  unknownPlaceholders: string[];
  /** Whether the template marked where the body goes with `{{body}}`. */
  bodyMarker: boolean;
}

export interface MergeResult {
  files: PackageFiles;
  report: MergeReport;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_NUMBERING = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';
const CT_SETTINGS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml';
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
};

export function mergeIntoTemplate(
  template: OpenedTemplate,
  generated: ReadonlyMap<string, Uint8Array>,
  values: Readonly<Record<string, string>>,
): MergeResult {
  const files: PackageFiles = new Map(template.files);
  const main = template.main;
  const ourMain = mainPart(generated) ?? 'word/document.xml';
  const ourText = partText(generated, ourMain) ?? '';
  const ourRoot = parseXml(ourText, `generated ${ourMain}`);
  const ourBody = child(ourRoot, 'w:body');
  if (!ourBody) throw new Error('the generated document has no body');
  const ourRels = readRels(generated, ourMain);
  const tplRels = readRels(files, main);
  const docText = partText(files, main) ?? '';
  const docRoot = parseXml(docText, main);

  // Styles: each role to the template's style, or ours added.
  const stylesPart = tplRels.find((r) => r.type === REL.styles)?.part ?? 'word/styles.xml';
  let stylesText = partText(files, stylesPart);
  const newRels: string[] = [];
  const overrides: Array<{ part: string; type: string }> = [];
  if (stylesText === undefined) {
    stylesText = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}"></w:styles>`;
    newRels.push(relXml(freshId(tplRels, newRels.length), REL.styles, relTarget(main, stylesPart)));
    overrides.push({ part: stylesPart, type: CT_STYLES });
  }
  const sheet = readStyleSheet(stylesText, stylesPart);
  const roles = resolveRoles(sheet);
  const normal = normalStyleId(sheet);
  const styleMap = new Map<string, string>();
  const numberedRoles = new Set<string>();
  const report: MergeReport = { resolved: [], added: [], unknownPlaceholders: [], bodyMarker: false };
  const used = usedStyleIds(ourBody);
  const addedStyles: string[] = [];
  for (const role of STYLE_ROLES) {
    const spec = ROLES[role];
    if (!used.has(spec.ourId)) continue;
    const found: TemplateStyle | undefined = roles.get(role);
    if (found) {
      styleMap.set(spec.ourId, found.id);
      if (found.numbered) numberedRoles.add(spec.ourId);
      report.resolved.push({ role, id: found.id, name: found.name });
    } else {
      let id = spec.ourId;
      for (let n = 2; sheet.byId.has(id); n++) id = `Ps${spec.ourId}${n > 2 ? n : ''}`;
      styleMap.set(spec.ourId, id);
      addedStyles.push(fallbackStyle(role, id, normal));
      report.added.push({ role, id });
    }
  }
  if (addedStyles.length)
    setPartText(files, stylesPart, applySplices(stylesText, [insertAt(sheet.root.closeStart, addedStyles.join(''))]));

  // Numbering: ours appended to the template's with ids past its own.
  const numMap = mergeNumbering(files, generated, main, tplRels, ourRels, newRels, overrides);

  // Relationships our body points at (pictures, links): copied under fresh ids, media under fresh names.
  const relMap = new Map<string, string>();
  const mediaExtensions = new Set<string>();
  for (const id of referencedRelIds(ourBody)) {
    const rel = ourRels.find((r) => r.id === id);
    if (!rel) continue;
    const newId = freshId(tplRels, newRels.length);
    relMap.set(id, newId);
    if (rel.external) {
      newRels.push(relXml(newId, rel.type, rel.target, true));
      continue;
    }
    const bytes = generated.get(rel.part);
    if (!bytes) continue;
    const ext = (/\.([A-Za-z0-9]+)$/.exec(rel.part)?.[1] ?? 'bin').toLowerCase();
    let n = 1;
    let part = `word/media/presales${n}.${ext}`;
    while (files.has(part)) part = `word/media/presales${++n}.${ext}`;
    files.set(part, bytes);
    mediaExtensions.add(ext);
    newRels.push(relXml(newId, rel.type, relTarget(main, part)));
  }

  // Our body, with every id rewritten. The contents stay PAGEREF fields under the template's TOC
  // styles (not a TOC field: LibreOffice 7.4 shows a TOC field's cached text and drops the page
  // fields inside it, while it computes every PAGEREF; Word updates them all on open).
  const bodyXml = rewriteBody(ourText, ourBody, {
    styleMap,
    numberedRoles,
    numMap,
    relMap,
    drawingBase: maxAttr(docRoot, files, tplRels, 'wp:docPr', 'id') + 1,
    bookmarkBase: maxAttr(docRoot, files, [], 'w:bookmarkStart', 'w:id') + 1,
  });

  // The template's document: placeholders filled, our body in place of {{body}} (or at the end).
  const scan = fillPlaceholders(docRoot, values, { bodyMarker: true });
  const unknown = new Set(scan.unknown);
  const docSplices: Splice[] = [];
  const marker = scan.bodyParagraphs[0];
  const inCell = (p: XmlElement): boolean => isInside(docRoot, p, 'w:tc');
  if (marker) {
    report.bodyMarker = true;
    const p = marker.paragraph;
    const tail = inCell(p) && /<\/w:tbl>\s*$/.test(bodyXml) ? '<w:p/>' : '';
    if (marker.onlyMarker) {
      docSplices.push(...scan.splices.filter((s) => s.end <= p.start || s.start >= p.end));
      docSplices.push({ start: p.start, end: p.end, text: bodyXml + tail });
    } else {
      docSplices.push(...scan.splices, insertAt(p.end, bodyXml + tail));
    }
  } else {
    const body = child(docRoot, 'w:body');
    if (!body) throw new Error(`${main} has no body`);
    const kids = elements(body);
    const last = kids[kids.length - 1];
    const at = last?.name === 'w:sectPr' ? last.start : body.closeStart;
    docSplices.push(...scan.splices, insertAt(at, `<w:p><w:r><w:br w:type="page"/></w:r></w:p>${bodyXml}`));
  }
  const ns = missingNamespaces(docText, docRoot, ourRoot);
  if (ns) docSplices.push(ns);
  setPartText(files, main, applySplices(docText, docSplices));

  // Headers and footers: placeholders only.
  for (const rel of tplRels.filter((r) => r.type === REL.header || r.type === REL.footer)) {
    const text = partText(files, rel.part);
    if (text === undefined) continue;
    const filled = fillPlaceholders(parseXml(text, rel.part), values);
    for (const u of filled.unknown) unknown.add(u);
    if (filled.splices.length) setPartText(files, rel.part, applySplices(text, filled.splices));
  }
  report.unknownPlaceholders = [...unknown];

  // Fields update on open (the contents' page numbers, NUMPAGES), as in our own DOCX.
  ensureUpdateFields(files, main, tplRels, newRels, overrides);

  if (newRels.length) {
    const relsPath = relsPathOf(main);
    const relsText =
      partText(files, relsPath) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const relsRoot = parseXml(relsText, relsPath);
    setPartText(files, relsPath, applySplices(relsText, [insertAt(relsRoot.closeStart, newRels.join(''))]));
  }
  updateContentTypes(files, mediaExtensions, overrides);

  // Our document properties (title, creator), not the template's.
  const core = generated.get('docProps/core.xml');
  if (core && files.has('docProps/core.xml')) files.set('docProps/core.xml', core);
  return { files, report };
}

interface BodyMaps {
  styleMap: ReadonlyMap<string, string>;
  numberedRoles: ReadonlySet<string>;
  numMap: ReadonlyMap<string, string>;
  relMap: ReadonlyMap<string, string>;
  drawingBase: number;
  bookmarkBase: number;
}

/** The generated body's content (its final sectPr left out: the template's sections rule). */
function rewriteBody(text: string, body: XmlElement, maps: BodyMaps): string {
  const splices: Splice[] = [];
  const removed: Array<[number, number]> = [];
  const kids = elements(body);
  const last = kids[kids.length - 1];
  const end = last?.name === 'w:sectPr' ? last.start : body.closeStart;
  // Paragraphs whose style numbers them in the template lose our own numbering.
  for (const p of descendants(body, 'w:p')) {
    const pPr = child(p, 'w:pPr');
    const styleId = pPr ? child(pPr, 'w:pStyle')?.attrs['w:val'] : undefined;
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    if (styleId && numPr && maps.numberedRoles.has(styleId)) {
      splices.push({ start: numPr.start, end: numPr.end, text: '' });
      removed.push([numPr.start, numPr.end]);
    }
  }
  const isRemoved = (el: XmlElement): boolean => removed.some(([s, e]) => el.start >= s && el.end <= e);
  const attr = (el: XmlElement, name: string, map: (v: string) => string | undefined): void => {
    const v = el.attrs[name];
    if (v === undefined || isRemoved(el)) return;
    const next = map(v);
    if (next === undefined || next === v) return;
    const tag = text.slice(el.start, el.openEnd);
    const re = new RegExp(`(\\s${name.replace(':', '\\:')}\\s*=\\s*)(["'])[^"']*\\2`);
    splices.push({ start: el.start, end: el.openEnd, text: tag.replace(re, `$1"${escapeXml(next)}"`) });
  };
  walk(body, (el) => {
    if (el.start >= end) return;
    switch (el.name) {
      case 'w:pStyle':
      case 'w:rStyle':
      case 'w:tblStyle':
        attr(el, 'w:val', (v) => maps.styleMap.get(v));
        break;
      case 'w:numId':
        attr(el, 'w:val', (v) => maps.numMap.get(v));
        break;
      case 'a:blip':
        attr(el, 'r:embed', (v) => maps.relMap.get(v));
        break;
      case 'asvg:svgBlip':
        attr(el, 'r:embed', (v) => maps.relMap.get(v));
        break;
      case 'w:hyperlink':
        attr(el, 'r:id', (v) => maps.relMap.get(v));
        break;
      case 'wp:docPr':
        attr(el, 'id', (v) => String(maps.drawingBase + Number(v)));
        break;
      case 'w:bookmarkStart':
      case 'w:bookmarkEnd':
        attr(el, 'w:id', (v) => String(maps.bookmarkBase + Number(v)));
        break;
      default:
        // Any other relationship reference (r:id on an object) follows the same map.
        if (el.attrs['r:id'] !== undefined) attr(el, 'r:id', (v) => maps.relMap.get(v));
    }
  });
  const inRange = splices.filter((s) => s.start >= body.openEnd && s.end <= end);
  return applySplices(text, inRange).slice(body.openEnd, end + lengthDelta(inRange));
}

function lengthDelta(splices: readonly Splice[]): number {
  return splices.reduce((n, s) => n + s.text.length - (s.end - s.start), 0);
}

function walk(el: XmlElement, visit: (el: XmlElement) => void): void {
  visit(el);
  for (const c of elements(el)) walk(c, visit);
}

function isInside(root: XmlElement, target: XmlElement, name: string): boolean {
  return descendants(root, name).some((c) => c.start < target.start && c.end > target.end);
}

function usedStyleIds(body: XmlElement): Set<string> {
  const out = new Set<string>();
  walk(body, (el) => {
    if (el.name === 'w:pStyle' || el.name === 'w:rStyle' || el.name === 'w:tblStyle') {
      const v = el.attrs['w:val'];
      if (v) out.add(v);
    }
  });
  return out;
}

function referencedRelIds(body: XmlElement): Set<string> {
  const out = new Set<string>();
  walk(body, (el) => {
    for (const name of ['r:embed', 'r:link', 'r:id']) {
      const v = el.attrs[name];
      if (v) out.add(v);
    }
  });
  return out;
}

/** The largest numeric value of `attr` on `name` elements of the template's document and its headers and footers. */
function maxAttr(
  docRoot: XmlElement,
  files: ReadonlyMap<string, Uint8Array>,
  rels: readonly Relationship[],
  name: string,
  attr: string,
): number {
  let max = 0;
  const scan = (root: XmlElement): void => {
    for (const el of descendants(root, name)) {
      const n = Number(el.attrs[attr]);
      if (Number.isFinite(n) && n > max) max = n;
    }
  };
  scan(docRoot);
  for (const rel of rels.filter((r) => r.type === REL.header || r.type === REL.footer)) {
    const text = partText(files, rel.part);
    if (text !== undefined) scan(parseXml(text, rel.part));
  }
  return max;
}

function insertAt(at: number, text: string): Splice {
  return { start: at, end: at, text };
}

function freshId(rels: readonly Relationship[], n: number): string {
  let k = n + 1;
  while (rels.some((r) => r.id === `rIdPs${k}`)) k++;
  return `rIdPs${k}`;
}

function relXml(id: string, type: string, target: string, external = false): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ''}/>`;
}

/** `word/media/x.png` seen from `word/document.xml` -> `media/x.png`. */
function relTarget(source: string, part: string): string {
  const dir = source.split('/').slice(0, -1).join('/');
  return dir && part.startsWith(`${dir}/`) ? part.slice(dir.length + 1) : `/${part}`;
}

/** Namespace declarations of `source`'s root that `target`'s root lacks, as one insertion. */
function missingNamespaces(text: string, target: XmlElement, source: XmlElement): Splice | undefined {
  const add = Object.entries(source.attrs)
    .filter(([k]) => k.startsWith('xmlns:') && target.attrs[k] === undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  if (!add) return undefined;
  const close = text.lastIndexOf('>', target.openEnd - 1);
  const at = text[close - 1] === '/' ? close - 1 : close;
  return insertAt(at, add);
}

/**
 * Our numbering definitions after the template's: abstract ids and num ids moved past the
 * template's largest, so a template list and ours never share a counter. Returns our numId -> new.
 */
function mergeNumbering(
  files: PackageFiles,
  generated: ReadonlyMap<string, Uint8Array>,
  main: string,
  tplRels: readonly Relationship[],
  ourRels: readonly Relationship[],
  newRels: string[],
  overrides: Array<{ part: string; type: string }>,
): Map<string, string> {
  const map = new Map<string, string>();
  const ourPart = ourRels.find((r) => r.type === REL.numbering)?.part;
  const ourText = ourPart ? partText(generated, ourPart) : undefined;
  if (!ourPart || ourText === undefined) return map;
  const tplPart = tplRels.find((r) => r.type === REL.numbering)?.part;
  const tplText = tplPart ? partText(files, tplPart) : undefined;
  if (!tplPart || tplText === undefined) {
    let part = 'word/numbering.xml';
    for (let n = 2; files.has(part); n++) part = `word/numbering${n}.xml`;
    files.set(part, generated.get(ourPart) ?? new Uint8Array());
    newRels.push(relXml(freshId(tplRels, newRels.length), REL.numbering, relTarget(main, part)));
    overrides.push({ part, type: CT_NUMBERING });
    return map;
  }
  const tplRoot = parseXml(tplText, tplPart);
  const ourRoot = parseXml(ourText, ourPart);
  const maxOf = (els: XmlElement[], attr: string): number =>
    els.reduce((m, el) => Math.max(m, Number(el.attrs[attr]) || 0), 0);
  const absBase = maxOf(elements(tplRoot, 'w:abstractNum'), 'w:abstractNumId') + 1;
  const numBase = maxOf(elements(tplRoot, 'w:num'), 'w:numId') + 1;
  const absMap = new Map<string, string>();
  for (const a of elements(ourRoot, 'w:abstractNum')) {
    const id = a.attrs['w:abstractNumId'] ?? '';
    absMap.set(id, String(absBase + (Number(id) || 0)));
  }
  for (const n of elements(ourRoot, 'w:num')) {
    const id = n.attrs['w:numId'] ?? '';
    map.set(id, String(numBase + (Number(id) || 0)));
  }
  const retag = (el: XmlElement, edits: Array<[XmlElement, string, string]>): string => {
    const splices = edits.map(([target, name, value]) => {
      const tag = ourText.slice(target.start, target.openEnd);
      const re = new RegExp(`(\\s${name.replace(':', '\\:')}\\s*=\\s*)(["'])[^"']*\\2`);
      return { start: target.start - el.start, end: target.openEnd - el.start, text: tag.replace(re, `$1"${value}"`) };
    });
    return applySplices(ourText.slice(el.start, el.end), splices);
  };
  const abstracts = elements(ourRoot, 'w:abstractNum')
    .map((a) => {
      // A fresh nsid, or Word may join our list with a template list that has the same one.
      const nsid = child(a, 'w:nsid');
      const edits: Array<[XmlElement, string, string]> = [
        [a, 'w:abstractNumId', absMap.get(a.attrs['w:abstractNumId'] ?? '') ?? '0'],
      ];
      if (nsid)
        edits.push([
          nsid,
          'w:val',
          (0x50530000 + Number(absMap.get(a.attrs['w:abstractNumId'] ?? '') ?? 0)).toString(16).toUpperCase(),
        ]);
      return retag(a, edits);
    })
    .join('');
  const nums = elements(ourRoot, 'w:num')
    .map((n) => {
      const edits: Array<[XmlElement, string, string]> = [[n, 'w:numId', map.get(n.attrs['w:numId'] ?? '') ?? '0']];
      const abs = child(n, 'w:abstractNumId');
      if (abs) edits.push([abs, 'w:val', absMap.get(abs.attrs['w:val'] ?? '') ?? '0']);
      return retag(n, edits);
    })
    .join('');
  const firstNum = elements(tplRoot, 'w:num')[0];
  const cleanup = child(tplRoot, 'w:numIdMacAtCleanup');
  const splices: Splice[] = [
    insertAt(firstNum ? firstNum.start : (cleanup?.start ?? tplRoot.closeStart), abstracts),
    insertAt(cleanup ? cleanup.start : tplRoot.closeStart, nums),
  ];
  const ns = missingNamespaces(tplText, tplRoot, ourRoot);
  if (ns) splices.push(ns);
  setPartText(files, tplPart, applySplices(tplText, splices));
  return map;
}

/** Elements that follow `w:updateFields` in CT_Settings: it goes before the first of them. */
const AFTER_UPDATE_FIELDS = new Set([
  'w:hdrShapeDefaults',
  'w:footnotePr',
  'w:endnotePr',
  'w:compat',
  'w:docVars',
  'w:rsids',
  'm:mathPr',
  'w:attachedSchema',
  'w:themeFontLang',
  'w:clrSchemeMapping',
  'w:doNotIncludeSubdocsInStats',
  'w:doNotAutoCompressPictures',
  'w:forceUpgrade',
  'w:captions',
  'w:readModeInkLockDown',
  'w:smartTagType',
  'sl:schemaLibrary',
  'w:shapeDefaults',
  'w:doNotEmbedSmartTags',
  'w:decimalSymbol',
  'w:listSeparator',
]);

function ensureUpdateFields(
  files: PackageFiles,
  main: string,
  tplRels: readonly Relationship[],
  newRels: string[],
  overrides: Array<{ part: string; type: string }>,
): void {
  const part = tplRels.find((r) => r.type === REL.settings)?.part;
  const text = part ? partText(files, part) : undefined;
  if (!part || text === undefined) {
    const path = 'word/settings.xml';
    setPartText(
      files,
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:updateFields w:val="true"/></w:settings>`,
    );
    newRels.push(relXml(freshId(tplRels, newRels.length), REL.settings, relTarget(main, path)));
    overrides.push({ part: path, type: CT_SETTINGS });
    return;
  }
  const root = parseXml(text, part);
  const existing = child(root, 'w:updateFields');
  if (existing) {
    setPartText(
      files,
      part,
      applySplices(text, [{ start: existing.start, end: existing.end, text: '<w:updateFields w:val="true"/>' }]),
    );
    return;
  }
  const before = elements(root).find((el) => AFTER_UPDATE_FIELDS.has(el.name));
  setPartText(
    files,
    part,
    applySplices(text, [insertAt(before ? before.start : root.closeStart, '<w:updateFields w:val="true"/>')]),
  );
}

/** Media defaults and new part overrides added; a .dotx main part becomes a document's. */
function updateContentTypes(
  files: PackageFiles,
  extensions: ReadonlySet<string>,
  overrides: ReadonlyArray<{ part: string; type: string }>,
): void {
  const path = '[Content_Types].xml';
  const text = strFromU8(files.get(path) ?? new Uint8Array());
  const root = parseXml(text, path);
  const splices: Splice[] = [];
  const defaults = new Set(elements(root, 'Default').map((d) => (d.attrs.Extension ?? '').toLowerCase()));
  const adds: string[] = [];
  for (const ext of extensions) {
    const type = MEDIA_TYPES[ext];
    if (type && !defaults.has(ext)) adds.push(`<Default Extension="${ext}" ContentType="${type}"/>`);
  }
  for (const o of overrides) adds.push(`<Override PartName="/${o.part}" ContentType="${o.type}"/>`);
  for (const el of elements(root, 'Override')) {
    if (el.attrs.ContentType === CT.template) {
      const tag = text.slice(el.start, el.openEnd);
      splices.push({ start: el.start, end: el.openEnd, text: tag.replace(CT.template, CT.document) });
    }
  }
  const firstOverride = elements(root, 'Override')[0];
  if (adds.length) {
    // Defaults come before Overrides by convention (the schema allows any order).
    const defaultsXml = adds.filter((a) => a.startsWith('<Default')).join('');
    const overridesXml = adds.filter((a) => a.startsWith('<Override')).join('');
    if (defaultsXml) splices.push(insertAt(firstOverride ? firstOverride.start : root.closeStart, defaultsXml));
    if (overridesXml) splices.push(insertAt(root.closeStart, overridesXml));
  }
  if (splices.length) setPartText(files, path, applySplices(text, splices));
}

/** The text width of the template's last section (page width less margins and gutter), in twips. */
export function templateTextTwips(template: OpenedTemplate): number | undefined {
  const text = partText(template.files, template.main);
  if (text === undefined) return undefined;
  const body = child(parseXml(text, template.main), 'w:body');
  const sect = body ? elements(body, 'w:sectPr').pop() : undefined;
  const size = sect ? child(sect, 'w:pgSz') : undefined;
  const margin = sect ? child(sect, 'w:pgMar') : undefined;
  const width = Number(size?.attrs['w:w']);
  if (!Number.isFinite(width) || width <= 0) return undefined;
  const m = (name: string): number => Math.abs(Number(margin?.attrs[name]) || 0);
  const twips = width - m('w:left') - m('w:right') - m('w:gutter');
  return twips > 1440 ? twips : undefined;
}
