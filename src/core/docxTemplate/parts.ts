import { strFromU8, strToU8 } from 'fflate';
import { relsPathOf, resolveTarget } from '../ooxml/relationships';
import { child, elements, parseXml, type XmlElement } from './xmlTree';

export { relsPathOf };

/** A Word package as its parts: path inside the zip (no leading slash) -> bytes. */
export type PackageFiles = Map<string, Uint8Array>;

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  numbering: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  footer: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
} as const;

export function partText(files: ReadonlyMap<string, Uint8Array>, path: string): string | undefined {
  const bytes = files.get(path);
  return bytes ? strFromU8(bytes) : undefined;
}

export function setPartText(files: PackageFiles, path: string, text: string): void {
  files.set(path, strToU8(text));
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The target as a part path (for internal targets). */
  part: string;
}

export function readRels(files: ReadonlyMap<string, Uint8Array>, part: string): Relationship[] {
  const path = relsPathOf(part);
  const text = partText(files, path);
  if (text === undefined) return [];
  return elements(parseXml(text, path), 'Relationship').map((r) => {
    const target = r.attrs.Target ?? '';
    const external = r.attrs.TargetMode === 'External';
    return {
      id: r.attrs.Id ?? '',
      type: r.attrs.Type ?? '',
      target,
      external,
      part: external ? '' : resolveTarget(part, target),
    };
  });
}

/** The main document part named by the package's root relationships (word/document.xml as a rule). */
export function mainPart(files: ReadonlyMap<string, Uint8Array>): string | undefined {
  const text = partText(files, '_rels/.rels');
  if (text !== undefined) {
    const rel = elements(parseXml(text, '_rels/.rels'), 'Relationship').find(
      (r) => r.attrs.Type === REL.officeDocument,
    );
    if (rel?.attrs.Target) {
      const path = resolveTarget('', rel.attrs.Target);
      if (files.has(path)) return path;
    }
  }
  return files.has('word/document.xml') ? 'word/document.xml' : undefined;
}

/** `w:val` style attribute reading with the `w:` prefix Word always writes. */
export function val(el: XmlElement | undefined, attr = 'w:val'): string | undefined {
  return el?.attrs[attr];
}

export function childVal(el: XmlElement, name: string): string | undefined {
  return val(child(el, name));
}
