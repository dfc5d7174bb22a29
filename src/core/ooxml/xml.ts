/**
 * XML reading for OOXML parts over saxes, pure, and the escaping used when writing XML.
 *
 * Safe by construction: a DOCTYPE is refused (OOXML parts never carry one, and an internal subset is
 * how entity-expansion and external-entity attacks start), only the five predefined entities and
 * character references are decoded, and nothing is ever fetched. Every element keeps its offsets in
 * the source text (`start`, `openEnd`, `closeStart`, `end`, as JavaScript string indices), so a
 * writer can patch one element's content and keep every other byte of the part as it was.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export class XmlError extends Error {
  constructor(
    readonly reason: 'doctype' | 'malformed' | 'too-large',
    /** 1-based line and column of the problem, when known. */
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlElement {
  /** The qualified name as written (`w:tc`). */
  readonly name: string;
  /** The local part (`tc`). */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** Offset of the `<` of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  readonly openEnd: number;
  /** Offset of the end tag's `</` (equals `openEnd` for a self-closing element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  readonly selfClosing: boolean;
}

/** An element, or a run of character data (entities decoded, CDATA included). */
export type XmlNode = XmlElement | string;

export interface XmlScanHandlers {
  /** A start tag; `children` is still empty and the close offsets are not known yet. */
  open?(element: XmlElement): void;
  /** The end of an element (its children are complete when the tree is being built). */
  close?(element: XmlElement): void;
  text?(text: string): void;
}

export interface XmlReadOptions {
  /** Longest accepted part, in characters. */
  readonly maxChars?: number;
}

const DEFAULT_MAX_CHARS = 256 * 1024 * 1024;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Streams one XML document through the handlers. With `buildTree`, children are attached to their
 * parents and the root is returned.
 */
function run(
  text: string,
  handlers: XmlScanHandlers,
  buildTree: boolean,
  options: XmlReadOptions,
): XmlElement | undefined {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars)
    throw new XmlError('too-large', 0, 0, `XML part of ${text.length} characters (limit ${maxChars})`);
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (reason: 'doctype' | 'malformed', message: string): never => {
    throw new XmlError(reason, parser.line, parser.column + 1, message);
  };
  parser.on('doctype', () => fail('doctype', 'a DOCTYPE declaration is not accepted (entity expansion is refused)'));
  parser.on('error', (e) => fail('malformed', e.message));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const openEnd = parser.position;
    const start = text.lastIndexOf('<', openEnd - 1);
    const element: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      attrs: tag.attributes,
      children: [],
      start,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
    };
    const parent = stack[stack.length - 1];
    if (buildTree && parent) parent.children.push(element);
    if (!root) root = element;
    stack.push(element);
    handlers.open?.(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (!element) return;
    const end = parser.position;
    element.end = end;
    element.closeStart = element.selfClosing ? element.openEnd : text.lastIndexOf('</', end - 1);
    handlers.close?.(element);
  });
  const onText = (t: string): void => {
    const parent = stack[stack.length - 1];
    if (buildTree && parent) parent.children.push(t);
    handlers.text?.(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(text).close();
  return root;
}

/** Streams the document through the handlers (no tree is kept: use for very large parts). */
export function scanXml(text: string, handlers: XmlScanHandlers, options: XmlReadOptions = {}): void {
  run(text, handlers, false, options);
}

/** Parses a whole document into a tree of elements; throws `XmlError` on a DOCTYPE or malformed XML. */
export function parseXml(text: string, options: XmlReadOptions = {}): XmlElement {
  const root = run(text, {}, true, options);
  if (!root) throw new XmlError('malformed', 1, 1, 'no root element');
  return root;
}

/** Child elements, optionally only those with the given local name. */
export function childElements(element: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children)
    if (typeof c !== 'string' && (local === undefined || c.local === local)) out.push(c);
  return out;
}

/** The first child element with the local name. */
export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  for (const c of element.children) if (typeof c !== 'string' && c.local === local) return c;
  return undefined;
}

/** All descendants with the local name, in document order (not descending into a match). */
export function descendants(element: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of element.children) {
    if (typeof c === 'string') continue;
    if (c.local === local) out.push(c);
    else descendants(c, local, out);
  }
  return out;
}

/** The concatenated character data of the element and its descendants. */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const c of element.children) out += typeof c === 'string' ? c : textContent(c);
  return out;
}

/** An attribute by local name, whatever its prefix (`r:id` for `id`). */
export function attrLocal(element: XmlElement, local: string): string | undefined {
  const direct = element.attrs[local];
  if (direct !== undefined) return direct;
  for (const [k, v] of Object.entries(element.attrs)) if (localName(k) === local) return v;
  return undefined;
}

// Characters XML 1.0 cannot hold at all (even as references): C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates.
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops characters that no XML 1.0 document may contain. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(INVALID_XML, '');
}

/** Escapes character data for an element's content. */
export function escapeXmlText(s: string): string {
  return stripInvalidXmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (either quote style; tabs and line breaks survive attribute normalisation). */
export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
