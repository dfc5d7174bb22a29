import { unzipSync, zipSync } from 'fflate';
import type { ExportDocument } from '../export/documentModel';
import type { Proposal } from '../model';
import { neutraliseText } from '../text/controls';
import { mergeIntoTemplate, type MergeReport } from './merge';
import type { OpenedTemplate } from './template';

export { openTemplate, TemplateError, type OpenedTemplate, type TemplateProblem } from './template';
export { templateTextTwips, type MergeReport } from './merge';

/** Our generated DOCX (written with `templated: true`) inside the template: the bytes of the new document. */
export function applyTemplate(
  template: OpenedTemplate,
  generated: Uint8Array,
  values: Readonly<Record<string, string>>,
): { bytes: Uint8Array; report: MergeReport } {
  const ours = new Map(Object.entries(unzipSync(generated)));
  const { files, report } = mergeIntoTemplate(template, ours, values);
  // [Content_Types].xml first, as Office writes it; the rest in the template's order.
  const names = [...files.keys()].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0,
  );
  const entries: Record<string, Uint8Array> = {};
  for (const name of names) {
    const bytes = files.get(name);
    if (bytes) entries[name] = bytes;
  }
  return { bytes: zipSync(entries, { level: 6 }), report };
}

/**
 * What `{{name}}` placeholders are filled with: the proposal's customer-facing facts, with hidden
 * and control characters neutralised as in every other output (bidi overrides never reach a cover).
 */
export function templateValues(doc: ExportDocument, proposal: Proposal): Record<string, string> {
  const info = proposal.proposal;
  const sep = doc.lang === 'zh-CN' ? '、' : ', ';
  const authors = (info?.authors ?? []).join(sep);
  const values: Record<string, string> = {
    title: doc.title,
    subtitle: doc.subtitle,
    customer: proposal.customer?.name ?? '',
    version: info?.version ?? '',
    date: info?.date ?? '',
    author: authors,
    authors,
    kind: doc.kindTitle,
    confidentiality: doc.confidentiality,
  };
  for (const key of Object.keys(values)) values[key] = neutraliseText(values[key] ?? '');
  return values;
}
