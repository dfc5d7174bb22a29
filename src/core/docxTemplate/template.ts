import { openZip, ZipError } from '../ooxml/zip';
import { mainPart, partText, type PackageFiles } from './parts';
import { parseXml, XmlError } from './xmlTree';

/**
 * A company's Word template opened for a merge: checked to be a Word document or template without
 * macros, unzipped within limits. Never changed: the merge works on a copy of the parts.
 */
export type TemplateProblem =
  /** Not a zip at all (a renamed .doc, a PDF, text). */
  | 'notZip'
  /** A zip without a Word main document (an .xlsx, a .pptx, any other zip). */
  | 'notWord'
  /** A macro-enabled document or template (.docm/.dotm): refused, macros would travel to the customer. */
  | 'macros'
  /** Past the size or entry limits. */
  | 'tooLarge'
  /** A part that is not well-formed XML (or has a DOCTYPE). */
  | 'badXml';

export class TemplateError extends Error {
  constructor(
    readonly problem: TemplateProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'TemplateError';
  }
}

export interface OpenedTemplate {
  files: PackageFiles;
  /** The main document part (word/document.xml as a rule). */
  main: string;
  /** A .dotx (template content type), turned into a document by the merge. */
  isTemplate: boolean;
}

const LIMITS = { maxEntries: 5000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };
export const CT = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  template: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  macroDocument: 'application/vnd.ms-word.document.macroEnabled.main+xml',
  macroTemplate: 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
} as const;

export function openTemplate(bytes: Uint8Array): OpenedTemplate {
  let files: PackageFiles;
  try {
    const zip = openZip(bytes, LIMITS);
    files = new Map(zip.entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, zip.read(e.name)]));
  } catch (e: unknown) {
    if (!(e instanceof ZipError)) throw e;
    const tooLarge =
      e.reason === 'too-many-entries' || e.reason === 'entry-too-large' || e.reason === 'total-too-large';
    throw new TemplateError(tooLarge ? 'tooLarge' : 'notZip', e.message);
  }
  const types = partText(files, '[Content_Types].xml');
  try {
    const main = mainPart(files);
    if (!main || types === undefined) throw new TemplateError('notWord', 'the package has no word/document.xml');
    const hasMacroType = types.includes(CT.macroDocument) || types.includes(CT.macroTemplate);
    const hasVba = [...files.keys()].some((name) => /(^|\/)vbaProject\.bin$/i.test(name));
    if (hasMacroType || hasVba)
      throw new TemplateError(
        'macros',
        hasVba ? 'it holds a VBA project (vbaProject.bin)' : 'its content type is macro-enabled',
      );
    if (!types.includes(CT.document) && !types.includes(CT.template))
      throw new TemplateError('notWord', 'its main part is not a Word document or template');
    // Every part the merge reads must be well-formed before anything is built.
    for (const name of [main, 'word/styles.xml', '[Content_Types].xml'])
      if (files.has(name)) parseXml(partText(files, name) ?? '', name);
    return { files, main, isTemplate: types.includes(CT.template) };
  } catch (e: unknown) {
    if (e instanceof XmlError) throw new TemplateError('badXml', e.message);
    throw e;
  }
}
