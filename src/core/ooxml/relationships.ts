/**
 * How the parts of an OOXML package point at each other: a part's relationships live in
 * `_rels/<part>.rels` beside it, and each target is a path relative to that part (or absolute).
 * The RFP reader, the answer write-back and the Word template merge all follow them this way.
 */
import { childElements, parseXml } from './xml';
import type { ZipArchive } from './zip';

/** `word/document.xml` -> `word/_rels/document.xml.rels`; `''` (the package) -> `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target relative to its source part, as a package path (`xl/worksheets/sheet1.xml`). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = sourcePart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

export interface PartRelationship {
  /** The target as a package path. */
  readonly target: string;
  readonly type: string;
}

/** A part's relationships to other parts of the package, by id (external targets left out). */
export function partRelationships(zip: ZipArchive, part: string): Map<string, PartRelationship> {
  const relsPath = relsPathOf(part);
  const out = new Map<string, PartRelationship>();
  if (!zip.has(relsPath)) return out;
  for (const rel of childElements(parseXml(zip.readText(relsPath)), 'Relationship')) {
    const id = rel.attrs['Id'];
    const target = rel.attrs['Target'];
    if (id && target && rel.attrs['TargetMode'] !== 'External')
      out.set(id, { target: resolveTarget(part, target), type: rel.attrs['Type'] ?? '' });
  }
  return out;
}
