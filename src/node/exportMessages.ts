import { localized, type Localized } from '../core/messages/localize';

/** Where an explicit browser path came from: the VS Code setting, the CLI's --browser, or PRESALES_BROWSER. */
export type BrowserPathOrigin = 'setting' | 'flag' | 'env';

/** What an export tells the user when it cannot do its job, in both languages (CLI and VS Code). */
export const exportMessages = {
  hasErrors: (file: string, count: number): Localized =>
    localized(
      `${file} has ${count} error(s); nothing was exported. Fix these first:`,
      `${file} 有 ${count} 个错误，未导出任何文件。请先修正：`,
    ),
  moreErrors: (count: number): Localized => localized(`... and ${count} more`, `……另有 ${count} 个`),
  cannotRead: (file: string, reason: string): Localized =>
    localized(`cannot read ${file}: ${reason}`, `无法读取 ${file}：${reason}`),
  cannotWrite: (file: string, reason: string): Localized =>
    localized(`cannot write ${file}: ${reason}`, `无法写入 ${file}：${reason}`),
  noTabularForm: (doc: string, format: string, kinds: string): Localized =>
    localized(
      `the ${doc} document has no ${format.toUpperCase()} form; use --doc ${kinds}`,
      `${doc} 文档没有 ${format.toUpperCase()} 格式；请使用 --doc ${kinds}`,
    ),
  noBrowserForPdf: (): Localized =>
    localized(
      'PDF export needs Chrome, Edge or Chromium and none was found. Install one, or give its path with --browser, the PRESALES_BROWSER environment variable or the presales.export.browserPath setting. HTML export (--format html) also gives a printable document.',
      'PDF 导出需要 Chrome、Edge 或 Chromium，但未找到。请安装其中之一，或通过 --browser 参数、PRESALES_BROWSER 环境变量或 presales.export.browserPath 设置指定其路径。也可以改用 HTML 导出（--format html），同样可以打印。',
    ),
  noBrowserForDiagrams: (format: string): Localized =>
    localized(
      `${format.toUpperCase()} export draws the diagrams with Chrome, Edge or Chromium and none was found. Install one, or give its path with --browser, PRESALES_BROWSER or the presales.export.browserPath setting; or export without diagrams with --no-diagrams (the document then says so).`,
      `${format.toUpperCase()} 导出需要使用 Chrome、Edge 或 Chromium 绘制图表，但未找到。请安装其中之一，或通过 --browser、PRESALES_BROWSER 或 presales.export.browserPath 设置指定其路径；也可以使用 --no-diagrams 不含图表导出（文档中会注明）。`,
    ),
  /** A browser path that is not an executable file, blamed on the place it came from so the user knows what to fix. */
  badBrowserPath: (p: string, from: BrowserPathOrigin): Localized => {
    switch (from) {
      case 'setting':
        return localized(
          `The browser "${p}" set in presales.export.browserPath does not exist or is not an executable file. Correct the setting, or clear it to use Chrome, Edge or Chromium found automatically.`,
          `presales.export.browserPath 设置中的浏览器“${p}”不存在或不是可执行文件。请更正该设置，或将其清空以自动查找 Chrome、Edge 或 Chromium。`,
        );
      case 'env':
        return localized(
          `The browser "${p}" in the PRESALES_BROWSER environment variable does not exist or is not an executable file. Correct it, or unset it to use Chrome, Edge or Chromium found automatically.`,
          `PRESALES_BROWSER 环境变量中的浏览器“${p}”不存在或不是可执行文件。请更正该变量，或将其删除以自动查找 Chrome、Edge 或 Chromium。`,
        );
      case 'flag':
        return localized(
          `The browser "${p}" given with --browser does not exist or is not an executable file.`,
          `--browser 参数指定的浏览器“${p}”不存在或不是可执行文件。`,
        );
    }
  },
  browserFailed: (reason: string): Localized => localized(`the browser failed: ${reason}`, `浏览器运行失败：${reason}`),
  rendererMissing: (): Localized =>
    localized(
      'the diagram renderer bundle (dist/exportRenderer) is missing; run `npm run build`',
      '缺少图表渲染包（dist/exportRenderer），请先运行 `npm run build`',
    ),
  previewCouldNotDraw: (reason: string): Localized =>
    localized(
      `the preview could not draw the diagrams (${reason}). Open the proposal's preview and try again.`,
      `预览无法绘制图表（${reason}）。请打开该方案的预览后重试。`,
    ),
  printFailed: (browser: string, reason: string): Localized =>
    localized(
      `the browser ${browser} could not print the PDF: ${reason}. Check the presales.export.browserPath setting (or --browser), or export HTML and print it.`,
      `浏览器 ${browser} 无法打印 PDF：${reason}。请检查 presales.export.browserPath 设置（或 --browser 参数），或改为导出 HTML 后打印。`,
    ),
  printTimeout: (browser: string, seconds: number): Localized =>
    localized(
      `the browser ${browser} did not finish printing the PDF within ${seconds} s and was stopped. Close other Chrome/Edge windows that may be hanging, or export HTML and print it.`,
      `浏览器 ${browser} 未能在 ${seconds} 秒内完成 PDF 打印，已被终止。请关闭可能卡住的 Chrome/Edge 窗口，或改为导出 HTML 后打印。`,
    ),
  cancelled: (): Localized => localized('export cancelled', '导出已取消'),
  written: (file: string, size: string): Localized => localized(`wrote ${file} (${size})`, `已写入 ${file}（${size}）`),
  // Word templates (--template, proposal.template, presales.export.template).
  templateMissing: (file: string, from: TemplateOrigin): Localized =>
    localized(
      `the Word template ${file} (${templateOriginEn[from]}) does not exist or cannot be read; nothing was exported`,
      `Word 模板 ${file}（${templateOriginZh[from]}）不存在或无法读取，未导出任何文件`,
    ),
  templateNotWord: (file: string, detail: string): Localized =>
    localized(
      `the template ${file} is not a Word document or template (.docx/.dotx): ${detail}; nothing was exported`,
      `模板 ${file} 不是 Word 文档或模板（.docx/.dotx）：${detail}；未导出任何文件`,
    ),
  templateMacros: (file: string): Localized =>
    localized(
      `the template ${file} is macro-enabled (.docm/.dotm); macros must not travel to a customer. Save it as .docx or .dotx and export again`,
      `模板 ${file} 启用了宏（.docm/.dotm），宏不应随文件发给客户。请将其另存为 .docx 或 .dotx 后重新导出`,
    ),
  templateTooLarge: (file: string, detail: string): Localized =>
    localized(
      `the template ${file} is too large to use (${detail}); nothing was exported`,
      `模板 ${file} 过大，无法使用（${detail}）；未导出任何文件`,
    ),
  templateUsed: (file: string): Localized => localized(`Word template: ${file}`, `Word 模板：${file}`),
  templateStyles: (names: string): Localized =>
    localized(`  its styles used: ${names}`, `  使用了模板中的样式：${names}`),
  templateStylesAdded: (names: string): Localized =>
    localized(`  not in the template, ours added: ${names}`, `  模板中没有、已加入本工具的样式：${names}`),
  templateUnknownPlaceholders: (names: string): Localized =>
    localized(
      `  placeholders left as written (no such field): ${names}; known: {{title}}, {{subtitle}}, {{customer}}, {{version}}, {{date}}, {{author}}, {{kind}}, {{confidentiality}}, {{body}}`,
      `  以下占位符无对应字段，保持原样：${names}；可用：{{title}}、{{subtitle}}、{{customer}}、{{version}}、{{date}}、{{author}}、{{kind}}、{{confidentiality}}、{{body}}`,
    ),
  templateNoBodyMarker: (): Localized =>
    localized(
      '  the template has no {{body}} marker: the content follows its last page',
      '  模板中没有 {{body}} 标记：正文接在模板最后一页之后',
    ),
  diagramCacheProblem: (detail: string): Localized =>
    localized(
      `warning: the diagram cache is not used (${detail}); diagrams are drawn afresh. Point --diagram-cache at a writable folder, or turn it off with --no-diagram-cache.`,
      `警告：图表缓存不可用（${detail}），将重新绘制图表。请用 --diagram-cache 指定可写的文件夹，或用 --no-diagram-cache 关闭缓存。`,
    ),
};

/** Where the template path came from: the command line, the proposal's `proposal.template`, or the setting. */
export type TemplateOrigin = 'flag' | 'file' | 'setting';
const templateOriginEn: Record<TemplateOrigin, string> = {
  flag: 'given with --template',
  file: 'named by proposal.template',
  setting: 'set in presales.export.template',
};
const templateOriginZh: Record<TemplateOrigin, string> = {
  flag: '由 --template 指定',
  file: '由 proposal.template 指定',
  setting: '由 presales.export.template 设置指定',
};
