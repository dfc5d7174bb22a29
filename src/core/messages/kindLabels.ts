import type { IdKind } from '../entities';
import type { Localized } from './localize';

/**
 * What an item with an id is called, in both languages: one table for the checker's messages and the
 * editor's completion details, hover and quick-fix titles (a new kind in `../entities.ts` fails to
 * compile until it is named here).
 */
export const KIND_LABELS: Record<IdKind, Localized> = {
  requirement: { en: 'requirement', 'zh-CN': '需求' },
  goal: { en: 'goal', 'zh-CN': '目标' },
  zone: { en: 'zone', 'zh-CN': '区域' },
  component: { en: 'component', 'zh-CN': '组件' },
  technology: { en: 'technology choice', 'zh-CN': '技术选型' },
  phase: { en: 'phase', 'zh-CN': '阶段' },
  task: { en: 'task', 'zh-CN': '任务' },
  member: { en: 'team member', 'zh-CN': '团队成员' },
  resource: { en: 'resource', 'zh-CN': '资源' },
  budgetLine: { en: 'budget line', 'zh-CN': '预算项' },
  risk: { en: 'risk', 'zh-CN': '风险' },
  communication: { en: 'communication item', 'zh-CN': '沟通事项' },
  question: { en: 'open question', 'zh-CN': '待澄清问题' },
  training: { en: 'training item', 'zh-CN': '培训项' },
  scenario: { en: 'demo scenario', 'zh-CN': '演示场景' },
  valueProposition: { en: 'value proposition', 'zh-CN': '价值主张' },
  improvement: { en: 'improvement', 'zh-CN': '改进项' },
  view: { en: 'view', 'zh-CN': '视图' },
  environment: { en: 'environment', 'zh-CN': '环境' },
  node: { en: 'deployment node', 'zh-CN': '部署节点' },
};
