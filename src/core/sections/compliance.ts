import type { ComplianceAnswer, Language, Proposal, Requirement } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Cell } from '../export/documentModel';
import { label, valueLabel, type LabelKey } from '../export/exportLabels';
import { markdownToPlain } from '../export/markdownText';
import type { DataTable } from '../export/tables';
import { entries, markdownParts, rich, visible } from './columns';

type Level = 1 | 2 | 3;

/**
 * The compliance matrix: every requirement the customer asked in the RFP (it has `rfp`) or that has
 * an answer, with the customer's id and wording and our answer. A Chinese proposal lays it out as a
 * 技术偏离表 (序号, 招标文件条目号, 招标技术要求, 投标响应, 偏离情况, 说明); an English one as the
 * columns an RFP's answer sheet asks for. The same rows feed DOCX/PDF/HTML/Markdown (a section) and
 * CSV/XLSX (a DataTable).
 */

/** 偏离情况 of an answer: how a Chinese tender reads each status (documented in the schema). */
export type Deviation = 'deviationPositive' | 'deviationNone' | 'deviationNegative';

export function deviationOf(answer: ComplianceAnswer | undefined): Deviation | undefined {
  switch (answer?.status) {
    case undefined:
      return undefined;
    case 'comply':
      return answer.exceeds === true ? 'deviationPositive' : 'deviationNone';
    case 'partial':
    case 'non-comply':
    case 'alternative':
    case 'roadmap':
      return 'deviationNegative';
  }
}

/** The status as the matrix shows it: the deviation word in Chinese, the status words in English. */
export function complianceWord(answer: ComplianceAnswer | undefined, lang: Language): string {
  if (answer?.status === undefined) return label('complianceUnanswered', lang);
  const deviation = deviationOf(answer);
  return lang === 'zh-CN' && deviation ? label(deviation, lang) : valueLabel(answer.status, lang);
}

/** The customer's id, else ours. */
export function customerIdOf(r: Requirement): string {
  return r.rfp?.id?.trim() || r.id || '';
}

/** The customer's wording verbatim with its ★/▲ mark, else our title and description. */
export function requirementTextOf(r: Requirement): string {
  const text = r.rfp?.text ?? [r.title, markdownToPlain(r.description)].filter((x) => x && x.trim()).join('\n');
  const mark = r.rfp?.mark;
  return mark && !text.trimStart().startsWith(mark) ? `${mark} ${text}` : text;
}

interface MatrixRow {
  r: Requirement;
  /** 1-based position in the matrix (序号). */
  seq: number;
}

/** Names of what a ref may name: components, tasks, demo scenarios (a section name stays as written). */
export function refNames(p: Proposal): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const add = (id: unknown, name: unknown): void => {
    if (typeof id === 'string' && id && !names.has(id)) names.set(id, typeof name === 'string' && name ? name : id);
  };
  for (const c of p.architecture?.components ?? []) add(c?.id, c?.name);
  for (const ph of p.plan?.phases ?? []) for (const t of ph?.tasks ?? []) add(t?.id, t?.name);
  for (const s of p.demo?.scenarios ?? []) add(s?.id, s?.title);
  return names;
}

/** The reference / 说明 cell: what backs the answer, and in Chinese which kind of 负偏离 it is. */
export function referenceText(r: Requirement, names: ReadonlyMap<string, string>, lang: Language): string {
  const refs = (r.answer?.refs ?? [])
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => {
      const name = names.get(x);
      return name && name !== x ? `${name} (${x})` : x;
    });
  const status = r.answer?.status;
  // The deviation column says only 负偏离: 说明 says which kind (partial, roadmap...).
  const kind = lang === 'zh-CN' && status !== undefined && status !== 'comply' ? valueLabel(status, lang) : '';
  return [kind, refs.join(lang === 'zh-CN' ? '、' : ', ')].filter(Boolean).join(lang === 'zh-CN' ? '；' : '; ');
}

/** A matrix column: its header, its relative width, its cell in the document's language. */
interface MatrixColumn {
  header: LabelKey;
  width: number;
  cell(m: MatrixRow, lang: Language): Cell;
}

function columns(names: ReadonlyMap<string, string>): Record<ColumnName, MatrixColumn> {
  return {
    seq: { header: 'complianceSeq', width: 1, cell: (m) => ({ text: String(m.seq) }) },
    customerId: {
      header: 'complianceCustomerId',
      width: 2,
      cell: (m) => rich(customerIdOf(m.r), [{ kind: 'code', text: customerIdOf(m.r) }]),
    },
    section: { header: 'complianceSection', width: 3, cell: (m) => ({ text: m.r.rfp?.section ?? '' }) },
    requirement: { header: 'complianceRequirement', width: 8, cell: (m) => ({ text: requirementTextOf(m.r) }) },
    status: {
      header: 'complianceStatus',
      width: 2,
      cell: (m, lang): Cell => {
        const text = complianceWord(m.r.answer, lang);
        const status = m.r.answer?.status ?? 'unanswered';
        const negative = deviationOf(m.r.answer) !== 'deviationNone' && deviationOf(m.r.answer) !== 'deviationPositive';
        return {
          text,
          ...(negative ? { shade: 'FCE3A6' } : {}),
          parts: [{ kind: 'badge', cls: `answer-${status}`, text }],
        };
      },
    },
    response: {
      header: 'complianceResponse',
      width: 8,
      cell: (m) => rich(markdownToPlain(m.r.answer?.response), markdownParts(m.r.answer?.response)),
    },
    reference: {
      header: 'complianceReference',
      width: 4,
      cell: (m, lang) => ({ text: referenceText(m.r, names, lang) }),
    },
  };
}

type ColumnName = 'seq' | 'customerId' | 'section' | 'requirement' | 'status' | 'response' | 'reference';

const EN_COLUMNS: readonly ColumnName[] = ['customerId', 'section', 'requirement', 'status', 'response', 'reference'];
/** 序号, 招标文件条目号, 招标技术要求, 投标响应, 偏离情况, 说明. */
const ZH_COLUMNS: readonly ColumnName[] = ['seq', 'customerId', 'requirement', 'response', 'status', 'reference'];

export function complianceColumns(lang: Language): readonly ColumnName[] {
  return lang === 'zh-CN' ? ZH_COLUMNS : EN_COLUMNS;
}

/** The requirements the matrix answers, with their index in the file. */
function matrixRows(p: Proposal, shown: (r: Requirement) => boolean): Array<{ m: MatrixRow; index: number }> {
  const out: Array<{ m: MatrixRow; index: number }> = [];
  for (const [r, index] of entries(p.requirements)) {
    if (!shown(r) || (r.rfp === undefined && r.answer === undefined)) continue;
    out.push({ m: { r, seq: out.length + 1 }, index });
  }
  return out;
}

export function complianceSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const rows = matrixRows(ctx.p, (r) => visible(ctx, r));
  if (rows.length === 0 && ctx.view === 'preview') return;
  b.section(level, 'compliance');
  if (rows.length === 0) {
    b.none();
    return;
  }
  const catalogue = columns(refNames(ctx.p));
  const names = complianceColumns(ctx.lang);
  const cols = names.map((n) => catalogue[n]);
  b.localisedTable(
    cols.map((c) => label(c.header, ctx.lang)),
    rows.map(({ m }) => cols.map((c) => c.cell(m, ctx.lang))),
    cols.map((c) => c.width),
    {
      cls: 'compliance',
      rowMeta: rows.map(({ m, index }) => ({
        id: `answer-${m.r.id ?? index}`,
        path: ['requirements', index],
        ...(m.r.internal === true ? { internal: true } : {}),
      })),
    },
  );
}

/** The same matrix as one sheet (CSV, XLSX); `p` is already the customer view. */
export function complianceTable(p: Proposal, lang: Language): DataTable {
  const rows = matrixRows(p, (r) => r.internal !== true);
  const catalogue = columns(refNames(p));
  const cols = complianceColumns(lang).map((n) => catalogue[n]);
  return {
    name: label('compliance', lang),
    columns: cols.map((c) => label(c.header, lang)),
    rows: rows.map(({ m }) => cols.map((c) => c.cell(m, lang))),
    widths: cols.map((c) => c.width * 6),
    rowMeta: rows.map(({ index }) => ({ path: ['requirements', index] })),
  };
}
