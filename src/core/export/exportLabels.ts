import type { Language } from '../model';
import type { Localized } from '../messages/localize';
import { LABELS as SHARED_LABELS, type LabelKey as SharedLabelKey } from '../render/labels';

/**
 * The words only the exported documents and the pitch deck use: cover, page footer, document titles, and the headings
 * and columns whose place in a printed document differs from the preview's (a chapter "Implementation
 * plan" holding a "Timeline", a numeric "Days" column where the preview prints "3 d"). Every word the
 * preview also shows comes from `render/labels.ts` under its bare key (`id`, `requirements`,
 * `riskRegister`), so the screen and the paper cannot drift apart; the keys here all carry a prefix
 * (`doc.`, `cover.`, `sec.`, `col.`, `misc.`) or are words the preview has no use for, so a key names
 * one table only. Before adding a word here, look for it in `render/labels.ts`.
 */
const EXPORT_LABELS = {
  // document kinds (titles on the cover)
  'doc.proposal': { en: 'Solution Proposal', 'zh-CN': '解决方案建议书' },
  'doc.requirements': { en: 'Requirements Specification', 'zh-CN': '需求规格说明书' },
  'doc.plan': { en: 'Project Plan', 'zh-CN': '项目计划' },
  'doc.risks': { en: 'Risk Register', 'zh-CN': '风险登记册' },
  'doc.demo': { en: 'Demo Script', 'zh-CN': '演示脚本' },
  'doc.compliance': { en: 'Compliance Matrix', 'zh-CN': '技术偏离表' },
  'doc.deck': { en: 'Pitch Deck', 'zh-CN': '方案演示文稿' },
  // cover: a formal title page names who the document is for and by
  'cover.customer': { en: 'Prepared for', 'zh-CN': '客户' },
  'cover.version': { en: 'Version', 'zh-CN': '版本' },
  'cover.authors': { en: 'Prepared by', 'zh-CN': '编制' },
  'cover.confidentiality': { en: 'Confidentiality', 'zh-CN': '密级' },
  'cover.defaultConfidentiality': {
    en: 'Confidential: prepared for the named customer only',
    'zh-CN': '机密：仅供上述客户使用',
  },
  contents: { en: 'Contents', 'zh-CN': '目录' },
  page: { en: 'Page', 'zh-CN': '第' },
  pageOf: { en: 'of', 'zh-CN': '页，共' },
  pageSuffix: { en: '', 'zh-CN': '页' },
  noDiagrams: {
    en: 'Diagrams were left out of this export (exported with --no-diagrams).',
    'zh-CN': '本次导出未包含图表（使用了 --no-diagrams 选项）。',
  },
  none: { en: 'None.', 'zh-CN': '无。' },
  // a big diagram printed in parts, each legible (figureParts.ts)
  figurePart: { en: '{caption} (part {part} of {parts})', 'zh-CN': '{caption}（第 {part}/{parts} 部分）' },
  // chapters and sub-headings of the printed documents
  'sec.context': { en: 'Customer and context', 'zh-CN': '客户与背景' },
  'sec.contacts': { en: 'Contacts', 'zh-CN': '联系人' },
  'sec.solution': { en: 'Solution', 'zh-CN': '解决方案' },
  'sec.overview': { en: 'Overview', 'zh-CN': '概述' },
  'sec.architecture': { en: 'Architecture', 'zh-CN': '系统架构' },
  'sec.valuePropositions': { en: 'Why this solution', 'zh-CN': '方案优势' },
  'sec.plan': { en: 'Implementation plan', 'zh-CN': '实施计划' },
  'sec.timeline': { en: 'Timeline', 'zh-CN': '时间表' },
  'sec.phases': { en: 'Phases and tasks', 'zh-CN': '阶段与任务' },
  'sec.teamLoad': { en: 'Team load', 'zh-CN': '人员负荷' },
  'sec.budget': { en: 'Budget summary', 'zh-CN': '预算汇总' },
  'sec.support': { en: 'Support and training', 'zh-CN': '支持与培训' },
  'sec.sla': { en: 'Service levels', 'zh-CN': '服务级别' },
  'sec.warranty': { en: 'Warranty', 'zh-CN': '质保' },
  'sec.signOff': { en: 'Sign-off', 'zh-CN': '签字确认' },
  'sec.demoOverview': { en: 'Demo overview', 'zh-CN': '演示概况' },
  'sec.scenarios': { en: 'Scenarios', 'zh-CN': '演示场景' },
  // table columns; `col.requirements` differs from the preview, whose one key serves the heading "需求"
  // and the column, while a printed column of ids reads as related requirements
  'col.requirements': { en: 'Requirements', 'zh-CN': '关联需求' },
  'col.contact': { en: 'Contact', 'zh-CN': '联系方式' },
  'col.phase': { en: 'Phase', 'zh-CN': '阶段' },
  'col.task': { en: 'Task', 'zh-CN': '任务' },
  'col.duration': { en: 'Days', 'zh-CN': '工期（天）' },
  'col.effort': { en: 'Effort (person-days)', 'zh-CN': '工作量（人天）' },
  'col.deliverables': { en: 'Deliverables', 'zh-CN': '交付物' },
  'col.dependsOn': { en: 'Depends on', 'zh-CN': '前置任务' },
  'col.critical': { en: 'Critical', 'zh-CN': '关键' },
  'col.peakLoad': { en: 'Peak weekly load', 'zh-CN': '周峰值负荷' },
  'col.overloadedWeeks': { en: 'Weeks over allocation', 'zh-CN': '超负荷周数' },
  'col.related': { en: 'Related', 'zh-CN': '关联项' },
  'col.answer': { en: 'Answer', 'zh-CN': '答复' },
  // support hours are a service window ("9x5"), not the length of a training
  'col.supportHours': { en: 'Hours', 'zh-CN': '服务时间' },
  // paper shows the number, so the scale is in the heading (the preview draws stars)
  'col.rating': { en: 'Rating (1-5)', 'zh-CN': '评分（1-5）' },
  'col.minutes': { en: 'Minutes', 'zh-CN': '时长（分钟）' },
  'col.party': { en: 'Party', 'zh-CN': '签署方' },
  'col.signature': { en: 'Signature', 'zh-CN': '签字' },
  // sentences
  'misc.yes': { en: 'Yes', 'zh-CN': '是' },
  'misc.planWindow': { en: 'The plan runs from {start} to {end}.', 'zh-CN': '项目计划自 {start} 至 {end}。' },
  'misc.criticalPathIntro': {
    en: 'These tasks have no float: a delay in any of them moves the end date.',
    'zh-CN': '以下任务没有浮动时间：任何一项延误都会推迟项目结束日期。',
  },
  'misc.matrixAxes': {
    en: 'Rows: likelihood (5 = almost certain). Columns: impact (5 = severe).',
    'zh-CN': '行：可能性（5 = 几乎确定）；列：影响（5 = 严重）。',
  },
  'misc.signOffIntro': {
    en: 'By signing, both parties confirm that the requirements above are complete and correct.',
    'zh-CN': '双方签字即确认上述需求完整、准确。',
  },
  'misc.customerSide': { en: 'Customer', 'zh-CN': '客户方' },
  'misc.supplierSide': { en: 'Supplier', 'zh-CN': '供应方' },
  'misc.warrantyMonths': { en: '{months} months', 'zh-CN': '{months} 个月' },
  'misc.demoFacts': {
    en: 'Date: {date} · Audience: {audience} · Duration: {duration} min · Environment: {environment}',
    'zh-CN': '日期：{date} · 对象：{audience} · 时长：{duration} 分钟 · 环境：{environment}',
  },
  'misc.architectureCaption': { en: 'Figure: solution architecture', 'zh-CN': '图：解决方案架构' },
  'misc.viewCaption': { en: 'Figure: {0}', 'zh-CN': '图：{0}' },
  'misc.timelineCaption': { en: 'Figure: project timeline', 'zh-CN': '图：项目时间表' },
  // the pitch deck: slide titles (`slide.`) and its fixed phrases (`deck.`); its other words are the shared ones
  'slide.situation': { en: 'Customer situation and goals', 'zh-CN': '客户现状与目标' },
  'slide.coverage': { en: 'Requirements coverage', 'zh-CN': '需求覆盖情况' },
  'slide.architecturePicture': { en: 'Solution architecture (diagram)', 'zh-CN': '解决方案架构（图）' },
  'slide.team': { en: 'Project team', 'zh-CN': '项目团队' },
  'slide.commercial': { en: 'Commercial summary', 'zh-CN': '商务报价汇总' },
  'slide.risks': { en: 'Top risks and mitigations', 'zh-CN': '主要风险与应对措施' },
  'slide.demo': { en: 'Demo agenda', 'zh-CN': '演示议程' },
  'slide.scenario': { en: 'Demo: {title}', 'zh-CN': '演示：{title}' },
  'slide.nextSteps': { en: 'Next steps', 'zh-CN': '下一步工作' },
  'deck.continued': { en: '{title} (cont.)', 'zh-CN': '{title}（续）' },
  'deck.situation': { en: 'Situation', 'zh-CN': '现状' },
  'deck.goals': { en: 'Goals', 'zh-CN': '目标' },
  'deck.goalLine': { en: '{metric}: {baseline} → {target}', 'zh-CN': '{metric}：{baseline} → {target}' },
  'deck.goalBy': { en: 'by {date}', 'zh-CN': '{date} 前' },
  'deck.mustMet': {
    en: '{met} of {total} must-have requirements are met by the solution.',
    'zh-CN': '{total} 项必须满足的需求中，方案已满足 {met} 项。',
  },
  'deck.coverageArea': { en: 'Area', 'zh-CN': '类别' },
  'deck.coverageMust': { en: 'Must-haves met', 'zh-CN': '必须项已满足' },
  'deck.coverageShould': { en: 'Should', 'zh-CN': '应该满足' },
  'deck.coverageCould': { en: 'Could', 'zh-CN': '可以满足' },
  'deck.coverageAll': { en: 'All requirements', 'zh-CN': '需求总数' },
  'deck.name': { en: 'Name', 'zh-CN': '姓名' },
  'deck.amount': { en: 'Amount ({currency})', 'zh-CN': '金额（{currency}）' },
  'deck.risk': { en: 'Risk', 'zh-CN': '风险' },
  'deck.mitigation': { en: 'Mitigation', 'zh-CN': '应对措施' },
  'deck.presenter': { en: 'Presenter: {name}', 'zh-CN': '演示人：{name}' },
  'deck.highlight': { en: 'Highlight: {text}', 'zh-CN': '亮点：{text}' },
  'deck.scenarioPoints': { en: 'What you will see', 'zh-CN': '演示要点' },
  'deck.requirementsShown': { en: 'Requirements shown', 'zh-CN': '对应需求' },
  'deck.script': { en: 'Script:', 'zh-CN': '演示步骤：' },
  'deck.nextKickoff': { en: 'Kick-off on {date}', 'zh-CN': '{date} 项目启动' },
  'deck.nextMilestone': { en: '{name}: {date}', 'zh-CN': '{name}：{date}' },
  'deck.nextDemo': { en: 'Demo on {date}', 'zh-CN': '{date} 方案演示' },
  'deck.nextQuestions': { en: 'Answer the open questions', 'zh-CN': '确认待定问题' },
  'deck.nextSignOff': { en: 'Confirm scope and sign off the proposal', 'zh-CN': '确认范围并签署方案' },
  'deck.connection': { en: '{from} → {to}: {label}', 'zh-CN': '{from} → {to}：{label}' },
  'deck.pictureSkipped': {
    en: 'The architecture picture slide was left out: no browser was available to draw the Mermaid diagram.',
    'zh-CN': '未包含架构图片页：没有可用的浏览器来绘制 Mermaid 图。',
  },
  'deck.pictureFailed': {
    en: 'The architecture picture slide was left out: Mermaid could not draw the diagram ({reason}).',
    'zh-CN': '未包含架构图片页：Mermaid 无法绘制该图（{reason}）。',
  },
} as const satisfies Record<string, Localized>;

export type ExportOnlyLabelKey = keyof typeof EXPORT_LABELS;
export type LabelKey = ExportOnlyLabelKey | SharedLabelKey;

/** The export-only table, for the test that keeps it free of words the shared table already has. */
export const EXPORT_ONLY_LABELS: Readonly<Record<ExportOnlyLabelKey, Localized>> = EXPORT_LABELS;

function isExportOnly(key: LabelKey): key is ExportOnlyLabelKey {
  return Object.prototype.hasOwnProperty.call(EXPORT_LABELS, key);
}

/**
 * The label in the document's language, with placeholders filled: `{name}` in the export's own
 * sentences, `{0}` in the shared words (`label('contingency', lang, { 0: 10 })`).
 */
export function label(key: LabelKey, lang: Language, values?: Record<string, string | number>): string {
  const words: Localized = isExportOnly(key) ? EXPORT_LABELS[key] : SHARED_LABELS[key];
  let text = lang === 'zh-CN' ? words['zh-CN'] : words.en;
  if (values) for (const [k, v] of Object.entries(values)) text = text.split(`{${k}}`).join(String(v));
  return text;
}

/** Enumerated values (priority, risk status...) as words: the preview's table, so both read alike. */
export { enumLabel as valueLabel } from '../render/enumLabels';
