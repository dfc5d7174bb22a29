import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import type {
  ArchitectureBody,
  Bullet,
  BulletColumn,
  Deck,
  DeckSlide,
  DeckTable,
  TimelineSpec,
} from '../../core/deck/deckModel';
import { BODY_HEIGHT, BODY_WIDTH, SLIDE, columnInches, fitLead, rowHeight } from '../../core/deck/deckPaging';
import {
  BOX_FONT_PT,
  EDGE_FONT_PT,
  GROUP_FONT_PT,
  PACKED_BOX,
  TECH_FONT_PT,
  fitScale,
  type ArchitectureDrawing,
  type ElkPoint,
} from '../../core/layout/architectureLayout';
import type { ComponentKind } from '../../core/model';
import { label } from '../../core/export/exportLabels';
import type { DeckLook } from './deckLook';

/**
 * The deck as PowerPoint (pptxgenjs): every title, bullet, table cell, box and label a native text
 * run. pptxgenjs cannot write a line with a path of its own, nor give a run an East Asian font other
 * than its Latin one, so the generated package is finished here: each of the architecture's lines
 * follows the route ELK gave it, and every `a:ea` names the East Asian font. The lines are not
 * PowerPoint connectors glued to their boxes: LibreOffice re-routes every connector on a path of
 * its own (through other boxes, measured), and the route is the layout's best part.
 */
export interface DeckPicture {
  png: Uint8Array;
  /** CSS pixels of the drawing. */
  width: number;
  height: number;
}

export interface DeckWriteOptions {
  look: DeckLook;
  /** Each architecture slide's view laid out by ELK (a slide without one is left empty). */
  architectures: ReadonlyMap<ArchitectureBody, ArchitectureDrawing>;
  /** The Mermaid picture for the optional picture slide; the slide is dropped without it. */
  picture?: DeckPicture;
}

const MASTER = 'PRESALES';

/** Fill and border per component kind: the preview's Mermaid palette, so a box reads the same on both. */
const KIND_COLOURS: Record<ComponentKind, [string, string]> = {
  actor: ['FFF4D6', 'B38600'],
  client: ['FFF4D6', 'B38600'],
  gateway: ['E3F2FD', '1565C0'],
  service: ['E8EAF6', '3949AB'],
  database: ['E8F5E9', '2E7D32'],
  queue: ['FCE4EC', 'AD1457'],
  cache: ['F1F8E9', '558B2F'],
  storage: ['E0F2F1', '00695C'],
  external: ['F5F5F5', '616161'],
  network: ['EDE7F6', '5E35B1'],
  security: ['FFEBEE', 'C62828'],
  monitoring: ['FFF3E0', 'EF6C00'],
  ai: ['F3E5F5', '8E24AA'],
  batch: ['ECEFF1', '455A64'],
  device: ['FFFDE7', '9E9D24'],
};

export async function toPptx(deck: Deck, options: DeckWriteOptions): Promise<Uint8Array> {
  const { look } = options;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.company = '';
  pptx.author = '';
  pptx.subject = deck.customer;
  pptx.theme = { headFontFace: look.font, bodyFontFace: look.font };
  const lang = deck.lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  const base = { fontFace: look.font, lang, color: look.text } as const;

  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 7.12, w: SLIDE.width, h: 0.38, fill: { color: 'F3F4F6' } } },
      ...(deck.confidentiality
        ? [
            {
              text: {
                text: deck.confidentiality,
                options: { ...base, x: SLIDE.marginX, y: 7.14, w: 9.5, h: 0.32, fontSize: 9, color: look.muted },
              },
            },
          ]
        : []),
      ...(look.logo ? [{ image: { ...logoBox(look.logo, 11.9, 0.3, 0.9, 0.55), data: look.logo.dataUrl } }] : []),
    ],
    slideNumber: { x: 12.3, y: 7.14, w: 0.5, h: 0.32, fontFace: look.font, fontSize: 9, color: look.muted },
  });

  const routes: Route[] = [];
  for (const s of deck.slides) {
    if (s.body.kind === 'architecturePicture' && !options.picture) continue;
    const slide = pptx.addSlide(s.body.kind === 'title' ? {} : { masterName: MASTER });
    if (s.body.kind === 'title') titleSlide(slide, deck, s, look, base);
    else slideTitle(slide, s.title, look, base);
    switch (s.body.kind) {
      case 'title':
        break;
      case 'bullets':
        bulletsBody(slide, s.body.columns, s.body.lead, look, base);
        break;
      case 'table':
        tableBody(slide, s.body.table, s.body.lead, look, base);
        break;
      case 'architecture': {
        const drawing = options.architectures.get(s.body);
        if (drawing) architectureBody(slide, drawing, look, base, routes);
        break;
      }
      case 'architecturePicture':
        if (options.picture) pictureBody(slide, options.picture);
        break;
      case 'timeline':
        timelineBody(slide, s.body.timeline, deck.lang, look, base);
        break;
    }
    if (s.notes.length) slide.addNotes(s.notes.join('\n'));
  }
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishPackage(raw, look, routes);
}

type Slide = PptxGenJS.Slide;
type Base = { fontFace: string; lang: string; color: string };

function logoBox(
  logo: NonNullable<DeckLook['logo']>,
  right: number,
  y: number,
  maxW: number,
  maxH: number,
): { x: number; y: number; w: number; h: number } {
  const scale = Math.min(maxW / logo.width, maxH / logo.height);
  const w = logo.width * scale;
  const h = logo.height * scale;
  return { x: right + maxW - w, y, w, h };
}

function titleSlide(slide: Slide, deck: Deck, s: DeckSlide, look: DeckLook, base: Base): void {
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 0.4,
    h: SLIDE.height,
    fill: { color: look.accent },
    line: { color: look.accent },
  });
  if (look.logo) slide.addImage({ ...logoBox(look.logo, 0.9, 0.6, 2.2, 1.1), data: look.logo.dataUrl });
  slide.addText(s.title, {
    ...base,
    x: 0.9,
    y: 2.0,
    w: 11.6,
    h: 1.6,
    fontSize: 36,
    bold: true,
    color: look.accent,
    valign: 'bottom',
    fit: 'shrink',
  });
  if (deck.subtitle)
    slide.addText(deck.subtitle, {
      ...base,
      x: 0.9,
      y: 3.7,
      w: 11.6,
      h: 0.8,
      fontSize: 20,
      valign: 'top',
      fit: 'shrink',
    });
  if (s.body.kind === 'title' && s.body.facts.length)
    slide.addText(
      s.body.facts.map((f) => ({ text: f, options: { breakLine: true } })),
      { ...base, x: 0.9, y: 4.8, w: 11.6, h: 1.4, fontSize: 14, color: look.muted, valign: 'top' },
    );
  if (deck.confidentiality)
    slide.addText(deck.confidentiality, { ...base, x: 0.9, y: 6.7, w: 11.6, h: 0.4, fontSize: 10, color: look.muted });
}

function slideTitle(slide: Slide, title: string, look: DeckLook, base: Base): void {
  slide.addText(title, {
    ...base,
    x: SLIDE.marginX,
    y: SLIDE.titleY,
    w: BODY_WIDTH - (look.logo ? 1.2 : 0),
    h: SLIDE.titleH,
    fontSize: 26,
    bold: true,
    color: look.accent,
    valign: 'middle',
    fit: 'shrink',
  });
  slide.addShape('line', {
    x: SLIDE.marginX,
    y: SLIDE.titleY + SLIDE.titleH + 0.02,
    w: BODY_WIDTH,
    h: 0,
    line: { color: look.accent, width: 1.5 },
  });
}

/** The lead sentence (clipped and measured when the deck was built); returns the height it took. */
function leadText(slide: Slide, lead: string, base: Base, look: DeckLook): number {
  const { height } = fitLead(lead);
  slide.addText(lead, {
    ...base,
    x: SLIDE.marginX,
    y: SLIDE.bodyY,
    w: BODY_WIDTH,
    h: height - 0.1,
    fontSize: SLIDE.leadFontPt,
    bold: true,
    color: look.text,
    valign: 'middle',
    margin: 0,
  });
  return height;
}

function bulletRuns(bullets: readonly Bullet[]): PptxGenJS.TextProps[] {
  return bullets.map((b) => ({
    text: b.text,
    options: {
      bullet: b.level === 0 ? true : { indent: 14 },
      indentLevel: b.level,
      fontSize: b.level === 0 ? SLIDE.bulletFontPt : SLIDE.bulletFontPt - 2,
      breakLine: true,
      paraSpaceAfter: 4,
    },
  }));
}

function bulletsBody(
  slide: Slide,
  columns: readonly BulletColumn[],
  lead: string | undefined,
  look: DeckLook,
  base: Base,
): void {
  let y: number = SLIDE.bodyY;
  if (lead) y += leadText(slide, lead, base, look);
  const gap = 0.4;
  const w = (BODY_WIDTH - gap * (columns.length - 1)) / columns.length;
  columns.forEach((col, i) => {
    const x = SLIDE.marginX + i * (w + gap);
    let top = y;
    if (col.heading) {
      slide.addText(col.heading, { ...base, x, y: top, w, h: 0.4, fontSize: 16, bold: true, color: look.accent });
      top += 0.45;
    }
    if (col.bullets.length)
      slide.addText(bulletRuns(col.bullets), { ...base, x, y: top, w, h: SLIDE.bodyBottom - top, valign: 'top' });
  });
}

function tableBody(slide: Slide, table: DeckTable, lead: string | undefined, look: DeckLook, base: Base): void {
  let y: number = SLIDE.bodyY;
  if (lead) y += leadText(slide, lead, base, look);
  const colW = columnInches(table.widths, BODY_WIDTH);
  const fontSize = SLIDE.tableFontPt;
  const header: PptxGenJS.TableCell[] = table.columns.map((c) => ({
    text: c,
    options: { bold: true, color: 'FFFFFF', fill: { color: look.accent } },
  }));
  const body: PptxGenJS.TableCell[][] = table.rows.map((row, r) => {
    const total = table.totalRow === true && r === table.rows.length - 1;
    return row.map((cell) => ({
      text: cell,
      options: { bold: total, fill: { color: total ? 'E5E7EB' : r % 2 ? 'F8FAFC' : 'FFFFFF' } },
    }));
  });
  // The heights measured when the table was paged, so what fitted there is what is drawn.
  const rowH = [table.columns, ...table.rows].map((r) => rowHeight(r, colW, fontSize));
  slide.addTable([header, ...body], {
    ...base,
    x: SLIDE.marginX,
    y,
    w: BODY_WIDTH,
    colW,
    rowH,
    fontSize,
    valign: 'middle',
    border: { type: 'solid', pt: 0.5, color: 'CBD5E1' },
    margin: [0.05 * 72, 0.075 * 72, 0.05 * 72, 0.075 * 72],
    autoPage: false,
  });
}

/** A line of an architecture slide, in slide inches, drawn by finishPackage along its route. */
interface Route {
  points: ElkPoint[];
  both: boolean;
}

const ROUTE_COLOUR = '6B7280';

function architectureBody(
  slide: Slide,
  drawing: ArchitectureDrawing,
  look: DeckLook,
  base: Base,
  routes: Route[],
): void {
  const scale = fitScale(drawing);
  const ox = SLIDE.marginX + (BODY_WIDTH - (drawing.width / 72) * scale) / 2;
  const oy = SLIDE.bodyY + (BODY_HEIGHT - (drawing.height / 72) * scale) / 2;
  const X = (pt: number): number => ox + (pt / 72) * scale;
  const Y = (pt: number): number => oy + (pt / 72) * scale;
  const L = (pt: number): number => (pt / 72) * scale;
  const font = (pt: number): number => Math.max(6, Math.round(pt * scale * 2) / 2);
  for (const g of drawing.groups) {
    const top = g.depth === 0;
    slide.addText(g.title, {
      ...base,
      shape: 'roundRect',
      rectRadius: 0.06,
      x: X(g.x),
      y: Y(g.y),
      w: L(g.width),
      h: L(g.height),
      fill: { color: top ? look.zoneFill : 'FFFFFF' },
      line: { color: top ? look.accent : '9CA3AF', width: 1 },
      fontSize: font(GROUP_FONT_PT),
      bold: true,
      color: top ? look.accent : '374151',
      align: 'left',
      valign: 'top',
      margin: [3, 6, 3, 6],
      objectName: 'zone',
    });
  }
  drawing.boxes.forEach((b, i) => {
    const [fill, stroke] = KIND_COLOURS[b.kind];
    const runs: PptxGenJS.TextProps[] = [
      {
        text: b.name,
        options: {
          bold: true,
          fontSize: font(b.packed ? PACKED_BOX.nameFont : BOX_FONT_PT),
          breakLine: b.detail !== '',
        },
      },
    ];
    const detailPt = b.packed ? PACKED_BOX.detailFont : TECH_FONT_PT;
    if (b.detail) runs.push({ text: b.detail, options: { fontSize: font(detailPt), color: '4B5563' } });
    slide.addText(runs, {
      ...base,
      shape: 'rect',
      x: X(b.x),
      y: Y(b.y),
      w: L(b.width),
      h: L(b.height),
      fill: { color: fill },
      line: { color: stroke, width: 1, ...(b.kind === 'external' ? { dashType: 'dash' as const } : {}) },
      align: 'center',
      valign: 'middle',
      margin: [2, 4, 2, 4],
      objectName: `box-${i}`,
    });
  });
  for (const c of drawing.connections) {
    const points = c.points.map((p) => ({ x: X(p.x), y: Y(p.y) }));
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    // A placeholder where the line goes (its z-order), given its path by finishPackage.
    slide.addShape('line', {
      x: Math.min(...xs),
      y: Math.min(...ys),
      w: Math.max(...xs) - Math.min(...xs),
      h: Math.max(...ys) - Math.min(...ys),
      line: { color: ROUTE_COLOUR, width: 1 },
      objectName: `route-${routes.length}`,
    });
    routes.push({ points, both: c.both });
    if (c.label && c.labelBox) {
      slide.addText(c.label, {
        ...base,
        x: X(c.labelBox.x),
        y: Y(c.labelBox.y),
        w: L(c.labelBox.width),
        h: L(c.labelBox.height),
        fontSize: font(EDGE_FONT_PT),
        color: '374151',
        align: 'center',
        valign: 'middle',
        fill: { color: 'FFFFFF', transparency: 10 },
        margin: 0,
      });
    }
  }
}

function pictureBody(slide: Slide, picture: DeckPicture): void {
  const scale = Math.min(BODY_WIDTH / picture.width, BODY_HEIGHT / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  slide.addImage({
    data: `image/png;base64,${Buffer.from(picture.png).toString('base64')}`,
    x: SLIDE.marginX + (BODY_WIDTH - w) / 2,
    y: SLIDE.bodyY + (BODY_HEIGHT - h) / 2,
    w,
    h,
  });
}

const DAY_MS = 86_400_000;

function timelineBody(slide: Slide, t: TimelineSpec, lang: Deck['lang'], look: DeckLook, base: Base): void {
  const labelW = 3.0;
  const chartX = SLIDE.marginX + labelW + 0.2;
  const chartW = BODY_WIDTH - labelW - 0.2;
  const axisH = 0.45;
  const span = Math.max(1, t.endDay - t.startDay + 1);
  const dayX = (day: number): number => chartX + ((day - t.startDay) / span) * chartW;
  const rows = t.phases.length + t.milestones.length;
  const rowH = Math.min(0.5, (BODY_HEIGHT - axisH - 0.1) / Math.max(1, rows));
  const fontSize = Math.max(7, Math.min(13, Math.round(rowH * 30)));
  const top = SLIDE.bodyY + axisH;
  // The axis: a tick per month (per quarter past two years), labelled in the deck's language.
  const months = monthStarts(t.startDay, t.endDay);
  const step = months.length > 24 ? 3 : 1;
  const fmt = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  months.forEach((day, i) => {
    if (i % step) return;
    const x = Math.max(chartX, dayX(day));
    slide.addShape('line', { x, y: top - 0.05, w: 0, h: rows * rowH + 0.05, line: { color: 'D1D5DB', width: 0.5 } });
    slide.addText(fmt.format(new Date(day * DAY_MS)), {
      ...base,
      x,
      y: SLIDE.bodyY,
      w: 1.2,
      h: axisH - 0.05,
      fontSize: 9,
      color: look.muted,
      valign: 'bottom',
      margin: 1,
    });
  });
  t.phases.forEach((ph, i) => {
    const y = top + i * rowH;
    slide.addText(ph.name, {
      ...base,
      x: SLIDE.marginX,
      y,
      w: labelW,
      h: rowH,
      fontSize,
      valign: 'middle',
      fit: 'shrink',
    });
    const x1 = dayX(ph.startDay);
    const x2 = dayX(ph.endDay + 1);
    slide.addShape('roundRect', {
      x: x1,
      y: y + rowH * 0.18,
      w: Math.max(0.05, x2 - x1),
      h: rowH * 0.64,
      rectRadius: 0.05,
      fill: { color: ph.critical ? look.accent : look.barFill },
      line: { color: look.accent, width: 0.75 },
    });
  });
  if (t.milestones.length)
    slide.addText(label('milestones', lang), {
      ...base,
      x: SLIDE.marginX,
      y: top + t.phases.length * rowH,
      w: labelW,
      h: rowH,
      fontSize,
      bold: true,
      color: look.milestone,
      valign: 'middle',
    });
  t.milestones.forEach((m, i) => {
    const y = top + (t.phases.length + i) * rowH;
    const x = dayX(m.day);
    const d = rowH * 0.6;
    slide.addShape('diamond', {
      x: x - d / 2,
      y: y + (rowH - d) / 2,
      w: d,
      h: d,
      fill: { color: look.milestone },
      line: { color: look.milestone, width: 0.75 },
    });
    const text = `${m.name} · ${m.date}`;
    const w = 3.2;
    const leftSide = x + d + w > SLIDE.marginX + BODY_WIDTH;
    slide.addText(text, {
      ...base,
      x: leftSide ? x - d / 2 - w - 0.05 : x + d / 2 + 0.05,
      y,
      w,
      h: rowH,
      fontSize,
      align: leftSide ? 'right' : 'left',
      valign: 'middle',
      fit: 'shrink',
      margin: 1,
    });
  });
}

function monthStarts(startDay: number, endDay: number): number[] {
  const out: number[] = [];
  const first = new Date(startDay * DAY_MS);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  out.push(startDay);
  for (let guard = 0; guard < 600; guard++) {
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
    const day = Date.UTC(y, m, 1) / DAY_MS;
    if (day > endDay) break;
    out.push(day);
  }
  return out;
}

/**
 * Gives the architecture's lines their routes and names the East Asian font in every run,
 * the theme included. Works on the XML pptxgenjs wrote; every other part is left as written.
 */
function finishPackage(raw: Uint8Array, look: DeckLook, routes: readonly Route[]): Uint8Array {
  const files = unzipSync(raw);
  const latin = escapeAttr(look.font);
  const ea = escapeAttr(look.eaFont);
  const out: Zippable = {};
  // [Content_Types].xml first, as Office writes it; the rest in pptxgenjs's order.
  const names = Object.keys(files).sort(
    (a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'),
  );
  for (const name of names) {
    const bytes = files[name];
    if (!bytes) continue;
    if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|theme)\/[^/]+\.xml$/.test(name)) {
      let xml = strFromU8(bytes);
      if (latin !== ea) xml = xml.split(`<a:ea typeface="${latin}"`).join(`<a:ea typeface="${ea}"`);
      if (name.startsWith('ppt/slides/') && xml.includes('name="route-')) xml = routeConnectors(xml, routes);
      if (name === 'ppt/theme/theme1.xml') {
        xml = xml.replace(/<a:ea typeface="[^"]*"\s*\/>/g, `<a:ea typeface="${ea}"/>`);
        xml = xml.replace(
          /<a:accent1>[\s\S]*?<\/a:accent1>/,
          `<a:accent1><a:srgbClr val="${look.accent}"/></a:accent1>`,
        );
      }
      out[name] = strToU8(xml);
    } else out[name] = bytes;
  }
  return zipSync(out, { level: 6 });
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const EMU_PER_INCH = 914_400;

/** `<p:sp>` placeholders named `route-<n>` -> the same shape with route n as its path. */
function routeConnectors(xml: string, routes: readonly Route[]): string {
  return xml.replace(/<p:sp>((?:(?!<p:sp>)[\s\S])*?)<\/p:sp>/g, (whole, inner: string) => {
    const named = /<p:cNvPr id="(\d+)" name="route-(\d+)"/.exec(inner);
    const route = routes[Number(named?.[2] ?? -1)];
    if (!named || !route) return whole;
    return routeXml(named[1] ?? '0', `route-${named[2]}`, route);
  });
}

/**
 * A line along its route: a freeform path, not a `p:cxnSp`. LibreOffice draws a connector between
 * the corners of its frame on a path of its own, whatever geometry it carries; a freeform path
 * reads the same in PowerPoint and LibreOffice, and its points can still be edited.
 */
function routeXml(id: string, name: string, route: Route): string {
  const emu = (inches: number): number => Math.round(inches * EMU_PER_INCH);
  const x0 = Math.min(...route.points.map((p) => p.x));
  const y0 = Math.min(...route.points.map((p) => p.y));
  // A straight vertical or horizontal run still needs a box of some size to hold its path.
  const w = Math.max(emu(Math.max(...route.points.map((p) => p.x)) - x0), 1);
  const h = Math.max(emu(Math.max(...route.points.map((p) => p.y)) - y0), 1);
  const path = route.points
    .map((p, i) => {
      const tag = i === 0 ? 'moveTo' : 'lnTo';
      return `<a:${tag}><a:pt x="${emu(p.x - x0)}" y="${emu(p.y - y0)}"/></a:${tag}>`;
    })
    .join('');
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${emu(x0)}" y="${emu(y0)}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm>` +
    `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>` +
    `<a:pathLst><a:path w="${w}" h="${h}" fill="none">${path}</a:path></a:pathLst></a:custGeom>` +
    `<a:ln w="12700"><a:solidFill><a:srgbClr val="${ROUTE_COLOUR}"/></a:solidFill><a:round/>` +
    `${route.both ? '<a:headEnd type="triangle"/>' : ''}<a:tailEnd type="triangle"/></a:ln></p:spPr></p:sp>`
  );
}
