import type { IdKind, ReferenceTarget } from '../idIndex';
import { KIND_LABELS } from './kindLabels';
import type { Localized } from './localize';

/**
 * Every message the domain rules (and the syntax stage of check.ts) show, in English and Simplified
 * Chinese. Ids and dates are quoted verbatim; numbers are formatted by the caller.
 */

/** The editor's labels, except where the checker's sentences have always said it differently. */
const kindNames: Record<IdKind | 'any', Localized> = {
  ...KIND_LABELS,
  resource: { en: 'technical resource', 'zh-CN': '技术资源' },
  question: { en: 'question', 'zh-CN': '问题' },
  any: { en: 'item', 'zh-CN': '条目' },
};

/** "a, b and c" / "a、b和c": the last two joined by the word, the rest by the list separator. */
function joinList(items: readonly string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1] ?? ''}`;
}

const q = (s: string): string => `'${s}'`;
const zq = (s: string): string => `“${s}”`;

function didYouMean(suggestion: string | undefined): Localized {
  return suggestion === undefined
    ? { en: '', 'zh-CN': '' }
    : { en: ` Did you mean ${q(suggestion)}?`, 'zh-CN': `是否应为 ${zq(suggestion)}？` };
}

export const ruleMessages = {
  viewTagUnused: (tag: string): Localized => ({
    en: `No component carries the tag ${q(tag)}, so this filter keeps nothing.`,
    'zh-CN': `没有组件带有标签 ${zq(tag)}，该条件不会选中任何组件。`,
  }),
  emptyView: (view: string): Localized => ({
    en: `The view ${q(view)} shows no component.`,
    'zh-CN': `视图 ${zq(view)} 不包含任何组件。`,
  }),
  emptyDeploymentView: (view: string, environment: string): Localized => ({
    en: `The view ${q(view)} shows nothing: no component is deployed in the environment ${q(environment)}.`,
    'zh-CN': `视图 ${zq(view)} 没有内容：环境 ${zq(environment)} 中没有部署任何组件。`,
  }),
  notDeployedInProduction: (component: string, environments: string): Localized => ({
    en: `The component ${q(component)} is deployed on no node of the production environment ${environments}.`,
    'zh-CN': `组件 ${zq(component)} 没有部署在生产环境 ${environments} 的任何节点上。`,
  }),
  nodeParentCycle: (cycle: readonly string[]): Localized => ({
    en: `The nodes ${cycle.map(q).join(' → ')} are each other's parents in a circle.`,
    'zh-CN': `节点 ${cycle.map(zq).join(' → ')} 互为父节点，形成了环。`,
  }),
  deploymentViewWithoutEnvironment: (view: string): Localized => ({
    en: `The deployment view ${q(view)} names no environment, so it draws nothing.`,
    'zh-CN': `部署视图 ${zq(view)} 没有指定环境，因此不会绘制任何内容。`,
  }),
  environmentIgnored: (view: string): Localized => ({
    en: `The view ${q(view)} is not a deployment view: its environment is ignored.`,
    'zh-CN': `视图 ${zq(view)} 不是部署视图：其环境会被忽略。`,
  }),
  hiddenCharacters: (names: string): Localized => ({
    en: `Hidden characters ${names} change how this text reads (bidirectional or zero-width); the outputs show them as written here.`,
    'zh-CN': `隐藏字符 ${names} 会改变这段文本的显示（双向控制或零宽字符）；输出中会按此处的写法显示它们。`,
  }),
  controlCharacters: (names: string): Localized => ({
    en: `Control characters ${names} show as boxes or nothing in documents; the exports leave them out.`,
    'zh-CN': `控制字符 ${names} 在文档中显示为方框或不显示；导出时会被去掉。`,
  }),
  syntaxError: (detail: Localized): Localized => ({
    en: `YAML syntax error: ${detail.en}`,
    'zh-CN': `YAML 语法错误：${detail['zh-CN']}`,
  }),
  secondDocument: (): Localized => ({
    en: 'A second YAML document starts here; a proposal file holds one document, so everything from here on is ignored.',
    'zh-CN': '这里开始了第二个 YAML 文档；一个方案文件只能有一个文档，从这里开始的内容都会被忽略。',
  }),
  valueNotBuilt: (detail: string): Localized => ({
    en: `The YAML value could not be built (${detail}); aliases probably expand to too many nodes. Replace the aliases by plain values.`,
    // The yaml library's detail is English only; the Chinese sentence says the same without it.
    'zh-CN': '无法构建 YAML 的值：很可能是别名展开后节点过多。请把别名替换为普通值。',
  }),
  internalError: (stage: string, detail: string): Localized => ({
    en: `Internal error in the checker (${stage}): ${detail}. Other diagnostics are still valid; please report this.`,
    'zh-CN': `检查器内部出错（${stage}）：${detail}。其他诊断仍然有效，请报告此问题。`,
  }),

  duplicateId: (id: string, kind: IdKind, firstLine: number): Localized => ({
    en: `Duplicate ${kindNames[kind].en} id ${q(id)}: it is already used on line ${firstLine}.`,
    'zh-CN': `${kindNames[kind]['zh-CN']} id ${zq(id)} 重复：第 ${firstLine} 行已经使用了它。`,
  }),
  idReusedAcrossKinds: (id: string, kind: IdKind, otherKind: IdKind, otherLine: number): Localized => ({
    en: `The ${kindNames[kind].en} id ${q(id)} is also the id of a ${kindNames[otherKind].en} (line ${otherLine}); references in \`related\` become ambiguous.`,
    'zh-CN': `${kindNames[kind]['zh-CN']} id ${zq(id)} 同时也是第 ${otherLine} 行某个${kindNames[otherKind]['zh-CN']}的 id；\`related\` 中的引用会产生歧义。`,
  }),
  unknownReference: (id: string, expected: ReferenceTarget, suggestion: string | undefined): Localized => {
    const k = kindNames[expected];
    const hint = didYouMean(suggestion);
    return expected === 'any'
      ? { en: `No item has the id ${q(id)}.${hint.en}`, 'zh-CN': `没有任何条目的 id 是 ${zq(id)}。${hint['zh-CN']}` }
      : {
          en: `Unknown ${k.en} ${q(id)}: no ${k.en} has this id.${hint.en}`,
          'zh-CN': `未知的${k['zh-CN']} ${zq(id)}：没有${k['zh-CN']}使用这个 id。${hint['zh-CN']}`,
        };
  },
  wrongKindReference: (
    id: string,
    expected: ReferenceTarget,
    actual: IdKind,
    suggestion: string | undefined,
  ): Localized => {
    const hint = didYouMean(suggestion);
    return {
      en: `${q(id)} is a ${kindNames[actual].en}, not a ${kindNames[expected].en}.${hint.en}`,
      'zh-CN': `${zq(id)} 是${kindNames[actual]['zh-CN']}，不是${kindNames[expected]['zh-CN']}。${hint['zh-CN']}`,
    };
  },
  notOnTeam: (id: string, field: string, suggestion: string | undefined): Localized => {
    const hint = didYouMean(suggestion);
    return {
      en: `${q(id)} (${field}) is not on the team: no member of \`team\` has this id.${hint.en}`,
      'zh-CN': `${zq(id)}（${field}）不在团队中：\`team\` 里没有成员使用这个 id。${hint['zh-CN']}`,
    };
  },
  dependencyCycle: (cycle: readonly string[]): Localized => ({
    en: `Dependency cycle: ${cycle.join(' → ')}. None of these tasks can start; remove one of the dependencies.`,
    'zh-CN': `依赖形成环：${cycle.join(' → ')}。这些任务都无法开始，请删除其中一个依赖。`,
  }),
  startBeforeDependency: (task: string, start: string, dependency: string, earliest: string): Localized => ({
    en: `Task ${q(task)} is pinned to start on ${start}, before its dependency ${q(dependency)} allows; the earliest possible start is ${earliest}.`,
    'zh-CN': `任务 ${zq(task)} 固定在 ${start} 开始，早于其依赖 ${zq(dependency)} 允许的时间；最早可在 ${earliest} 开始。`,
  }),
  planAfterDeadline: (goal: string, deadline: string, planEnd: string): Localized => ({
    en: `The plan ends on ${planEnd}, after the deadline ${deadline} of goal ${q(goal)}.`,
    'zh-CN': `计划在 ${planEnd} 结束，晚于目标 ${zq(goal)} 的截止日期 ${deadline}。`,
  }),
  goalNotSmart: (goal: string, missing: readonly ('metric' | 'target' | 'deadline')[]): Localized => {
    const zh = { metric: '衡量指标（metric）', target: '目标值（target）', deadline: '截止日期（deadline）' };
    return {
      en: `Goal ${q(goal)} is not SMART: it has ${joinList(
        missing.map((m) => `no ${m}`),
        ', ',
        ' and ',
      )}.`,
      'zh-CN': `目标 ${zq(goal)} 不符合 SMART：缺少${joinList(
        missing.map((m) => zh[m]),
        '、',
        '和',
      )}。`,
    };
  },
  requirementUncovered: (req: string): Localized => ({
    en: `Must-have requirement ${q(req)} is satisfied by no component, delivered by no task and shown in no demo scenario.`,
    'zh-CN': `必须满足的需求 ${zq(req)} 没有任何组件满足、任何任务交付，也没有在任何演示场景中展示。`,
  }),
  requirementNotDemoed: (req: string): Localized => ({
    en: `Must-have requirement ${q(req)} is not shown in any demo scenario.`,
    'zh-CN': `必须满足的需求 ${zq(req)} 没有在任何演示场景中展示。`,
  }),
  componentSatisfiesNothing: (component: string): Localized => ({
    en: `Component ${q(component)} satisfies no requirement; list the requirements it serves in \`satisfies\`.`,
    'zh-CN': `组件 ${zq(component)} 没有满足任何需求；请在 \`satisfies\` 中列出它服务的需求。`,
  }),
  highRiskUnmitigated: (
    risk: string,
    score: number,
    threshold: number,
    missing: readonly ('prevention' | 'contingency' | 'owner')[],
  ): Localized => {
    const zh = {
      prevention: '预防措施（prevention）',
      contingency: '应急措施（contingency）',
      owner: '负责人（owner）',
    };
    return {
      en: `High risk ${q(risk)} (score ${score}, threshold ${threshold}) has ${joinList(
        missing.map((m) => `no ${m}`),
        ', ',
        ' and ',
      )}.`,
      'zh-CN': `高风险 ${zq(risk)}（得分 ${score}，阈值 ${threshold}）缺少${joinList(
        missing.map((m) => zh[m]),
        '、',
        '和',
      )}。`,
    };
  },
  overAllocated: (
    member: string,
    weekStart: string,
    percent: string,
    allocation: string,
    weeks: number,
  ): Localized => ({
    en:
      `${q(member)} is booked at ${percent}% in the week of ${weekStart}, over their allocation of ${allocation}%` +
      (weeks > 1 ? ` (${weeks} weeks over in total).` : '.'),
    'zh-CN':
      `${zq(member)} 在 ${weekStart} 这一周的工作量为 ${percent}%，超过其投入比例 ${allocation}%` +
      (weeks > 1 ? `（共有 ${weeks} 周超出）。` : '。'),
  }),
  budgetOverCap: (customerTotal: string, cap: string): Localized => ({
    en: `The customer total ${customerTotal} exceeds the cap ${cap}.`,
    'zh-CN': `客户总价 ${customerTotal} 超过上限 ${cap}。`,
  }),
  budgetOverCapWithInternal: (customerTotal: string, cap: string, total: string): Localized => ({
    en: `The customer total ${customerTotal} (what the customer documents show) exceeds the cap ${cap}. The full total with internal budget lines is ${total}.`,
    'zh-CN': `客户总价 ${customerTotal}（客户文档所示金额）超过上限 ${cap}。含内部预算项的完整总额为 ${total}。`,
  }),
  openQuestion: (question: string): Localized => ({
    en: `Question ${q(question)} is still open.`,
    'zh-CN': `问题 ${zq(question)} 仍未解决。`,
  }),
  rfpWordingEdited: (requirement: string, customerId: string): Localized => ({
    en: `The customer's wording of requirement ${q(requirement)}${customerId ? ` (RFP ${customerId})` : ''} was edited: \`rfp.text\` no longer matches \`rfp.textHash\`.`,
    'zh-CN': `需求 ${zq(requirement)}${customerId ? `（招标文件 ${customerId}）` : ''} 的客户原文被修改过：\`rfp.text\` 与 \`rfp.textHash\` 不一致。`,
  }),
  answeredWithoutAnswer: (question: string): Localized => ({
    en: `Question ${q(question)} is marked answered but has no \`answer\`.`,
    'zh-CN': `问题 ${zq(question)} 已标记为已答复，但没有填写 \`answer\`。`,
  }),
  planWithoutStart: (): Localized => ({
    en: 'The plan has tasks but no `start` date, so no dates can be computed; add `start: YYYY-MM-DD`.',
    'zh-CN': '计划中有任务但没有 `start` 开始日期，无法计算日期；请添加 `start: YYYY-MM-DD`。',
  }),
  noWorkingDays: (): Localized => ({
    en: 'The calendar has no working days, so no task can be scheduled; list at least one weekday.',
    'zh-CN': '日历中没有任何工作日，任何任务都无法排期；请至少列出一个工作日。',
  }),
  holidayReversed: (from: string, to: string): Localized => ({
    en: `The holiday range ends on ${to}, before it starts on ${from}, so it covers no day.`,
    'zh-CN': `假期范围的结束日期 ${to} 早于开始日期 ${from}，不包含任何一天。`,
  }),
  taskWithoutDuration: (task: string): Localized => ({
    en: `Task ${q(task)} has neither \`duration\` nor \`effort\`; add one (or \`milestone: true\`).`,
    'zh-CN': `任务 ${zq(task)} 既没有 \`duration\` 也没有 \`effort\`；请添加其中一项（或设置 \`milestone: true\`）。`,
  }),
  // compliance answers to the customer's RFP
  rfpItemUnanswered: (req: string): Localized => ({
    en: `RFP item ${q(req)} has no answer.`,
    'zh-CN': `招标条目 ${zq(req)} 尚未应答。`,
  }),
  answerWithoutStatus: (req: string): Localized => ({
    en: `The answer to ${q(req)} has no status yet: choose comply, partial, non-comply, alternative or roadmap.`,
    'zh-CN': `${zq(req)} 的应答尚未选择满足情况：请选择 comply、partial、non-comply、alternative 或 roadmap。`,
  }),
  rfpItemReworded: (req: string): Localized => ({
    en: `The customer reworded RFP item ${q(req)} after it was answered; review the answer against the new text.`,
    'zh-CN': `招标条目 ${zq(req)} 在应答之后被客户改写；请按新文本复核应答。`,
  }),
  answerUnexplained: (req: string, status: string): Localized => ({
    en: `The answer to ${q(req)} is ${q(status)} but has no response explaining it.`,
    'zh-CN': `${zq(req)} 的应答为 ${zq(status)}，但没有说明原因的响应。`,
  }),
  unbackedClaim: (req: string): Localized => ({
    en: `The answer to ${q(req)} claims comply, but no component, task or demo scenario covers it and the answer has no refs.`,
    'zh-CN': `${zq(req)} 的应答声明完全满足，但没有任何组件、任务或演示场景覆盖它，应答也没有 refs。`,
  }),
  disqualifyingNonComply: (req: string, mark: string): Localized => ({
    en: `${mark === '★' ? '★ (substantive)' : 'Must-have'} requirement ${q(req)} is answered non-comply: the bid may be disqualified.`,
    'zh-CN': `${mark === '★' ? '★（实质性要求）' : '必须满足的'}需求 ${zq(req)} 应答为不满足：投标可能被否决（废标）。`,
  }),
  customerIdTwice: (customerId: string, firstLine: number): Localized => ({
    en: `Customer id ${q(customerId)} is already used on line ${firstLine}.`,
    'zh-CN': `客户条目号 ${zq(customerId)} 已在第 ${firstLine} 行使用。`,
  }),
} as const;

/**
 * The yaml library's error codes explained in both languages; its own English message (which says
 * exactly what it saw) is appended by check.ts.
 */
export const yamlProblemText: Readonly<Record<string, Localized>> = {
  ALIAS_PROPS: { en: 'an alias cannot have an anchor or a tag', 'zh-CN': '别名不能带锚点或标签' },
  BAD_ALIAS: { en: 'this alias names no anchor', 'zh-CN': '别名引用了不存在的锚点' },
  BAD_DIRECTIVE: { en: 'unknown or misplaced % directive', 'zh-CN': '未知或位置错误的 % 指令' },
  BAD_DQ_ESCAPE: { en: 'invalid escape in a double-quoted string', 'zh-CN': '双引号字符串中的转义无效' },
  BAD_INDENT: { en: 'wrong indentation', 'zh-CN': '缩进错误' },
  BAD_PROP_ORDER: { en: 'anchor and tag are in the wrong place', 'zh-CN': '锚点和标签的位置不对' },
  BAD_SCALAR_START: {
    en: 'a plain value cannot start with this character; quote it',
    'zh-CN': '普通值不能以这个字符开头，请加引号',
  },
  BLOCK_AS_IMPLICIT_KEY: { en: 'a block value cannot be used as a key', 'zh-CN': '块值不能用作键' },
  BLOCK_IN_FLOW: { en: 'a block value inside [ ] or { }', 'zh-CN': '在 [ ] 或 { } 中使用了块值' },
  DUPLICATE_KEY: { en: 'this key appears twice in the same map', 'zh-CN': '同一映射中出现了重复的键' },
  IMPOSSIBLE: { en: 'the parser reached an impossible state', 'zh-CN': '解析器进入了不可能的状态' },
  KEY_OVER_1024_CHARS: { en: 'an implicit key is longer than 1024 characters', 'zh-CN': '隐式键超过 1024 个字符' },
  MISSING_CHAR: { en: 'a closing character is missing', 'zh-CN': '缺少结束字符' },
  MULTILINE_IMPLICIT_KEY: {
    en: 'a key must fit on one line (a missing colon or quote?)',
    'zh-CN': '键必须写在一行内（是否缺少冒号或引号？）',
  },
  MULTIPLE_ANCHORS: { en: 'a node has more than one anchor', 'zh-CN': '一个节点有多个锚点' },
  MULTIPLE_DOCS: { en: 'more than one document', 'zh-CN': '存在多个文档' },
  MULTIPLE_TAGS: { en: 'a node has more than one tag', 'zh-CN': '一个节点有多个标签' },
  NON_STRING_KEY: { en: 'keys must be plain text', 'zh-CN': '键必须是普通文本' },
  TAB_AS_INDENT: { en: 'tabs cannot indent YAML; use spaces', 'zh-CN': 'YAML 不能用制表符缩进，请用空格' },
  TAG_RESOLVE_FAILED: { en: 'unknown tag', 'zh-CN': '未知标签' },
  UNEXPECTED_TOKEN: { en: 'unexpected character or token', 'zh-CN': '意外的字符或记号' },
  BAD_COLLECTION_TYPE: { en: 'the collection does not match its tag', 'zh-CN': '集合类型与其标签不符' },
};
