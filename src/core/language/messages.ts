import type { Localized } from '../messages/localize';

export { KIND_LABELS } from '../messages/kindLabels';

/** Every string the language features show, in both languages. */
export const MSG = {
  placeholder: { en: 'TODO', 'zh-CN': '待补充' },
  renameNotAnId: { en: 'Only ids can be renamed.', 'zh-CN': '只能重命名 id。' },
  renameBadPattern: {
    en: 'An id starts with a letter and holds only letters, digits, "_", "." and "-".',
    'zh-CN': 'id 必须以字母开头，只能包含字母、数字、“_”、“.”和“-”。',
  },
  renameTaken: { en: 'The id "{0}" is already used.', 'zh-CN': 'id “{0}” 已被使用。' },
  fixCreateEntity: { en: 'Create {0} "{1}"', 'zh-CN': '创建{0}“{1}”' },
  fixUseSuggestion: { en: 'Change to "{0}"', 'zh-CN': '改为“{0}”' },
  fixAddFields: { en: 'Add {0}', 'zh-CN': '补充 {0}' },
  fixAddProperty: { en: 'Add property "{0}"', 'zh-CN': '添加属性“{0}”' },
  fixRiskResponse: {
    en: 'Add prevention, contingency and owner to risk "{0}"',
    'zh-CN': '为风险“{0}”补充预防措施、应急方案和负责人',
  },
  fixRenumber: { en: 'Renumber duplicate id "{0}" to "{1}"', 'zh-CN': '将重复的 id“{0}”改为“{1}”' },
  lensScore: { en: 'score {0} · {1}', 'zh-CN': '评分 {0} · {1}' },
  levelLow: { en: 'low', 'zh-CN': '低' },
  levelMedium: { en: 'medium', 'zh-CN': '中' },
  levelHigh: { en: 'high', 'zh-CN': '高' },
  lensComponents: { en: '{0} component|{0} components', 'zh-CN': '{0} 个组件' },
  lensTasks: { en: '{0} task|{0} tasks', 'zh-CN': '{0} 个任务' },
  lensDemos: { en: '{0} demo|{0} demos', 'zh-CN': '{0} 个演示' },
  hoverPriority: { en: 'priority', 'zh-CN': '优先级' },
  hoverType: { en: 'type', 'zh-CN': '类型' },
  hoverStart: { en: 'start', 'zh-CN': '开始' },
  hoverEnd: { en: 'end', 'zh-CN': '结束' },
  hoverDuration: { en: '{0} working days', 'zh-CN': '{0} 个工作日' },
  hoverMilestone: { en: 'milestone', 'zh-CN': '里程碑' },
  hoverCritical: { en: 'on the critical path', 'zh-CN': '位于关键路径上' },
  hoverNotScheduled: { en: 'not scheduled yet (no plan start date?)', 'zh-CN': '尚未排期（缺少计划开始日期？）' },
  hoverOwner: { en: 'owner', 'zh-CN': '负责人' },
  hoverScore: { en: 'likelihood {0} × impact {1} = {2} ({3})', 'zh-CN': '可能性 {0} × 影响 {1} = {2}（{3}）' },
  hoverRole: { en: 'role', 'zh-CN': '角色' },
  hoverAllocation: { en: 'allocation', 'zh-CN': '投入比例' },
  hoverDayRate: { en: 'day rate', 'zh-CN': '人天单价' },
  hoverKind: { en: 'kind', 'zh-CN': '类别' },
  hoverTechnology: { en: 'technology', 'zh-CN': '技术' },
  hoverZone: { en: 'zone', 'zh-CN': '区域' },
  hoverUndefined: { en: '"{0}" is not defined in this file.', 'zh-CN': '本文件中未定义“{0}”。' },
  hoverDefinedAt: { en: 'line {0}', 'zh-CN': '第 {0} 行' },
  symbolConnection: { en: '{0} → {1}', 'zh-CN': '{0} → {1}' },
} satisfies Record<string, Localized>;

/** `{0}` style arguments; `a|b` picks singular or plural by the first numeric argument (English only). */
export function format(template: string, ...args: ReadonlyArray<string | number>): string {
  let chosen = template;
  if (template.includes('|')) {
    const [one, many] = template.split('|');
    chosen = args[0] === 1 ? (one ?? template) : (many ?? template);
  }
  return chosen.replace(/\{(\d+)\}/g, (whole, n: string) => {
    const v = args[Number(n)];
    return v === undefined ? whole : String(v);
  });
}
