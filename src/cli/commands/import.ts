import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localized, pick, type Localized } from '../../core/messages/localize';
import type { Language } from '../../core/model';
import { parseColumnsSpec } from '../../core/rfp/columns';
import { mergeRequirements, type RfpDiff } from '../../core/rfp/mergeRequirements';
import { readRfp } from '../../core/rfp/readRfp';
import { RfpImportError } from '../../core/rfp/rfpMessages';
import { columnName, rfpSourceFor } from '../../core/rfp/source';
import { RFP_ROLES, type RfpImport, type RfpItem, type RfpReadOptions } from '../../core/rfp/types';
import { writeFileAtomic } from '../../node/atomicWrite';
import { readRfpFile } from '../../node/rfpDecode';
import { UsageError } from '../args';
import type { CliCommand } from '../command';
import { cliMessages } from '../messages';
import { reasonOf } from '../proposalFiles';

const m = {
  missingRfp: (): Localized =>
    localized(
      "'import' needs the customer's RFP file (.xlsx, .csv or .docx)",
      '“import”需要客户的招标文件（.xlsx、.csv 或 .docx）',
    ),
  badHeaderRow: (v: string): Localized =>
    localized(
      `--header-row must be a row number of 1 or more (got '${v}')`,
      `--header-row 必须是大于等于 1 的行号（收到“${v}”）`,
    ),
  badColumns: (part: string): Localized =>
    localized(
      `--columns: '${part}' is not role=column (roles: ${RFP_ROLES.join(', ')}; columns: A, B, ... or 1, 2, ...)`,
      `--columns：“${part}”不是“角色=列”格式（角色：${RFP_ROLES.join('、')}；列：A、B……或 1、2……）`,
    ),
  detected: (file: string, grid: string, row: number, rows: number, count: number): Localized =>
    localized(
      `${file}: ${grid || 'prose'}, header row ${row}${rows === 2 ? ' (two rows)' : ''}, ${count} requirement${count === 1 ? '' : 's'}`,
      `${file}：${grid || '正文'}，表头第 ${row} 行${rows === 2 ? '（两行）' : ''}，共 ${count} 条需求`,
    ),
  columns: (): Localized => localized('columns: ', '列：'),
  candidates: (n: number, included: boolean): Localized =>
    localized(
      `${n} sentence${n === 1 ? '' : 's'} with shall/must in the text ${included ? 'included' : 'not included (add --include-prose to import them)'}`,
      `正文中有 ${n} 个含“应/须/shall/must”的句子${included ? '，已导入' : '，未导入（加 --include-prose 导入）'}`,
    ),
  more: (n: number): Localized => localized(`... ${n} more`, `……另有 ${n} 条`),
  diff: (file: string, d: RfpDiff, dry: boolean): Localized =>
    localized(
      `${dry ? 'would change' : 'updated'} ${file}: ${d.added.length} added, ${d.reworded.length} reworded, ${d.removed.length} no longer in the RFP, ${d.unchanged} unchanged`,
      `${dry ? '将修改' : '已更新'} ${file}：新增 ${d.added.length} 条，措辞变更 ${d.reworded.length} 条，招标文件中已删除 ${d.removed.length} 条，未变 ${d.unchanged} 条`,
    ),
  reworded: (id: string, customerId: string): Localized =>
    localized(`reworded: ${id} (${customerId}): check its answer`, `措辞变更：${id}（${customerId}），请复核应答`),
  removed: (id: string, customerId: string): Localized =>
    localized(
      `no longer in the RFP: ${id} (${customerId}), kept in the proposal`,
      `招标文件中已删除：${id}（${customerId}），方案中保留`,
    ),
  noRequirements: (file: string): Localized => localized(`no requirements found in ${file}`, `在 ${file} 中未找到需求`),
};

function parseOptions(options: ReadonlyMap<string, string | true>): RfpReadOptions {
  const out: { sheet?: string; headerRow?: number; columns?: Partial<Record<(typeof RFP_ROLES)[number], string>> } = {};
  const sheet = options.get('sheet');
  if (typeof sheet === 'string') out.sheet = sheet;
  const header = options.get('header-row');
  if (typeof header === 'string') {
    if (!/^\d+$/.test(header) || Number(header) < 1) throw new UsageError(m.badHeaderRow(header));
    out.headerRow = Number(header);
  }
  const columns = options.get('columns');
  if (typeof columns === 'string') {
    const parsed = parseColumnsSpec(columns);
    if ('error' in parsed) throw new UsageError(m.badColumns(String(parsed.error)));
    out.columns = parsed;
  }
  return out;
}

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return [...flat].length > max ? `${[...flat].slice(0, max - 1).join('')}…` : flat;
}

function itemLine(it: RfpItem): string {
  return `  ${(it.id || '-').padEnd(10)} ${(it.priority ?? '').padEnd(6)} ${oneLine(it.section ?? '', 24).padEnd(24)} ${oneLine(it.text, 80)}`;
}

function report(
  detected: RfpImport,
  display: string,
  lang: Language,
  includeProse: boolean,
  out: (t: string) => void,
): void {
  const count = detected.items.length + (includeProse ? detected.candidates.length : 0);
  out(`${pick(m.detected(display, detected.grid, detected.headerRow, detected.headerRows, count), lang)}\n`);
  const cols = RFP_ROLES.flatMap((role) => {
    const col = detected.columns[role];
    if (col === undefined) return [];
    const label = detected.columnLabels[col];
    return [`${role}=${columnName(detected.kind, col)}${label ? ` (${oneLine(label, 30)})` : ''}`];
  });
  out(`  ${pick(m.columns(), lang)}${cols.join(', ')}\n`);
  for (const issue of detected.issues) out(`  ! ${pick(issue.message, lang)}\n`);
  const shown = detected.items.slice(0, 20);
  for (const it of shown) out(`${itemLine(it)}\n`);
  if (detected.items.length > shown.length) out(`  ${pick(m.more(detected.items.length - shown.length), lang)}\n`);
  if (detected.candidates.length > 0) {
    out(`  ${pick(m.candidates(detected.candidates.length, includeProse), lang)}\n`);
    for (const c of detected.candidates.slice(0, 10)) out(`    ¶${c.paragraph ?? ''} ${oneLine(c.text, 90)}\n`);
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * `presales import <rfp> [--into proposal]`: reads the customer's RFP (never writes it), shows what
 * was detected, and with --into adds the requirements to the proposal (a new file is created) with
 * one atomic write. Exit 0 done, 1 no requirements found, 2 usage error or a file that cannot be read.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary: {
    en: "import the requirements of a customer's RFP (XLSX, CSV, DOCX) into a proposal",
    'zh-CN': '将客户招标文件（XLSX、CSV、DOCX）中的需求导入方案',
  },
  usage: { en: '<rfp file> [options]', 'zh-CN': '<招标文件> [选项]' },
  options: [
    {
      name: 'into',
      valueName: 'proposal.presales.yaml',
      description: {
        en: 'the proposal to add the requirements to (created when missing); without it nothing is written',
        'zh-CN': '要导入需求的方案文件（不存在则新建）；不指定时不写任何文件',
      },
    },
    {
      name: 'sheet',
      valueName: 'NAME',
      description: {
        en: 'the sheet (XLSX) or table (DOCX, "Table 2") to read',
        'zh-CN': '要读取的工作表（XLSX）或表格（DOCX，如“Table 2”）',
      },
    },
    {
      name: 'header-row',
      valueName: 'N',
      description: {
        en: 'the (first) header row, instead of detecting it',
        'zh-CN': '（第一行）表头所在行，不自动识别',
      },
    },
    {
      name: 'columns',
      valueName: 'id=A,text=C,...',
      description: {
        en: `column of each role (${RFP_ROLES.join(', ')}), instead of detecting it`,
        'zh-CN': `各角色所在的列（${RFP_ROLES.join('、')}），不自动识别`,
      },
    },
    {
      name: 'rfp-version',
      valueName: 'LABEL',
      description: {
        en: "the customer's version label of the RFP (e.g. v2)",
        'zh-CN': '客户招标文件的版本标识（如 v2）',
      },
    },
    {
      name: 'include-prose',
      description: {
        en: 'DOCX: also import the shall/must sentences found in the text',
        'zh-CN': 'DOCX：同时导入正文中含“应/须”的句子',
      },
    },
    {
      name: 'dry-run',
      description: { en: 'show what would change, write nothing', 'zh-CN': '只显示将发生的修改，不写文件' },
    },
    {
      name: 'format',
      valueName: 'text|json',
      choices: ['text', 'json'],
      description: { en: 'output format (default: text)', 'zh-CN': '输出格式（默认 text）' },
    },
  ],
  async run({ positionals, options, lang, cwd, out, err, fail }) {
    if (positionals.length === 0) throw new UsageError(m.missingRfp());
    if (positionals.length > 1) throw new UsageError(cliMessages.tooManyArguments('import'));
    const display = positionals[0] ?? '';
    const readOptions = parseOptions(options);
    const json = options.get('format') === 'json';
    const includeProse = options.get('include-prose') === true;
    const dryRun = options.get('dry-run') === true;
    const rfpPath = path.resolve(cwd, display);

    let detected: RfpImport;
    try {
      detected = readRfp(await readRfpFile(rfpPath), readOptions);
    } catch (e: unknown) {
      if (e instanceof RfpImportError) fail(e.text);
      else fail(cliMessages.cannotRead(display, reasonOf(e)));
      return 2;
    }
    const items = includeProse ? [...detected.items, ...detected.candidates] : detected.items;

    const into = options.get('into');
    let diff: RfpDiff | undefined;
    if (typeof into === 'string') {
      const target = path.resolve(cwd, into);
      let text = '';
      if (existsSync(target)) {
        try {
          text = readFileSync(target, 'utf8');
        } catch (e: unknown) {
          fail(cliMessages.cannotRead(into, reasonOf(e)));
          return 2;
        }
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      const relative = path.relative(path.dirname(target), rfpPath).split(path.sep).join('/');
      const version = options.get('rfp-version');
      const source = rfpSourceFor(detected, relative, today(), typeof version === 'string' ? version : undefined);
      const title = path.basename(rfpPath).replace(/\.[^.]+$/, '');
      const merged = mergeRequirements({ text, items, source, title });
      diff = merged.diff;
      if (!dryRun && items.length > 0 && merged.text !== text) {
        try {
          await writeFileAtomic(target, merged.text);
        } catch (e: unknown) {
          fail(cliMessages.cannotWrite(into, reasonOf(e)));
          return 2;
        }
      }
      if (!json) {
        report(detected, display, lang, includeProse, out);
        out(`${pick(m.diff(into, merged.diff, dryRun), lang)}\n`);
        for (const r of merged.diff.reworded) out(`  ${pick(m.reworded(r.id, r.customerId), lang)}\n`);
        for (const r of merged.diff.removed) out(`  ${pick(m.removed(r.id, r.customerId), lang)}\n`);
      }
    } else if (!json) report(detected, display, lang, includeProse, out);

    if (json) {
      const columns: Record<string, string> = {};
      for (const role of RFP_ROLES) {
        const col = detected.columns[role];
        if (col !== undefined) columns[role] = columnName(detected.kind, col);
      }
      out(
        `${JSON.stringify(
          {
            file: display,
            kind: detected.kind,
            grid: detected.grid,
            grids: detected.grids,
            headerRow: detected.headerRow,
            headerRows: detected.headerRows,
            columns,
            issues: detected.issues.map((i) => ({ code: i.code, message: pick(i.message, lang) })),
            items: detected.items,
            candidates: detected.candidates,
            ...(diff
              ? {
                  diff: {
                    added: diff.added.map((a) => ({ id: a.id, customerId: a.item.id })),
                    reworded: diff.reworded,
                    removed: diff.removed,
                    unchanged: diff.unchanged,
                  },
                }
              : {}),
          },
          null,
          2,
        )}\n`,
      );
    }
    if (items.length === 0) {
      if (!json) err(`${pick(m.noRequirements(display), lang)}\n`);
      return 1;
    }
    return 0;
  },
};
