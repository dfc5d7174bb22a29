import type { Localized } from '../messages/localize';

/** What the answer write-back tells the user, in both languages. */
export const answerMessages = {
  noRfp: {
    en: 'The proposal has no `rfp` section: import the customer\'s RFP first ("presales import"), so it knows which file, sheet and columns the answers go to.',
    'zh-CN':
      '方案中没有 `rfp` 部分：请先导入客户的招标文件（"presales import"），以便知道应答写入哪个文件、工作表和列。',
  },
  noAnswerColumns: {
    en: 'The `rfp.columns` name neither a compliance nor a response column, so there is nowhere to write the answers; set `rfp.columns.compliance` and/or `rfp.columns.response` (e.g. "D").',
    'zh-CN':
      '`rfp.columns` 既没有指定偏离情况列也没有指定响应列，应答无处可写；请设置 `rfp.columns.compliance` 和/或 `rfp.columns.response`（例如 "D"）。',
  },
  badColumn: (role: string, value: string): Localized => ({
    en: `\`rfp.columns.${role}\` is "${value}", which is not a column (a letter such as "D" for a workbook, a cell number such as 4 for a Word table).`,
    'zh-CN': `\`rfp.columns.${role}\` 为“${value}”，不是有效的列（工作簿用字母，如 "D"；Word 表格用单元格序号，如 4）。`,
  }),
  noSheet: (sheet: string): Localized => ({
    en: `The workbook has no sheet "${sheet}" (rfp.sheet).`,
    'zh-CN': `工作簿中没有名为“${sheet}”的工作表（rfp.sheet）。`,
  }),
  brokenWorkbook: (detail: string): Localized => ({
    en: `The workbook could not be read: ${detail}. Open it in Excel and save it again as .xlsx.`,
    'zh-CN': `无法读取工作簿：${detail}。请在 Excel 中打开并重新另存为 .xlsx。`,
  }),
  brokenDocument: (detail: string): Localized => ({
    en: `The Word document could not be read: ${detail}. Open it in Word and save it again as .docx.`,
    'zh-CN': `无法读取 Word 文档：${detail}。请在 Word 中打开并重新另存为 .docx。`,
  }),
  unsupportedKind: (kind: string): Localized => ({
    en: `Answers can be written into an .xlsx workbook or a .docx table, not into "${kind}". For a CSV RFP, export the compliance matrix instead ("presales export --doc compliance --format csv").`,
    'zh-CN': `应答只能写入 .xlsx 工作簿或 .docx 表格，不能写入“${kind}”。CSV 格式的招标文件请改为导出技术偏离表（"presales export --doc compliance --format csv"）。`,
  }),
  outsideList: (cell: string, value: string, list: readonly string[]): Localized => ({
    en: `${cell}: the customer's list (${list.join(', ')}) has no word for this answer; wrote "${value}".`,
    'zh-CN': `${cell}：客户的下拉列表（${list.join('、')}）中没有对应此应答的选项；已写入“${value}”。`,
  }),
  missingRow: (id: string, where: string): Localized => ({
    en: `Requirement ${id}: ${where} does not exist in the customer's file; its answer was not written.`,
    'zh-CN': `需求 ${id}：客户文件中不存在 ${where}，其应答未写入。`,
  }),
  truncated: (cell: string): Localized => ({
    en: `${cell}: the response is longer than a cell can hold (32,767 characters) and was cut.`,
    'zh-CN': `${cell}：响应超过单元格上限（32,767 个字符），已被截断。`,
  }),
  internalSkipped: (id: string): Localized => ({
    en: `Requirement ${id} is internal: its answer was not written into the customer's file.`,
    'zh-CN': `需求 ${id} 为内部内容：其应答未写入客户文件。`,
  }),
} as const;
