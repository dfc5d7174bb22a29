import { SaxesParser } from 'saxes';

/**
 * An OOXML part read into a small element tree whose every element keeps its offsets in the source
 * text, so a part is changed by splicing those ranges and everything else stays byte-identical. A
 * DOCTYPE is refused (OOXML parts never have one; it is how entity-expansion attacks start).
 */
export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
  /** Offset of `<`. */
  start: number;
  /** Offset just after the open tag's `>`. */
  openEnd: number;
  /** Offset of the close tag's `<` (= `end` for a self-closing element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
}
export type XmlNode = XmlElement | { text: string };

export class XmlError extends Error {
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(`${part}: ${message}`);
    this.name = 'XmlError';
  }
}

export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: string | undefined;
  parser.on('doctype', () => {
    failure ??= 'has a DOCTYPE, which an Office part never has';
  });
  parser.on('error', (e) => {
    failure ??= e.message;
  });
  parser.on('opentag', (tag) => {
    const openEnd = parser.position;
    const start = text.lastIndexOf('<', openEnd - 1);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : v.value;
    const el: XmlElement = { name: tag.name, attrs, children: [], start, openEnd, closeStart: openEnd, end: openEnd };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    const el = stack.pop();
    if (!el) return;
    el.end = parser.position;
    el.closeStart = text.lastIndexOf('<', el.end - 1);
  });
  parser.on('text', (t) => stack[stack.length - 1]?.children.push({ text: t }));
  parser.on('cdata', (t) => stack[stack.length - 1]?.children.push({ text: t }));
  try {
    parser.write(text).close();
  } catch (e: unknown) {
    failure ??= e instanceof Error ? e.message : String(e);
  }
  if (failure) throw new XmlError(part, failure);
  if (!root) throw new XmlError(part, 'holds no XML element');
  return root;
}

export function isElement(n: XmlNode): n is XmlElement {
  return 'name' in n;
}

export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** Every descendant element named `name`, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

export function textOf(el: XmlElement): string {
  return el.children.map((c) => (isElement(c) ? textOf(c) : c.text)).join('');
}

/** A replacement of `[start, end)` of the source by `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (any order; equal starts keep their given order). */
export function applySplices(source: string, splices: readonly Splice[]): string {
  const sorted = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error(`overlapping XML edits at ${s.start}`);
    out += source.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + source.slice(at);
}

/** Escaped for element text and attribute values; characters XML 1.0 cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
