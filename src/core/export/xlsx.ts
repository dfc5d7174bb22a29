import { Workbook, type Worksheet } from 'exceljs';
import { DEFAULT_HIGH_RISK_THRESHOLD, mediumBand } from '../risk';
import { RISK_SHADES, type DataTable } from './tables';

/**
 * An Excel workbook, one sheet per table: bold shaded header row frozen with an autofilter, column
 * widths, wrapped text, numbers stored as numbers. The risk score column is coloured by conditional
 * formatting rather than fixed fills, so the colour follows when the PMO edits a likelihood.
 */
export interface XlsxMeta {
  title: string;
  creator?: string;
  created?: Date;
}

export async function toXlsx(tables: DataTable[], meta: XlsxMeta): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = meta.creator ?? 'Presales Studio';
  wb.title = meta.title;
  if (meta.created) {
    wb.created = meta.created;
    wb.modified = meta.created;
  }
  const used = new Set<string>();
  for (const t of tables) addSheet(wb.addWorksheet(sheetName(t.name, used)), t);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function addSheet(ws: Worksheet, t: DataTable): void {
  ws.columns = t.columns.map((name, i) => ({ header: name, key: `c${i}`, width: t.widths[i] ?? 14 }));
  for (const row of t.rows) {
    const added = ws.addRow(row.map((c) => (/^-?\d+(\.\d+)?$/.test(c.text) ? Number(c.text) : c.text)));
    row.forEach((c, i) => {
      if (c.shade && i !== t.scoreColumn)
        added.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.shade}` } };
      if (c.bold) added.getCell(i + 1).font = { bold: true };
    });
    added.alignment = { vertical: 'top', wrapText: true };
  }
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: 'FF10243E' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  if (t.columns.length)
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, t.rows.length + 1), column: t.columns.length },
    };
  if (t.scoreColumn !== undefined && t.rows.length) {
    const col = columnLetter(t.scoreColumn + 1);
    const ref = `${col}2:${col}${t.rows.length + 1}`;
    const fill = (rgb: string) => ({
      fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: `FF${rgb}` } },
    });
    // Scores are whole numbers, so "at or above a threshold of 12.5" is "above 12".
    const { from, to } = mediumBand(t.highRiskThreshold ?? DEFAULT_HIGH_RISK_THRESHOLD);
    const high = Math.ceil(to);
    const medium = Math.ceil(from);
    ws.addConditionalFormatting({
      ref,
      rules: [
        { type: 'cellIs', operator: 'greaterThan', formulae: [high - 1], style: fill(RISK_SHADES.high), priority: 1 },
        ...(medium < high
          ? [
              {
                type: 'cellIs' as const,
                operator: 'between' as const,
                formulae: [medium, high - 1],
                style: fill(RISK_SHADES.medium),
                priority: 2,
              },
            ]
          : []),
        {
          type: 'cellIs',
          operator: 'lessThan',
          formulae: [Math.min(medium, high)],
          style: fill(RISK_SHADES.low),
          priority: 3,
        },
      ],
    });
  }
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`, unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = (name.replace(/[[\]:*?/\\]/g, ' ').trim() || 'Sheet').slice(0, 28);
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base} ${i}`;
  used.add(n.toLowerCase());
  return n;
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
