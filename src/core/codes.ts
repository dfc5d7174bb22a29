import type { Severity } from './diagnostic';
import { localized, type Localized } from './messages/localize';

/**
 * Every diagnostic code the checker can emit, in one table: docs/diagnostics.md is generated from it
 * (scripts/gen-diagnostics-doc.mjs) and the checker takes each code's severity from here, so the
 * documentation and the behaviour cannot drift apart.
 *
 * PS0xx: YAML syntax. PS1xx: the JSON Schema (emitted by schemaCheck.ts). PS2xx: domain rules.
 * PS9xx: the checker itself.
 */
export interface CodeInfo {
  code: string;
  /** Short kebab-case name, stable like the code. */
  name: string;
  severity: Severity;
  description: Localized;
  fix: Localized;
}

export const CODES = [
  // ---- YAML syntax
  code(
    'PS001',
    'yaml-syntax',
    'error',
    localized(
      "The file is not valid YAML (the yaml library's own error code, e.g. BAD_INDENT or DUPLICATE_KEY, is in the diagnostic data). Every syntax error is reported, not just the first.",
      '文件不是合法的 YAML（诊断数据中附带 yaml 库自己的错误代码，例如 BAD_INDENT、DUPLICATE_KEY）。会报告所有语法错误，而不仅是第一个。',
    ),
    localized('Fix the indentation, quoting or punctuation at the marked place.', '修正标记处的缩进、引号或标点。'),
  ),
  code(
    'PS002',
    'second-document',
    'error',
    localized(
      'A `---` line starts a second YAML document; a proposal file holds exactly one, so the rest is ignored.',
      '`---` 开始了第二个 YAML 文档；一个方案文件只能有一个文档，其余内容会被忽略。',
    ),
    localized(
      'Remove the `---` separator or move the second part into its own file.',
      '删除 `---` 分隔线，或把第二部分移到单独的文件中。',
    ),
  ),
  code(
    'PS003',
    'value-not-built',
    'error',
    localized(
      'The YAML parsed but its value could not be built, typically because aliases expand to too many nodes (an "alias bomb").',
      'YAML 能解析，但无法构建出值，通常是别名展开后节点过多（“别名炸弹”）。',
    ),
    localized('Replace the aliases (`*name`) by plain values.', '把别名（`*name`）替换为普通值。'),
  ),
  // ---- JSON Schema (schemaCheck.ts)
  code(
    'PS101',
    'missing-property',
    'error',
    localized(
      'A required property is missing; the range is the key of the object that lacks it.',
      '缺少必填属性；范围标在缺少该属性的对象的键上。',
    ),
    localized('Add the property named in the message.', '添加消息中提到的属性。'),
  ),
  code(
    'PS102',
    'unknown-property',
    'error',
    localized(
      'A property the format does not know, often a typo of a known key.',
      '格式中不存在的属性，通常是已知键名的拼写错误。',
    ),
    localized("Correct the key's spelling or remove it.", '更正键名拼写或删除它。'),
  ),
  code(
    'PS103',
    'wrong-type',
    'error',
    localized(
      'A value has the wrong type, e.g. text where a list or a number is expected.',
      '值的类型不对，例如需要列表或数字的地方写了文本。',
    ),
    localized('Write the value in the expected type.', '按所需类型填写该值。'),
  ),
  code(
    'PS104',
    'value-not-allowed',
    'error',
    localized(
      'The value is not one of the allowed values (e.g. a priority other than must/should/could/wont).',
      '该值不在允许的取值范围内（例如优先级不是 must/should/could/wont）。',
    ),
    localized(
      'Pick one of the values listed in the message (completion offers them).',
      '从消息列出的取值中选择一个（自动补全会提供）。',
    ),
  ),
  code(
    'PS105',
    'bad-format',
    'error',
    localized(
      'An id or a date has the wrong format (ids: a letter then letters, digits, `_`, `.`, `-`; dates: YYYY-MM-DD).',
      'id 或日期格式错误（id：字母开头，后接字母、数字、`_`、`.`、`-`；日期：YYYY-MM-DD）。',
    ),
    localized('Rewrite the id or date in the expected format.', '按要求的格式重写 id 或日期。'),
  ),
  code(
    'PS106',
    'out-of-range',
    'error',
    localized(
      'A number is outside its allowed range (e.g. likelihood 1-5, allocation 0-100) or a list is too short/long.',
      '数字超出允许范围（例如可能性 1-5、投入比例 0-100），或列表过短/过长。',
    ),
    localized('Use a number inside the range given in the message.', '使用消息中给出的范围内的数字。'),
  ),
  code(
    'PS107',
    'format-version',
    'error',
    localized(
      'The `presales` format version key is missing or names a version this extension does not read.',
      '缺少 `presales` 格式版本键，或其版本不是本扩展能读取的版本。',
    ),
    localized('Write `presales: "1.0"` as the first line.', '在第一行写 `presales: "1.0"`。'),
  ),
  code(
    'PS199',
    'schema-other',
    'error',
    localized('Another schema constraint is not met.', '不满足其他模式约束。'),
    localized(
      'Follow the message; the format is described in docs/format.md.',
      '按消息修改；格式说明见 docs/format.md。',
    ),
  ),
  // ---- Domain rules (src/core/rules)
  code(
    'PS201',
    'duplicate-id',
    'error',
    localized(
      'Two items of the same kind share an id (tasks and phases share one namespace), so references to it are ambiguous.',
      '同类的两个条目使用了相同的 id（任务与阶段共用一个命名空间），引用会产生歧义。',
    ),
    localized('Give the later item a new id.', '为后出现的条目换一个新 id。'),
  ),
  code(
    'PS202',
    'unknown-reference',
    'error',
    localized(
      'A reference names an id that no item of the expected kind has (requirements, components, zones, tasks, or any id for `related`). The closest existing id is suggested.',
      '引用的 id 在期望的类别中不存在（需求、组件、区域、任务，`related` 则可以是任意 id）。会给出最接近的现有 id。',
    ),
    localized('Correct the id (see the suggestion) or add the missing item.', '更正 id（参考建议）或补充缺少的条目。'),
  ),
  code(
    'PS203',
    'dependency-cycle',
    'error',
    localized(
      'Tasks depend on each other in a circle, so none of them can start; the message names the cycle.',
      '任务之间的依赖形成了环，因此都无法开始；消息会列出这个环。',
    ),
    localized('Remove one of the dependencies in the cycle.', '删除环中的某一个依赖。'),
  ),
  code(
    'PS204',
    'start-before-dependency',
    'error',
    localized(
      'A task pinned with `start` begins before one of its dependencies (plus lag) has finished.',
      '用 `start` 固定开始日期的任务，在其依赖（加上滞后）完成之前就开始了。',
    ),
    localized(
      'Move `start` to the earliest date in the message, or remove `start` and let the schedule place it.',
      '把 `start` 改到消息中给出的最早日期，或删除 `start` 由排期自动安排。',
    ),
  ),
  code(
    'PS205',
    'plan-after-deadline',
    'error',
    localized(
      "The implementation plan ends after a goal's deadline, so the proposal promises something its own plan cannot meet.",
      '实施计划的结束日期晚于某个目标的截止日期，方案自己的计划无法兑现承诺。',
    ),
    localized(
      "Shorten the plan, start earlier, or move the goal's deadline.",
      '压缩计划、提前开始，或调整目标的截止日期。',
    ),
  ),
  code(
    'PS206',
    'goal-not-smart',
    'warning',
    localized(
      'A goal lacks a metric, a target or a deadline, so it is not measurable and time-bound (SMART).',
      '目标缺少衡量指标、目标值或截止日期，不可衡量、没有时限（不符合 SMART）。',
    ),
    localized(
      'Add the missing `metric`, `target` and/or `deadline`.',
      '补充缺少的 `metric`、`target` 和/或 `deadline`。',
    ),
  ),
  code(
    'PS207',
    'requirement-uncovered',
    'warning',
    localized(
      'A must-have requirement is satisfied by no component, delivered by no task and shown in no demo scenario.',
      '必须满足（must）的需求没有任何组件满足、任何任务交付或任何演示场景展示。',
    ),
    localized(
      "List its id in a component's `satisfies`, a task's `requirements` or a demo scenario's `requirements`.",
      '把它的 id 写进某个组件的 `satisfies`、某个任务的 `requirements` 或某个演示场景的 `requirements`。',
    ),
  ),
  code(
    'PS208',
    'component-satisfies-nothing',
    'warning',
    localized(
      'An architecture component satisfies no requirement (actors and external systems are exempt).',
      '架构组件没有满足任何需求（参与者和外部系统除外）。',
    ),
    localized(
      'Add the requirement ids it serves to `satisfies`, or remove the component.',
      '在 `satisfies` 中写上它服务的需求 id，或删除该组件。',
    ),
  ),
  code(
    'PS209',
    'high-risk-unmitigated',
    'warning',
    localized(
      'A risk whose likelihood x impact reaches the threshold (default 15, setting `presales.validation.highRiskThreshold`) lacks prevention, contingency or an owner. Closed risks are exempt.',
      '可能性 × 影响达到阈值（默认 15，设置项 `presales.validation.highRiskThreshold`）的风险缺少预防措施、应急措施或负责人。已关闭的风险除外。',
    ),
    localized(
      'Fill in the missing `prevention`, `contingency` or `owner`.',
      '补充缺少的 `prevention`、`contingency` 或 `owner`。',
    ),
  ),
  code(
    'PS210',
    'not-on-team',
    'error',
    localized(
      'An owner, assignee or presenter is not a member of `team` (team references are reported here rather than as PS202).',
      '负责人、执行人或演示人不是 `team` 中的成员（团队引用在此报告，而不是 PS202）。',
    ),
    localized(
      "Use a team member's id (see the suggestion) or add the person to `team`.",
      '使用团队成员的 id（参考建议），或把此人加入 `team`。',
    ),
  ),
  code(
    'PS211',
    'over-allocated',
    'warning',
    localized(
      "In some week a person's scheduled work exceeds their allocation (default 100%).",
      '某一周中，某人被安排的工作量超过其投入比例（默认 100%）。',
    ),
    localized(
      'Spread the tasks out with dependencies, add assignees, or raise the allocation.',
      '通过依赖错开任务、增加执行人，或提高投入比例。',
    ),
  ),
  code(
    'PS212',
    'budget-over-cap',
    'error',
    localized(
      "The customer total (labour, lines and contingency as the customer documents show them, all the work's labour included, internal budget lines left out) exceeds the stated `budget.cap`, the customer's budget. The message also names the full total when internal items make it higher.",
      '客户总价（客户文档所示的人力、预算项与应急储备，含全部工作的人力，不含内部预算项）超过了给定的 `budget.cap`（客户的预算）。如内部项使完整总额更高，消息中也会给出完整总额。',
    ),
    localized('Reduce costs or agree a higher cap with the customer.', '降低成本，或与客户商定更高的上限。'),
  ),
  code(
    'PS213',
    'open-question',
    'information',
    localized(
      'A question to the customer is still open (status `open` or no status).',
      '向客户提出的问题仍未解决（状态为 `open` 或未填写状态）。',
    ),
    localized(
      'Get the answer, write it in `answer` and set `status: answered`.',
      '取得答复，写入 `answer` 并设置 `status: answered`。',
    ),
  ),
  code(
    'PS214',
    'requirement-not-demoed',
    'warning',
    localized(
      'The proposal has a demo, but no demo scenario shows this must-have requirement.',
      '方案包含演示，但没有任何演示场景展示这条必须满足的需求。',
    ),
    localized("Add its id to a scenario's `requirements`.", '把它的 id 加入某个演示场景的 `requirements`。'),
  ),
  code(
    'PS215',
    'plan-without-start',
    'warning',
    localized(
      'The plan has tasks but no `plan.start`, so no dates can be computed.',
      '计划中有任务但没有 `plan.start`，无法计算日期。',
    ),
    localized('Add `start: YYYY-MM-DD` under `plan`.', '在 `plan` 下添加 `start: YYYY-MM-DD`。'),
  ),
  code(
    'PS216',
    'no-working-days',
    'error',
    localized(
      'The working calendar has no working weekday, so no task can ever be scheduled.',
      '工作日历中没有任何工作日，任何任务都无法排期。',
    ),
    localized(
      'List at least one weekday in `workingDays` (default mon..fri).',
      '在 `workingDays` 中至少列出一个工作日（默认周一至周五）。',
    ),
  ),
  code(
    'PS217',
    'id-reused-across-kinds',
    'warning',
    localized(
      'Two items of different kinds share an id; `related` lists can point at any id, so they become ambiguous.',
      '不同类别的两个条目使用了相同的 id；`related` 可以引用任意 id，因此会产生歧义。',
    ),
    localized(
      'Rename one of them (e.g. prefix ids by kind: R1, C1, T1).',
      '重命名其中一个（例如按类别加前缀：R1、C1、T1）。',
    ),
  ),
  code(
    'PS218',
    'holiday-range-reversed',
    'warning',
    localized(
      'A holiday range ends (`to`) before it starts (`date`), so it covers no day.',
      '假期范围的结束日期（`to`）早于开始日期（`date`），不包含任何一天。',
    ),
    localized('Swap the two dates.', '交换两个日期。'),
  ),
  code(
    'PS219',
    'task-without-duration',
    'warning',
    localized(
      'A task has neither `duration` nor `effort` and is not a milestone, so its length is a guess.',
      '任务既没有 `duration` 也没有 `effort`，也不是里程碑，其工期只能猜测。',
    ),
    localized(
      'Add `duration` (working days) or `effort` (person-days), or `milestone: true`.',
      '添加 `duration`（工作日）或 `effort`（人天），或设置 `milestone: true`。',
    ),
  ),
  code(
    'PS220',
    'answered-without-answer',
    'warning',
    localized(
      'A question is marked answered or closed but has no `answer`.',
      '问题标记为已答复或已关闭，但没有填写 `answer`。',
    ),
    localized('Write the answer in `answer`.', '在 `answer` 中写明答复。'),
  ),
  code(
    'PS221',
    'hidden-characters',
    'warning',
    localized(
      'Bidirectional controls (U+202A-U+202E, U+2066-U+2069) or zero-width characters (U+200B-U+200D, U+2060, U+FEFF) make text read differently from what it holds: `Invoice\\u202Egnp.exe` shows as "Invoiceexe.png". Every output shows them visibly as `<U+202E>`.',
      '双向控制字符（U+202A-U+202E、U+2066-U+2069）或零宽字符（U+200B-U+200D、U+2060、U+FEFF）会让文本显示得与实际内容不同：`Invoice\\u202Egnp.exe` 显示为“Invoiceexe.png”。所有输出都会把它们显式写成 `<U+202E>`。',
    ),
    localized(
      'Delete them (the quick fix does); to show right-to-left text, write it without controls.',
      '删除这些字符（快速修复可完成）；要显示从右到左的文字，请直接书写、不要使用控制字符。',
    ),
  ),
  code(
    'PS222',
    'control-characters',
    'warning',
    localized(
      'Control characters (C0 other than tab and line break, DEL, C1) show as boxes or nothing in documents; the exports leave them out.',
      '控制字符（除制表符和换行外的 C0、DEL、C1）在文档中显示为方框或不显示；导出时会被去掉。',
    ),
    localized('Delete them (the quick fix does).', '删除这些字符（快速修复可完成）。'),
  ),
  // ---- Architecture views and deployment (unknown ids and duplicate ids there are PS202 and PS201)
  code(
    'PS230',
    'view-tag-unused',
    'warning',
    localized(
      'A view selects by a tag that no component carries (`architecture.components[].tags`), so that filter keeps nothing.',
      '视图按某个标签筛选，但没有任何组件带有该标签（`architecture.components[].tags`），该条件不会选中任何组件。',
    ),
    localized('Fix the spelling, or add the tag to the components meant.', '修正拼写，或给目标组件加上该标签。'),
  ),
  code(
    'PS231',
    'empty-view',
    'warning',
    localized(
      'A written view shows no component: its filters together keep nothing (they narrow each other), or a deployment view has no component deployed in its environment. Empty views are left out of the preview and the exports.',
      '所写的视图不包含任何组件：各筛选条件共同作用后（相互收窄）没有剩下组件，或部署视图的环境中没有部署任何组件。空视图不会出现在预览和导出中。',
    ),
    localized(
      "Loosen the selection (drop a filter, add values), or deploy components on the environment's nodes (`deployedOn`).",
      '放宽筛选（去掉某个条件或增加取值），或把组件部署到该环境的节点上（`deployedOn`）。',
    ),
  ),
  code(
    'PS232',
    'not-deployed-in-production',
    'warning',
    localized(
      'A component runs on no node of a production environment, although the proposal has a deployment section with one. People, client applications and external systems are not checked.',
      '方案有部署章节且包含生产环境，但某个组件没有部署在任何生产环境节点上。人员、客户端应用和外部系统不做此检查。',
    ),
    localized(
      'Add a `deployedOn` entry naming a node of the production environment.',
      '添加一条 `deployedOn`，指向生产环境中的节点。',
    ),
  ),
  code(
    'PS233',
    'node-parent-cycle',
    'error',
    localized(
      'Deployment nodes name each other as `parent` in a circle, so none of them sits anywhere; the deployment view draws each of them once, unnested.',
      '部署节点的 `parent` 相互引用形成环，因此它们都没有确定的位置；部署视图会把它们各画一次、不嵌套。',
    ),
    localized('Break the circle: the outermost node has no `parent`.', '打破循环：最外层的节点不写 `parent`。'),
  ),
  code(
    'PS234',
    'view-environment',
    'warning',
    localized(
      'A deployment view names no environment (it can draw nothing), or a context or containers view names one (it is ignored there).',
      '部署视图没有指定环境（无法绘制任何内容），或上下文/容器视图指定了环境（在这些视图中会被忽略）。',
    ),
    localized(
      'Give a deployment view `environment: <id>`; remove it from other views.',
      '为部署视图写上 `environment: <id>`；其他视图删除该字段。',
    ),
  ),
  // ---- The customer's RFP
  code(
    'PS240',
    'rfp-wording-edited',
    'warning',
    localized(
      "A requirement's `rfp.text` (the customer's wording, kept verbatim by `presales import`) no longer matches its `rfp.textHash`: it was edited by hand. Answers are written back, and a new RFP version is compared, against the customer's own wording.",
      '需求的 `rfp.text`（`presales import` 原样保留的客户原文）与其 `rfp.textHash` 不再一致：原文被手工修改过。写回应答以及比较新版招标文件时，都以客户的原文为准。',
    ),
    localized(
      "Restore the customer's wording (import the RFP again), and write your own words in `title` or `description`.",
      '恢复客户原文（重新导入招标文件），自己的表述请写在 `title` 或 `description` 中。',
    ),
  ),
  // ---- Compliance answers to the customer's RFP (rules/complianceAnswers.ts)
  code(
    'PS245',
    'rfp-item-unanswered',
    'warning',
    localized(
      "A requirement imported from the customer's RFP (it has `rfp`) has no answer for its current wording: no `answer` at all, an `answer` with no `status` yet (also for a requirement that was not imported), or one written against an earlier wording (`answer.basis` differs from `rfp.textHash`, so the customer reworded it after it was answered).",
      '从客户招标文件导入的需求（带有 `rfp`）没有针对当前文本的应答：完全没有 `answer`，`answer` 尚无 `status`（未导入的需求也适用），或应答是针对旧文本写的（`answer.basis` 与 `rfp.textHash` 不同，即客户在应答之后改写了该条目）。',
    ),
    localized(
      'Add an `answer` with a `status` (the quick fix adds a skeleton to every unanswered requirement); for a reworded one, review the answer against the new text and set `basis` to the new `rfp.textHash`.',
      '添加带 `status` 的 `answer`（快速修复可为所有未应答的需求添加骨架）；对于被改写的条目，按新文本复核应答，并把 `basis` 改为新的 `rfp.textHash`。',
    ),
  ),
  code(
    'PS246',
    'answer-unexplained',
    'warning',
    localized(
      'An answer `partial`, `non-comply` or `alternative` has no `response`: the customer reads a deviation with no explanation, which evaluators score as the worst case.',
      '应答为 `partial`、`non-comply` 或 `alternative`，却没有 `response`：客户看到的是没有说明的偏离，评审会按最差情况打分。',
    ),
    localized(
      'Write in `response` which part is met, why not, or what is offered instead.',
      '在 `response` 中说明满足了哪一部分、为何不满足，或提供了什么替代方案。',
    ),
  ),
  code(
    'PS247',
    'unbacked-claim',
    'warning',
    localized(
      'An answer claims `comply`, but nothing in the proposal backs it: no component satisfies the requirement, no task delivers it, no demo scenario shows it and the answer has no `refs`.',
      '应答声明 `comply`，但方案中没有任何支撑：没有组件满足该需求、没有任务交付它、没有演示场景展示它，应答也没有 `refs`。',
    ),
    localized(
      "List the requirement in a component's `satisfies`, a task's or a demo scenario's `requirements`, or name what backs the claim in `answer.refs`; otherwise answer `partial` or `roadmap`.",
      '把该需求写进某个组件的 `satisfies`、某个任务或演示场景的 `requirements`，或在 `answer.refs` 中写明支撑依据；否则请应答 `partial` 或 `roadmap`。',
    ),
  ),
  code(
    'PS248',
    'disqualifying-non-comply',
    'warning',
    localized(
      'A ★ (substantive) or must requirement is answered `non-comply`: in a tender, a negative deviation on a ★ item usually disqualifies the whole bid.',
      '★（实质性要求）或必须满足的需求应答为 `non-comply`：在招标中，★ 项出现负偏离通常会导致整个投标被否决（废标）。',
    ),
    localized(
      'Find a way to meet it (a partner, a custom task, an alternative the customer accepts in writing) or decide consciously not to bid.',
      '设法满足该要求（合作伙伴、定制开发任务、客户书面认可的替代方案），或明确决定放弃投标。',
    ),
  ),
  code(
    'PS249',
    'customer-id-twice',
    'warning',
    localized(
      "Two requirements carry the same customer id (`rfp.id`): the answer cannot go back into the customer's file unambiguously and the next import cannot match them.",
      '两条需求带有相同的客户条目号（`rfp.id`）：应答无法唯一地写回客户文件，下次导入也无法匹配。',
    ),
    localized(
      "Keep one requirement per customer id: merge the two, or correct the id to the one in the customer's file.",
      '每个客户条目号只保留一条需求：合并两条，或把条目号改为客户文件中的编号。',
    ),
  ),
  // ---- The checker itself
  code(
    'PS900',
    'internal-error',
    'error',
    localized(
      'A bug in the checker: one rule failed on this input. The other diagnostics are still valid.',
      '检查器内部错误：某条规则在此输入上出错，其他诊断仍然有效。',
    ),
    localized('Please report it with the file that triggers it.', '请连同触发该问题的文件一起报告。'),
  ),
] as const satisfies readonly CodeInfo[];

export type Code = (typeof CODES)[number]['code'];

const byCode: ReadonlyMap<string, CodeInfo> = new Map(CODES.map((c) => [c.code, c]));

export function codeInfo(code: string): CodeInfo | undefined {
  return byCode.get(code);
}

/** The default severity of a code; unknown codes are errors so nothing is silently downgraded. */
export function severityOf(code: string): Severity {
  return byCode.get(code)?.severity ?? 'error';
}

function code<C extends string>(
  c: C,
  name: string,
  severity: Severity,
  description: Localized,
  fix: Localized,
): CodeInfo & { code: C } {
  return { code: c, name, severity, description, fix };
}
