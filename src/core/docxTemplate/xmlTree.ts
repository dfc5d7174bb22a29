import {
  escapeXmlAttr,
  parseXml as readXml,
  XmlError as OoxmlXmlError,
  type XmlElement,
  type XmlNode,
} from '../ooxml/xml';

/**
 * The template merge's view of the shared XML reader (src/core/ooxml/xml.ts): a part parsed into
 * elements that keep their offsets, so a part is changed by splicing those ranges and every other
 * byte stays as it was; errors name the part.
 */
export type { XmlElement, XmlNode };

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
  try {
    return readXml(text);
  } catch (e: unknown) {
    if (e instanceof OoxmlXmlError) throw new XmlError(part, e.message);
    throw e;
  }
}

export function isElement(n: XmlNode): n is XmlElement {
  return typeof n !== 'string';
}

export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** Every descendant element named `name` (qualified, `w:p`), in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
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

/** Escaped for element text and attribute values alike; characters XML 1.0 cannot hold are dropped. */
export function escapeXml(text: string): string {
  return escapeXmlAttr(text);
}
