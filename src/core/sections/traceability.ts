import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Cell } from '../export/documentModel';
import { label } from '../export/exportLabels';
import { traceabilityMatrix } from '../export/tables';

type Level = 1 | 2 | 3;

/** The id and the title in one cell, as the preview reads a row. */
function requirementCell(id: Cell | undefined, title: Cell | undefined): Cell {
  const text = [id?.text, title?.text].filter(Boolean).join(' ');
  return {
    text,
    parts: [
      { kind: 'code', text: id?.text ?? '' },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: title?.text ?? '' },
    ],
  };
}

/** Requirement -> components that satisfy it, tasks that deliver it, demo scenarios that show it. Empty cells are gaps. */
export function traceabilitySection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const t = traceabilityMatrix(ctx.p, ctx.lang, ctx.audience);
  if (!t.rows.length) return;
  b.heading(level, t.name);
  const extras = { cls: 'traceability', ...(t.rowMeta ? { rowMeta: t.rowMeta } : {}) };
  if (ctx.view === 'preview') {
    // The preview is for finding gaps: one cell per requirement, then what covers it.
    const columns = [label('requirement', ctx.lang), ...t.columns.slice(4, 7)];
    b.localisedTable(
      columns,
      t.rows.map((r) => [requirementCell(r[0], r[1]), ...r.slice(4, 7)]),
      undefined,
      extras,
    );
    return;
  }
  // The acceptance column is long and printed with each requirement already.
  b.localisedTable(
    t.columns.slice(0, 7),
    t.rows.map((r) => r.slice(0, 7)),
    t.widths.slice(0, 7),
    extras,
  );
}
