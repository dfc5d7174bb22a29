import { homedir } from 'node:os';
import path from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../../core/export/documentModel';
import {
  DEFAULT_EXPORT_FORMAT,
  EXPORT_FORMAT_IDS,
  defaultFormatFor,
  exportFormat,
  formatNames,
  isExportFormat,
  type ExportFormat,
} from '../../core/export/formats';
import { pick } from '../../core/messages/localize';
import { defaultDiagramCacheDir } from '../../node/diagramCache';
import { exportMessages } from '../../node/exportMessages';
import { resolveOutArgument } from '../../node/outputPath';
import { ExportError, exportProposal } from '../../node/exportJob';
import type { DeckRequest } from '../../node/deck/deckExport';
import { UsageError } from '../args';
import { reportJobFailure, type CliCommand } from '../command';
import { cliMessages } from '../messages';

const FORMAT_CHOICES = EXPORT_FORMAT_IDS.join('|');

/**
 * `presales export <file> --format <format> [--doc kind] [--out path] [--browser path] [--no-diagrams] [--high-risk n]`,
 * the formats being those of core/export/formats.ts.
 * Exit 0 written, 1 the document has errors (nothing written, the first errors listed with
 * file:line:col), 2 usage error, unreadable/unwritable file or no browser for PDF/diagrams.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: { en: `export a proposal as ${formatNames('en')}`, 'zh-CN': `将方案导出为 ${formatNames('zh-CN')}` },
  usage: { en: `<file> [--format ${FORMAT_CHOICES}] [options]`, 'zh-CN': `<文件> [--format ${FORMAT_CHOICES}] [选项]` },
  options: [
    {
      name: 'format',
      short: 'f',
      valueName: FORMAT_CHOICES,
      choices: EXPORT_FORMAT_IDS,
      description: {
        en: `output format (default: ${DEFAULT_EXPORT_FORMAT})`,
        'zh-CN': `输出格式（默认 ${DEFAULT_EXPORT_FORMAT}）`,
      },
    },
    {
      name: 'doc',
      short: 'd',
      valueName: DOCUMENT_KINDS.join('|'),
      choices: DOCUMENT_KINDS,
      description: {
        en: 'which document (default: proposal)',
        'zh-CN': '导出哪种文档（默认 proposal 解决方案建议书）',
      },
    },
    {
      name: 'out',
      short: 'o',
      valueName: 'path',
      description: {
        en: 'output file or folder; a path ending in / is a folder, created if missing (default: beside the source file)',
        'zh-CN': '输出文件或文件夹；以 / 结尾的路径表示文件夹，不存在时自动创建（默认与源文件同目录）',
      },
    },
    {
      name: 'browser',
      valueName: 'path',
      description: {
        en: 'Chrome, Edge or Chromium for PDF and diagrams (default: PRESALES_BROWSER, then found automatically)',
        'zh-CN': '用于 PDF 和图表的 Chrome、Edge 或 Chromium（默认：PRESALES_BROWSER，否则自动查找）',
      },
    },
    {
      name: 'template',
      valueName: 'file.docx|file.dotx',
      description: {
        en: "DOCX only: pour the document into this company Word template (its styles, cover, header, footer, logo); wins over the proposal's proposal.template",
        'zh-CN':
          '仅 DOCX：将文档套入此公司 Word 模板（使用其样式、封面、页眉、页脚、徽标）；优先于方案中的 proposal.template',
      },
    },
    {
      name: 'high-risk',
      valueName: 'n',
      description: {
        en: 'risk score (1-25) from which a risk is high: red in the matrix, scores and spreadsheets (default: 15, as presales.validation.highRiskThreshold)',
        'zh-CN':
          '风险得分（1–25）达到该值即为高风险：在矩阵、得分和电子表格中标红（默认 15，同 presales.validation.highRiskThreshold）',
      },
    },
    {
      name: 'deck-accent',
      valueName: '#RRGGBB',
      description: {
        en: 'deck only: accent colour of titles, tables and zones (default: presales.export.deck.accentColor, #1F4E79)',
        'zh-CN': '仅用于演示文稿：标题、表格和区域的强调色（默认 presales.export.deck.accentColor，#1F4E79）',
      },
    },
    {
      name: 'deck-font',
      valueName: 'name',
      description: {
        en: 'deck only: font of the slides; CJK text uses --deck-ea-font (default: Calibri, Microsoft YaHei for Chinese)',
        'zh-CN': '仅用于演示文稿：幻灯片字体；中日韩文字使用 --deck-ea-font（默认 Calibri，中文为微软雅黑）',
      },
    },
    {
      name: 'deck-ea-font',
      valueName: 'name',
      description: {
        en: 'deck only: East Asian font for CJK text (default: Microsoft YaHei)',
        'zh-CN': '仅用于演示文稿：中日韩文字使用的东亚字体（默认微软雅黑）',
      },
    },
    {
      name: 'deck-logo',
      valueName: 'path',
      description: {
        en: 'deck only: PNG or JPEG logo on every slide',
        'zh-CN': '仅用于演示文稿：显示在每页幻灯片上的 PNG 或 JPEG 徽标',
      },
    },
    {
      name: 'deck-pictures',
      description: {
        en: 'deck only: add a slide with a picture of the Mermaid architecture diagram (needs a browser; left out with a note without one)',
        'zh-CN': '仅用于演示文稿：增加一页 Mermaid 架构图图片（需要浏览器；没有浏览器时省略并给出说明）',
      },
    },
    {
      name: 'no-diagrams',
      description: {
        en: 'export DOCX/HTML without diagrams (no browser needed; the document says so)',
        'zh-CN': '导出不含图表的 DOCX/HTML（无需浏览器；文档中会注明）',
      },
    },
    {
      name: 'diagram-cache',
      valueName: 'dir',
      description: {
        en: `folder of drawn diagrams reused by later exports (default: ${defaultDiagramCacheDir().replace(homedir(), '~')})`,
        'zh-CN': `已绘制图表的缓存文件夹，供后续导出复用（默认 ${defaultDiagramCacheDir().replace(homedir(), '~')}）`,
      },
    },
    {
      name: 'no-diagram-cache',
      description: {
        en: 'draw every diagram afresh and keep nothing (no diagram cache)',
        'zh-CN': '每次重新绘制全部图表，不读写图表缓存',
      },
    },
  ],
  async run({ positionals, options, lang, cwd, out, err, fail }) {
    if (positionals.length === 0)
      throw new UsageError({ en: "'export' needs a proposal file", 'zh-CN': '“export”需要一个方案文件' });
    if (positionals.length > 1) throw new UsageError(cliMessages.tooManyArguments('export'));
    const file = positionals[0] ?? '';
    const doc = (options.get('doc') ?? 'proposal') as DocumentKind;
    const formatOption = options.get('format') ?? defaultFormatFor(doc);
    if (!isExportFormat(formatOption))
      throw new UsageError(cliMessages.badChoice('format', String(formatOption), EXPORT_FORMAT_IDS));
    const format: ExportFormat = formatOption;
    const outOption = options.get('out');
    const browserOption = options.get('browser');
    if (outOption === true || browserOption === true)
      throw new UsageError(cliMessages.missingValue(outOption === true ? 'out' : 'browser', 'path'));
    const templateOption = options.get('template');
    if (templateOption === true) throw new UsageError(cliMessages.missingValue('template', 'file.docx|file.dotx'));
    // A deck cannot be poured into a Word file: it takes the template's theme (colours, fonts, logo).
    if (templateOption !== undefined && format !== 'docx' && format !== 'pptx')
      throw new UsageError({
        en: `--template applies to DOCX (and to the PPTX deck's look) only, not to ${format.toUpperCase()}`,
        'zh-CN': `--template 仅适用于 DOCX（以及 PPTX 演示文稿的外观），不适用于 ${format.toUpperCase()}`,
      });
    const cacheOption = options.get('diagram-cache');
    if (cacheOption === true) throw new UsageError(cliMessages.missingValue('diagram-cache', 'dir'));
    const noCache = options.get('no-diagram-cache') === true;
    if (noCache && cacheOption !== undefined)
      throw new UsageError({
        en: '--diagram-cache and --no-diagram-cache contradict each other: give one',
        'zh-CN': '--diagram-cache 与 --no-diagram-cache 互相矛盾：只能指定其一',
      });
    const diagramCacheDir = noCache
      ? undefined
      : cacheOption
        ? path.resolve(cwd, cacheOption)
        : defaultDiagramCacheDir();
    const noDiagrams = options.get('no-diagrams') === true;
    const highRisk = parseHighRisk(options.get('high-risk'));
    if (noDiagrams && exportFormat(format).printed) {
      throw new UsageError({
        en: '--no-diagrams does not apply to PDF: printing needs the browser anyway',
        'zh-CN': '--no-diagrams 不适用于 PDF：打印本身就需要浏览器',
      });
    }
    try {
      const result = await exportProposal({
        sourcePath: path.resolve(cwd, file),
        displayPath: file,
        format,
        doc,
        ...(outOption ? { out: resolveOutArgument(cwd, outOption) } : {}),
        ...(browserOption ? { browserPath: path.resolve(cwd, browserOption) } : {}),
        ...(templateOption ? { template: path.resolve(cwd, templateOption), templateFrom: 'flag' as const } : {}),
        renderDiagrams: !noDiagrams,
        ...(diagramCacheDir !== undefined ? { diagramCacheDir } : {}),
        // A cache that cannot be used slows the export down but does not stop it: say so once.
        onCacheProblem: (message) => err(`${pick(exportMessages.diagramCacheProblem(message), lang)}\n`),
        ...(highRisk !== undefined ? { highRiskThreshold: highRisk } : {}),
        deck: deckRequest(options, cwd),
        lang,
      });
      out(
        `${pick(exportMessages.written(path.relative(cwd, result.path) || result.path, formatSize(result.bytes)), lang)}\n`,
      );
      for (const note of result.notes ?? []) out(`${pick(note, lang)}\n`);
      return 0;
    } catch (e: unknown) {
      if (!(e instanceof ExportError)) throw e;
      return reportJobFailure(e, { fail, err });
    }
  },
};

function deckRequest(options: ReadonlyMap<string, string | true>, cwd: string): DeckRequest {
  const value = (name: string): string | undefined => {
    const v = options.get(name);
    if (v === true) throw new UsageError(cliMessages.missingValue(name, name === 'deck-logo' ? 'path' : 'value'));
    return v;
  };
  const accentColor = value('deck-accent');
  const font = value('deck-font');
  const eaFont = value('deck-ea-font');
  const logoPath = value('deck-logo');
  return {
    ...(accentColor ? { accentColor } : {}),
    ...(font ? { font } : {}),
    ...(eaFont ? { eaFont } : {}),
    ...(logoPath ? { logoPath, baseDir: cwd } : {}),
    ...(options.get('deck-pictures') === true ? { diagramPictures: true } : {}),
  };
}

function parseHighRisk(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = value === true || !/^\d+$/.test(value) ? NaN : Number(value);
  if (!(n >= 1 && n <= 25)) {
    const shown = value === true ? '' : value;
    throw new UsageError({
      en: `--high-risk needs a whole number from 1 to 25 (likelihood x impact), not '${shown}'`,
      'zh-CN': `--high-risk 需要 1 到 25 之间的整数（可能性 × 影响），而不是“${shown}”`,
    });
  }
  return n;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
