import type { Language } from '../model';
import type { Localized } from '../messages/localize';

/** The deck's own words (slide titles and fixed phrases), in both languages; `{name}` placeholders. */
const DECK_LABELS = {
  'slide.situation': { en: 'Customer situation and goals', 'zh-CN': '客户现状与目标' },
  'slide.coverage': { en: 'Requirements coverage', 'zh-CN': '需求覆盖情况' },
  'slide.architecture': { en: 'Solution architecture', 'zh-CN': '解决方案架构' },
  'slide.architecturePicture': { en: 'Solution architecture (diagram)', 'zh-CN': '解决方案架构（图）' },
  'slide.timeline': { en: 'Implementation timeline', 'zh-CN': '实施计划' },
  'slide.team': { en: 'Project team', 'zh-CN': '项目团队' },
  'slide.commercial': { en: 'Commercial summary', 'zh-CN': '商务报价汇总' },
  'slide.risks': { en: 'Top risks and mitigations', 'zh-CN': '主要风险与应对措施' },
  'slide.demo': { en: 'Demo agenda', 'zh-CN': '演示议程' },
  'slide.scenario': { en: 'Demo: {title}', 'zh-CN': '演示：{title}' },
  'slide.nextSteps': { en: 'Next steps', 'zh-CN': '下一步工作' },
  continued: { en: '{title} (cont.)', 'zh-CN': '{title}（续）' },
  situation: { en: 'Situation', 'zh-CN': '现状' },
  goals: { en: 'Goals', 'zh-CN': '目标' },
  goalLine: { en: '{metric}: {baseline} → {target}', 'zh-CN': '{metric}：{baseline} → {target}' },
  goalBy: { en: 'by {date}', 'zh-CN': '{date} 前' },
  mustMet: {
    en: '{met} of {total} must-have requirements are met by the solution.',
    'zh-CN': '{total} 项必须满足的需求中，方案已满足 {met} 项。',
  },
  coverageArea: { en: 'Area', 'zh-CN': '类别' },
  coverageMust: { en: 'Must-haves met', 'zh-CN': '必须项已满足' },
  coverageShould: { en: 'Should', 'zh-CN': '应该满足' },
  coverageCould: { en: 'Could', 'zh-CN': '可以满足' },
  coverageAll: { en: 'All requirements', 'zh-CN': '需求总数' },
  coverageTotal: { en: 'Total', 'zh-CN': '合计' },
  name: { en: 'Name', 'zh-CN': '姓名' },
  role: { en: 'Role', 'zh-CN': '角色' },
  organisation: { en: 'Organisation', 'zh-CN': '所属' },
  skills: { en: 'Skills', 'zh-CN': '技能' },
  category: { en: 'Item', 'zh-CN': '项目' },
  amount: { en: 'Amount ({currency})', 'zh-CN': '金额（{currency}）' },
  subtotal: { en: 'Subtotal', 'zh-CN': '小计' },
  contingency: { en: 'Contingency ({percent}%)', 'zh-CN': '不可预见费（{percent}%）' },
  total: { en: 'Total', 'zh-CN': '合计' },
  risk: { en: 'Risk', 'zh-CN': '风险' },
  score: { en: 'Score', 'zh-CN': '分值' },
  mitigation: { en: 'Mitigation', 'zh-CN': '应对措施' },
  scenarios: { en: 'Scenarios', 'zh-CN': '演示场景' },
  agenda: { en: 'Agenda', 'zh-CN': '议程' },
  minutes: { en: '{minutes} min', 'zh-CN': '{minutes} 分钟' },
  presenter: { en: 'Presenter: {name}', 'zh-CN': '演示人：{name}' },
  shows: { en: 'Shows: {ids}', 'zh-CN': '对应需求：{ids}' },
  highlight: { en: 'Highlight: {text}', 'zh-CN': '亮点：{text}' },
  scenarioPoints: { en: 'What you will see', 'zh-CN': '演示要点' },
  requirementsShown: { en: 'Requirements shown', 'zh-CN': '对应需求' },
  milestones: { en: 'Milestones', 'zh-CN': '里程碑' },
  script: { en: 'Script:', 'zh-CN': '演示步骤：' },
  demoFacts: { en: '{date} · {audience} · {environment}', 'zh-CN': '{date} · {audience} · {environment}' },
  nextKickoff: { en: 'Kick-off on {date}', 'zh-CN': '{date} 项目启动' },
  nextMilestone: { en: '{name}: {date}', 'zh-CN': '{name}：{date}' },
  nextDemo: { en: 'Demo on {date}', 'zh-CN': '{date} 方案演示' },
  nextQuestions: { en: 'Answer the open questions', 'zh-CN': '确认待定问题' },
  nextSignOff: { en: 'Confirm scope and sign off the proposal', 'zh-CN': '确认范围并签署方案' },
  noContent: { en: 'Nothing stated yet.', 'zh-CN': '暂无内容。' },
  connection: { en: '{from} → {to}: {label}', 'zh-CN': '{from} → {to}：{label}' },
  componentCount: { en: '{count} components', 'zh-CN': '{count} 个组件' },
  unnamed: { en: '(unnamed)', 'zh-CN': '（未命名）' },
  pictureSkipped: {
    en: 'The architecture picture slide was left out: no browser was available to draw the Mermaid diagram.',
    'zh-CN': '未包含架构图片页：没有可用的浏览器来绘制 Mermaid 图。',
  },
  pictureFailed: {
    en: 'The architecture picture slide was left out: Mermaid could not draw the diagram ({reason}).',
    'zh-CN': '未包含架构图片页：Mermaid 无法绘制该图（{reason}）。',
  },
} as const satisfies Record<string, Localized>;

export type DeckLabelKey = keyof typeof DECK_LABELS;

export const DECK_LABEL_TABLE: Readonly<Record<DeckLabelKey, Localized>> = DECK_LABELS;

export function deckLabel(key: DeckLabelKey, lang: Language, values?: Record<string, string | number>): string {
  let text: string = lang === 'zh-CN' ? DECK_LABELS[key]['zh-CN'] : DECK_LABELS[key].en;
  if (values) for (const [k, v] of Object.entries(values)) text = text.split(`{${k}}`).join(String(v));
  return text;
}
